import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import type { Deficiency, Opinion } from '@ketnoi/domain';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import type { DossierView } from './dossier-view.ts';

export type CommandOutcome = { readonly tone: 'success' | 'error'; readonly text: string; readonly command: CommandKind } | null;
export type CommandKind = 'claim' | 'release' | 'return' | 'forward';

type Payload = { readonly kind: 'claim' | 'release' } | { readonly kind: 'return'; readonly deficiencies: Deficiency[] } | { readonly kind: 'forward'; readonly opinion: Opinion };

/**
 * The reviewer's commands on the open dossier (`provincial.claim|release|return|forward`): the revision
 * shown and an idempotency key per command — kept when the same command is sent again after a network
 * failure (the server may have done it: the retry then gets the first answer, not a second action). Success reloads the dossier and the queue; a
 * VERSION_CONFLICT reloads too and says so; any other refusal is the server's Vietnamese message.
 */
export function useDossierCommand(dossier: DossierView) {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const claim = useMutation(trpc.provincial.claim.mutationOptions());
  const release = useMutation(trpc.provincial.release.mutationOptions());
  const doReturn = useMutation(trpc.provincial.return.mutationOptions());
  const forward = useMutation(trpc.provincial.forward.mutationOptions());
  const [pending, setPending] = useState<CommandKind | null>(null);
  const [outcome, setOutcome] = useState<CommandOutcome>(null);
  const unanswered = useRef<{ readonly signature: string; readonly key: string } | null>(null);

  const reload = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.dossier.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.provincial.pathKey() })]);

  const run = async (payload: Payload): Promise<boolean> => {
    const signature = JSON.stringify([dossier.id, dossier.revision, payload]);
    const idempotencyKey = unanswered.current?.signature === signature ? unanswered.current.key : newIdempotencyKey();
    unanswered.current = null;
    const target = { dossierId: dossier.id, expectedRevision: dossier.revision, idempotencyKey };
    setPending(payload.kind);
    setOutcome(null);
    try {
      switch (payload.kind) {
        case 'claim':
          await claim.mutateAsync(target);
          break;
        case 'release':
          await release.mutateAsync(target);
          break;
        case 'return':
          await doReturn.mutateAsync({ ...target, deficiencies: payload.deficiencies });
          break;
        case 'forward':
          await forward.mutateAsync({ ...target, opinion: payload.opinion });
          break;
      }
      const done = { claim: 'dossier.claimed', release: 'dossier.released', return: 'dossier.return.done', forward: 'dossier.forward.done' } as const;
      setOutcome({ tone: 'success', text: t(done[payload.kind], { code: dossier.code }), command: payload.kind });
      await reload();
      return true;
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal.appCode === 'NETWORK') unanswered.current = { signature, key: idempotencyKey };
      if (refusal.appCode === 'VERSION_CONFLICT') {
        setOutcome({ tone: 'error', text: t('dossier.conflict', { code: dossier.code }), command: payload.kind });
        await reload();
      } else {
        setOutcome({ tone: 'error', text: refusal.message, command: payload.kind });
        if (refusal.appCode !== 'NETWORK' && refusal.appCode !== 'VALIDATION') await reload();
      }
      return false;
    } finally {
      setPending(null);
    }
  };

  return { run, pending, outcome };
}

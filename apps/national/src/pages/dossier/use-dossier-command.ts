import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import type { ConnectionChannel, Deficiency } from '@ketnoi/domain';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import type { DossierView } from './dossier-view.ts';

/** One command on the open dossier, with what it carries. */
export type DossierCommand =
  | { readonly kind: 'CLAIM' | 'RELEASE' | 'RESUME' }
  | { readonly kind: 'RETURN'; readonly deficiencies: Deficiency[] }
  | { readonly kind: 'REJECT' | 'SUSPEND' | 'REVOKE'; readonly reason: string }
  | { readonly kind: 'APPROVE'; readonly decision: { readonly numberAndSymbol: string; readonly issuedOn: string } }
  | { readonly kind: 'RECORD_CONNECTION'; readonly connectedOn: string; readonly channel: ConnectionChannel; readonly technicalReference: string };
export type CommandKind = DossierCommand['kind'];

export type CommandOutcome = { readonly tone: 'success' | 'error'; readonly text: string; readonly command: CommandKind } | null;

/**
 * C06's commands on the open dossier (`national.*`): the revision shown, a fresh idempotency key per
 * attempt. Success reloads the dossier and the queue; a VERSION_CONFLICT reloads too and says so;
 * any other refusal is the server's Vietnamese message (refusalOf).
 */
export function useDossierCommand(dossier: DossierView) {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const m = {
    CLAIM: useMutation(trpc.national.claim.mutationOptions()),
    RELEASE: useMutation(trpc.national.release.mutationOptions()),
    RETURN: useMutation(trpc.national.return.mutationOptions()),
    REJECT: useMutation(trpc.national.reject.mutationOptions()),
    APPROVE: useMutation(trpc.national.approve.mutationOptions()),
    RECORD_CONNECTION: useMutation(trpc.national.recordConnection.mutationOptions()),
    SUSPEND: useMutation(trpc.national.suspend.mutationOptions()),
    RESUME: useMutation(trpc.national.resume.mutationOptions()),
    REVOKE: useMutation(trpc.national.revoke.mutationOptions()),
  };
  const [pending, setPending] = useState<CommandKind | null>(null);
  const [outcome, setOutcome] = useState<CommandOutcome>(null);

  const reload = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.dossier.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.national.pathKey() })]);

  const run = async (command: DossierCommand): Promise<boolean> => {
    const target = { dossierId: dossier.id, expectedRevision: dossier.revision, idempotencyKey: newIdempotencyKey() };
    setPending(command.kind);
    setOutcome(null);
    try {
      switch (command.kind) {
        case 'CLAIM':
        case 'RELEASE':
        case 'RESUME':
          await m[command.kind].mutateAsync(target);
          break;
        case 'RETURN':
          await m.RETURN.mutateAsync({ ...target, deficiencies: command.deficiencies });
          break;
        case 'REJECT':
        case 'SUSPEND':
        case 'REVOKE':
          await m[command.kind].mutateAsync({ ...target, reason: command.reason });
          break;
        case 'APPROVE':
          await m.APPROVE.mutateAsync({ ...target, decision: command.decision });
          break;
        case 'RECORD_CONNECTION': {
          const { kind: _kind, ...connection } = command;
          await m.RECORD_CONNECTION.mutateAsync({ ...target, ...connection });
          break;
        }
      }
      setOutcome({ tone: 'success', text: t(`dossier.done.${command.kind}`, { code: dossier.code }), command: command.kind });
      await reload();
      return true;
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal.appCode === 'VERSION_CONFLICT') {
        setOutcome({ tone: 'error', text: t('dossier.conflict', { code: dossier.code }), command: command.kind });
        await reload();
      } else {
        setOutcome({ tone: 'error', text: refusal.message, command: command.kind });
        if (refusal.appCode !== 'NETWORK' && refusal.appCode !== 'VALIDATION') await reload();
      }
      return false;
    } finally {
      setPending(null);
    }
  };

  return { run, pending, outcome };
}

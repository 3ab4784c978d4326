import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { useTRPC } from '@ketnoi/client/react';
import type { DossierView } from './dossier-view.ts';

/** What every command on the open dossier carries: the revision shown and an idempotency key. */
export interface CommandTarget {
  readonly dossierId: string;
  readonly expectedRevision: number;
  readonly idempotencyKey: string;
}

export type CommandOutcome<K extends string> = { readonly tone: 'success' | 'error'; readonly text: string; readonly command: K } | null;

export interface ReviewCommandOptions<C extends { readonly kind: string }> {
  /** The role's router (`provincial` or `national`): its queue is reloaded after a command. */
  readonly namespace: 'provincial' | 'national';
  /** Sends one command (the app's mutations). */
  readonly send: (command: C, target: CommandTarget) => Promise<unknown>;
  /** The role's words for a command done, and for a dossier changed meanwhile. */
  readonly doneText: (kind: C['kind'], code: string) => string;
  readonly conflictText: (code: string) => string;
}

/**
 * A reviewer's commands on the open dossier: the revision shown and an idempotency key per command —
 * kept when the same command is sent again after a network failure (the server may have done it: the
 * retry then gets the first answer, not a second action). Success reloads the dossier and the role's
 * queue; a VERSION_CONFLICT reloads too and says so; any other refusal is the server's Vietnamese
 * message (refusalOf).
 */
export function useReviewCommand<C extends { readonly kind: string }>(dossier: DossierView, { namespace, send, doneText, conflictText }: ReviewCommandOptions<C>) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<C['kind'] | null>(null);
  const [outcome, setOutcome] = useState<CommandOutcome<C['kind']>>(null);
  const unanswered = useRef<{ readonly signature: string; readonly key: string } | null>(null);

  const reload = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.dossier.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc[namespace].pathKey() })]);

  const run = async (command: C): Promise<boolean> => {
    const signature = JSON.stringify([dossier.id, dossier.revision, command]);
    const idempotencyKey = unanswered.current?.signature === signature ? unanswered.current.key : newIdempotencyKey();
    unanswered.current = null;
    setPending(command.kind);
    setOutcome(null);
    try {
      await send(command, { dossierId: dossier.id, expectedRevision: dossier.revision, idempotencyKey });
      setOutcome({ tone: 'success', text: doneText(command.kind, dossier.code), command: command.kind });
      await reload();
      return true;
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal.appCode === 'NETWORK') unanswered.current = { signature, key: idempotencyKey };
      if (refusal.appCode === 'VERSION_CONFLICT') {
        setOutcome({ tone: 'error', text: conflictText(dossier.code), command: command.kind });
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

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { rowActionOf, type QueueRow } from './queue-row.ts';

export type ActionOutcome = { readonly tone: 'success' | 'error'; readonly text: string } | null;

/**
 * Claim, take over or release a row: `provincial.claim` / `provincial.release` with a fresh
 * idempotency key per click and the revision the officer saw. Success or a VERSION_CONFLICT (someone
 * was quicker) reloads the queue and its counts; the outcome is said in words.
 */
export function useRowAction(userId: string) {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const claim = useMutation(trpc.provincial.claim.mutationOptions());
  const release = useMutation(trpc.provincial.release.mutationOptions());
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ActionOutcome>(null);

  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.provincial.pathKey() });

  const act = async (row: QueueRow) => {
    const action = rowActionOf(row, userId);
    if (!action) return;
    setPendingId(row.id);
    setOutcome(null);
    const input = { dossierId: row.id, expectedRevision: row.revision, idempotencyKey: newIdempotencyKey() };
    try {
      await (action === 'release' ? release.mutateAsync(input) : claim.mutateAsync(input));
      setOutcome({ tone: 'success', text: t(action === 'release' ? 'queue.released' : 'queue.claimed', { code: row.code }) });
      await reload();
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal.appCode === 'VERSION_CONFLICT') {
        setOutcome({ tone: 'error', text: t('queue.conflict', { code: row.code }) });
        await reload();
      } else {
        setOutcome({ tone: 'error', text: refusal.message });
        // A refusal (claimed meanwhile, no longer in review) means the list is out of date too.
        if (refusal.appCode !== 'NETWORK') await reload();
      }
    } finally {
      setPendingId(null);
    }
  };

  return { act, pendingId, outcome };
}

import { useState } from 'react';
import type { DossierStatus } from '@ketnoi/domain';
import { useI18n } from '../i18n/i18n.tsx';
import { rowActionOf, type QueueRowLike, type RowAction } from './queue-row.ts';

export type ActionOutcome = { readonly tone: 'success' | 'error'; readonly text: string } | null;

export interface RowActionOptions<R extends QueueRowLike> {
  readonly userId: string;
  readonly reviewStatus: DossierStatus;
  /** Sends the claim (also a takeover) or the release for the row (the app's tRPC mutation). */
  readonly send: (action: RowAction, row: R) => Promise<unknown>;
  /** Reloads the queue and its counts. */
  readonly reload: () => Promise<unknown>;
  /** The refusal behind an error (`refusalOf` of @ketnoi/client): its code and Vietnamese message. */
  readonly refusalOf: (error: unknown) => { readonly appCode: string; readonly message: string };
}

/**
 * Claim, take over or release a row from the list. Success or a VERSION_CONFLICT (someone was
 * quicker) reloads the queue and its counts; the outcome is said in words. The app sends the
 * command (a fresh idempotency key per click and the revision the officer saw).
 */
export function useRowAction<R extends QueueRowLike>({ userId, reviewStatus, send, reload, refusalOf }: RowActionOptions<R>) {
  const { t } = useI18n();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ActionOutcome>(null);

  const act = async (row: R) => {
    const action = rowActionOf(row, userId, reviewStatus);
    if (!action) return;
    setPendingId(row.id);
    setOutcome(null);
    try {
      await send(action, row);
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

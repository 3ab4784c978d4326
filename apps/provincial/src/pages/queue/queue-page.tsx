import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { QUEUE_TABS, QueueScreen, useRouter, useRowAction, type FilterOptions } from '@ketnoi/ui';
import { dossierPath } from '../../routes.ts';
import { useTRPC } from '../../trpc.ts';
import type { QueueRow } from './queue-row.ts';
import { REVIEWER_STATUSES, filterInputOf, parseQueueView, queueInputOf, queueSearchOf, type QueueView } from './queue-view.ts';

/** The shortcuts switch, per browser (WCAG 2.1.4). */
export const SHORTCUTS_KEY = 'ketnoi.pc06.shortcuts';
const NO_OPTIONS: FilterOptions = { units: [], systems: [] };

/**
 * `/pc06/` — the province's dossiers: tabs with counts, filters, search, a sortable server-side
 * page, claim/release per row, and the keyboard (`j`/`k`, `Enter`, `/`). The screen is the shared
 * one of packages/ui (queue/); this page reads the view from the URL, asks `provincial.*` and writes
 * the view back.
 */
export function QueuePage({ userId }: { readonly userId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { search, navigate } = useRouter();
  const view = useMemo(() => parseQueueView(search), [search]);
  const go = useCallback((next: QueueView, replace?: boolean) => navigate(`/${queueSearchOf(next)}`, replace ? { replace: true } : undefined), [navigate]);

  const list = useQuery({ ...trpc.provincial.queue.queryOptions(queueInputOf(view)), placeholderData: keepPreviousData });
  const counts = useQuery({ ...trpc.provincial.counts.queryOptions(filterInputOf(view)), placeholderData: keepPreviousData });
  const options = useQuery({ ...trpc.provincial.filterOptions.queryOptions(), staleTime: 5 * 60_000 });
  const claim = useMutation(trpc.provincial.claim.mutationOptions());
  const release = useMutation(trpc.provincial.release.mutationOptions());
  const { act, pendingId, outcome } = useRowAction<QueueRow>({
    userId,
    reviewStatus: 'PROVINCIAL_REVIEW',
    // A fresh idempotency key per click, and the revision the officer saw.
    send: (action, row) => {
      const input = { dossierId: row.id, expectedRevision: row.revision, idempotencyKey: newIdempotencyKey() };
      return action === 'release' ? release.mutateAsync(input) : claim.mutateAsync(input);
    },
    reload: () => queryClient.invalidateQueries({ queryKey: trpc.provincial.pathKey() }),
    refusalOf,
  });

  return (
    <QueueScreen<QueueRow>
      view={view}
      onView={go}
      tabs={QUEUE_TABS}
      statuses={REVIEWER_STATUSES}
      reviewStatus="PROVINCIAL_REVIEW"
      userId={userId}
      page={list.data}
      refreshing={list.isPlaceholderData}
      pageError={list.isError ? refusalOf(list.error).message : null}
      onRetry={() => void list.refetch()}
      counts={counts.data}
      options={options.data ?? NO_OPTIONS}
      optionsError={options.isError ? refusalOf(options.error).message : null}
      rowHref={dossierPath}
      onOpen={(row) => navigate(dossierPath(row.id))}
      onAction={(row) => void act(row)}
      pendingId={pendingId}
      outcome={outcome}
      shortcutsKey={SHORTCUTS_KEY}
    />
  );
}

import './queue.css';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { QueueScreen, filterInputOf, queueInputOf, queueSearchOf, useRouter, useRowAction, type FilterOptions, type QueueView } from '@ketnoi/ui';
import { dossierPath } from '../../routes.ts';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { nationalColumns } from './queue-columns.tsx';
import type { QueueRow } from './queue-row.ts';
import { NATIONAL_STATUSES, NATIONAL_TABS, parseQueueView } from './queue-view.ts';
import { SecurityFlag } from './security-flag.tsx';

/** The shortcuts switch, per browser (WCAG 2.1.4). */
export const SHORTCUTS_KEY = 'ketnoi.c06.shortcuts';
const NO_OPTIONS: FilterOptions = { units: [], systems: [], provinces: [] };

/**
 * `/c06/` — central dossiers and those forwarded by PC06: tabs with counts, filters (with the
 * province), search, a sortable server-side page, the province and PC06's recommendation per row,
 * the A05 flag under the status, claim/release, and the keyboard. The screen is the shared one of
 * packages/ui (queue/), as in the PC06 app; this page reads the view from the URL and asks `national.*`.
 */
export function QueuePage({ userId }: { readonly userId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { search, navigate } = useRouter();
  const view = useMemo(() => parseQueueView(search), [search]);
  const go = useCallback((next: QueueView, replace?: boolean) => navigate(`/${queueSearchOf(next)}`, replace ? { replace: true } : undefined), [navigate]);

  const list = useQuery({ ...trpc.national.queue.queryOptions(queueInputOf(view)), placeholderData: keepPreviousData });
  const counts = useQuery({ ...trpc.national.counts.queryOptions(filterInputOf(view)), placeholderData: keepPreviousData });
  const options = useQuery({ ...trpc.national.filterOptions.queryOptions(), staleTime: 5 * 60_000 });
  const claim = useMutation(trpc.national.claim.mutationOptions());
  const release = useMutation(trpc.national.release.mutationOptions());
  const { act, pendingId, outcome } = useRowAction<QueueRow>({
    userId,
    reviewStatus: 'NATIONAL_REVIEW',
    // A fresh idempotency key per click, and the revision the officer saw.
    send: (action, row) => {
      const input = { dossierId: row.id, expectedRevision: row.revision, idempotencyKey: newIdempotencyKey() };
      return action === 'release' ? release.mutateAsync(input) : claim.mutateAsync(input);
    },
    reload: () => queryClient.invalidateQueries({ queryKey: trpc.national.pathKey() }),
    refusalOf,
  });
  const columns = useMemo(() => nationalColumns(t), [t]);

  return (
    <QueueScreen<QueueRow>
      view={view}
      onView={go}
      tabs={NATIONAL_TABS}
      statuses={NATIONAL_STATUSES}
      reviewStatus="NATIONAL_REVIEW"
      userId={userId}
      page={list.data}
      refreshing={list.isPlaceholderData}
      pageError={list.isError ? refusalOf(list.error).message : null}
      onRetry={() => void list.refetch()}
      counts={counts.data}
      options={options.data ? { ...options.data, provinces: options.data.provinces ?? [] } : NO_OPTIONS}
      optionsError={options.isError ? refusalOf(options.error).message : null}
      rowHref={dossierPath}
      onOpen={(row) => navigate(dossierPath(row.id))}
      onAction={(row) => void act(row)}
      pendingId={pendingId}
      outcome={outcome}
      shortcutsKey={SHORTCUTS_KEY}
      extraColumns={columns}
      statusNote={(row) => (row.securityExpiry ? <SecurityFlag expiry={row.securityExpiry} validUntil={row.securityValidUntil} /> : null)}
    />
  );
}

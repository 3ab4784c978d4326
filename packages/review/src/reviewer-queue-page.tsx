import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, type ReactNode } from 'react';
import type { DossierStatus } from '@ketnoi/domain';
import { newIdempotencyKey, refusalOf, type KetnoiClient } from '@ketnoi/client';
import { useTRPC } from '@ketnoi/client/react';
import { QueueScreen, type FilterOptions, filterInputOf, queueInputOf, queueSearchOf, useRouter, useRowAction, type QueueColumn, type QueueTab, type QueueView } from '@ketnoi/ui';

/** One dossier of a reviewer's queue (`provincial.queue` and `national.queue` answer the same shape). */
export type ReviewerQueueRow = Awaited<ReturnType<KetnoiClient['national']['queue']['query']>>['items'][number];

export interface ReviewerQueuePageProps {
  /** The role's router: `provincial` (PC06) or `national` (C06). */
  readonly namespace: 'provincial' | 'national';
  readonly userId: string;
  /** The view read from the address (the app's parseQueueView). */
  readonly parseView: (search: URLSearchParams) => QueueView;
  readonly tabs: readonly QueueTab[];
  readonly statuses: readonly DossierStatus[];
  /** The status in which this role claims and releases. */
  readonly reviewStatus: DossierStatus;
  readonly dossierPath: (id: string) => string;
  /** The shortcuts switch, per browser and app (WCAG 2.1.4). */
  readonly shortcutsKey: string;
  readonly extraColumns?: readonly QueueColumn<ReviewerQueueRow>[];
  readonly statusNote?: (row: ReviewerQueueRow) => ReactNode;
}

/**
 * A reviewer's queue page, PC06's and C06's: the view kept in the address, one page of the tab,
 * the counts and filter options of the role's router, claim/release with the row's revision and a
 * fresh idempotency key per click, on the shared screen of packages/ui (queue/).
 */
export function ReviewerQueuePage({ namespace, userId, parseView, tabs, statuses, reviewStatus, dossierPath, shortcutsKey, extraColumns, statusNote }: ReviewerQueuePageProps) {
  const trpc = useTRPC();
  const role = namespace === 'national' ? trpc.national : trpc.provincial;
  const queryClient = useQueryClient();
  const { search, navigate } = useRouter();
  const view = useMemo(() => parseView(search), [parseView, search]);
  const go = useCallback((next: QueueView, replace?: boolean) => navigate(`/${queueSearchOf(next)}`, replace ? { replace: true } : undefined), [navigate]);

  const list = useQuery({ ...role.queue.queryOptions(queueInputOf(view)), placeholderData: keepPreviousData });
  const counts = useQuery({ ...role.counts.queryOptions(filterInputOf(view)), placeholderData: keepPreviousData });
  const options = useQuery({ ...role.filterOptions.queryOptions(), staleTime: 5 * 60_000 });
  const claim = useMutation(role.claim.mutationOptions());
  const release = useMutation(role.release.mutationOptions());
  const { act, pendingId, outcome } = useRowAction<ReviewerQueueRow>({
    userId,
    reviewStatus,
    send: (action, row) => {
      const input = { dossierId: row.id, expectedRevision: row.revision, idempotencyKey: newIdempotencyKey() };
      return action === 'release' ? release.mutateAsync(input) : claim.mutateAsync(input);
    },
    reload: () => queryClient.invalidateQueries({ queryKey: role.pathKey() }),
    refusalOf,
  });

  return (
    <QueueScreen<ReviewerQueueRow>
      view={view}
      onView={go}
      tabs={tabs}
      statuses={statuses}
      reviewStatus={reviewStatus}
      userId={userId}
      page={list.data}
      refreshing={list.isPlaceholderData}
      pageError={list.isError ? refusalOf(list.error).message : null}
      onRetry={() => void list.refetch()}
      counts={counts.data}
      options={filterOptionsOf(namespace, options.data)}
      optionsError={options.isError ? refusalOf(options.error).message : null}
      rowHref={dossierPath}
      onOpen={(row) => navigate(dossierPath(row.id))}
      onAction={(row) => void act(row)}
      pendingId={pendingId}
      outcome={outcome}
      shortcutsKey={shortcutsKey}
      {...(extraColumns ? { extraColumns } : {})}
      {...(statusNote ? { statusNote } : {})}
    />
  );
}

/** What the filters offer: C06 also filters by province (PC06 has no such field). */
function filterOptionsOf(namespace: ReviewerQueuePageProps['namespace'], data: Partial<FilterOptions> | undefined): FilterOptions {
  const base = { units: data?.units ?? [], systems: data?.systems ?? [] };
  return namespace === 'national' ? { ...base, provinces: data?.provinces ?? [] } : base;
}

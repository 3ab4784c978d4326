import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { refusalOf } from '@ketnoi/client';
import { Alert, Pagination, ShortcutsHelp, TabPanel, Tabs, formatNumber, pageCount, useListShortcuts, useRouter, useStoredSwitch } from '@ketnoi/ui';
import { dossierPath } from '../../routes.ts';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { QueueFiltersForm, type FilterOptions } from './queue-filters.tsx';
import { QueueSearch } from './queue-search.tsx';
import { QueueTable, ROW_LINK } from './queue-table.tsx';
import { PAGE_SIZE, QUEUE_TABS, filterInputOf, hasFilters, parseQueueView, queueInputOf, queueSearchOf, sortedBy, withChange, type QueueTab, type QueueView } from './queue-view.ts';
import { useRowAction } from './use-row-action.ts';

/** The shortcuts switch, per browser (WCAG 2.1.4). */
export const SHORTCUTS_KEY = 'ketnoi.pc06.shortcuts';
const PANEL_ID = 'queue-panel';
const NO_OPTIONS: FilterOptions = { units: [], systems: [] };

/**
 * `/pc06/` — the province's dossiers: tabs with counts, filters, search, a sortable server-side
 * page, claim/release per row, and the keyboard (`j`/`k`, `Enter`, `/`). Everything that shapes the
 * view is in the URL (queue-view.ts); this page only reads it and writes it back.
 */
export function QueuePage({ userId }: { readonly userId: string }) {
  const { t, locale } = useT();
  const trpc = useTRPC();
  const { search, navigate } = useRouter();
  const view = useMemo(() => parseQueueView(search), [search]);
  const go = useCallback((next: QueueView) => navigate(`/${queueSearchOf(next)}`), [navigate]);

  const list = useQuery({ ...trpc.provincial.queue.queryOptions(queueInputOf(view)), placeholderData: keepPreviousData });
  const counts = useQuery({ ...trpc.provincial.counts.queryOptions(filterInputOf(view)), placeholderData: keepPreviousData });
  const options = useQuery({ ...trpc.provincial.filterOptions.queryOptions(), staleTime: 5 * 60_000 });
  const { act, pendingId, outcome } = useRowAction(userId);

  // A page past the end (an old link, dossiers decided meanwhile) moves to the last page that exists.
  const lastPage = list.data ? pageCount(list.data.total, PAGE_SIZE) : null;
  useEffect(() => {
    if (lastPage !== null && view.page > lastPage) navigate(`/${queueSearchOf({ ...view, page: lastPage })}`, { replace: true });
  }, [lastPage, view, navigate]);

  // Keyboard: j/k move the active row (and the focus to its link), Enter opens it, / goes to search.
  const [shortcutsOn, setShortcutsOn] = useStoredSwitch(SHORTCUTS_KEY);
  const [active, setActive] = useState(-1);
  const rows = list.data?.items ?? [];
  const tableRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listKey = JSON.stringify(queueInputOf(view));
  useEffect(() => setActive(-1), [listKey]);
  useListShortcuts({
    enabled: shortcutsOn,
    count: rows.length,
    active,
    onMove: (i) => {
      setActive(i);
      tableRef.current?.querySelectorAll<HTMLElement>(`[${ROW_LINK}]`)[i]?.focus();
    },
    onOpen: (i) => {
      const row = rows[i];
      if (row) navigate(dossierPath(row.id));
    },
    onSearch: () => searchRef.current?.focus(),
  });

  const tabLabel = (tab: QueueTab) => t(`queue.tab.${tab}`);
  const filtered = hasFilters(view);
  const filterKey = JSON.stringify(filterInputOf({ ...view, q: '' }));
  const filtersInForce = Object.keys(filterInputOf({ ...view, q: '' })).length;

  return (
    <>
      <h1>{t('queue.title')}</h1>
      <p>{t('queue.intro')}</p>
      {/* Drawn before the counts arrive (with "…"), so the page does not move when they do. */}
      <ul className="pc-summary" aria-label={t('queue.summary')} aria-busy={counts.data ? undefined : true}>
        <li className={counts.data && counts.data.overdue > 0 ? 'pc-summary__overdue' : undefined}>{t('queue.overdue', { n: counts.data?.overdue ?? '…' })}</li>
        <li>{t('queue.heldByMe', { n: counts.data?.heldByMe ?? '…' })}</li>
      </ul>

      <QueueSearch key={`q:${view.q}`} ref={searchRef} q={view.q} onSearch={(q) => go(withChange(view, { q }))} />
      <details className="pc-filters-frame" open={filtersInForce > 0 ? true : undefined}>
        <summary>{filtersInForce > 0 ? t('queue.filtersInForce', { n: filtersInForce }) : t('queue.filters')}</summary>
        <QueueFiltersForm key={filterKey} filters={view} options={options.data ?? NO_OPTIONS} onApply={(f) => go(withChange(view, f))} />
        {options.isError ? <Alert>{t('queue.filter.optionsFailed', { message: refusalOf(options.error).message })}</Alert> : null}
      </details>
      <ShortcutsHelp
        enabled={shortcutsOn}
        onEnabledChange={setShortcutsOn}
        shortcuts={[
          { keys: ['j'], description: t('queue.shortcut.next') },
          { keys: ['k'], description: t('queue.shortcut.previous') },
          { keys: ['Enter'], description: t('queue.shortcut.open') },
          { keys: ['/'], description: t('queue.shortcut.search') },
        ]}
      />

      <Tabs
        label={t('queue.tabs')}
        panelId={PANEL_ID}
        selected={view.tab}
        onSelect={(tab) => go(withChange(view, { tab }))}
        tabs={QUEUE_TABS.map((tab) => ({
          key: tab,
          label: (
            <>
              {tabLabel(tab)}
              {counts.data ? (
                <>
                  {' '}
                  {/* Seen as a badge, heard as "(12)" after the name. */}
                  <span className="kn-tabs__count" aria-hidden="true">
                    {formatNumber(counts.data.tabs[tab] ?? 0, locale)}
                  </span>
                  <span className="visually-hidden">({formatNumber(counts.data.tabs[tab] ?? 0, locale)})</span>
                </>
              ) : null}
            </>
          ),
        }))}
      />
      <TabPanel panelId={PANEL_ID} selected={view.tab}>
        {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
        {list.isError && !list.data ? (
          <>
            <Alert>
              <span lang="vi">{refusalOf(list.error).message}</span>
            </Alert>
            <button type="button" className="kn-button kn-button--secondary" onClick={() => void list.refetch()}>
              {t('common.retry')}
            </button>
          </>
        ) : list.data ? (
          <>
            <p className="visually-hidden" role="status">
              {list.isPlaceholderData ? t('queue.refreshing') : ''}
            </p>
            <QueueTable
              tableRef={tableRef}
              caption={t('queue.caption', { tab: tabLabel(view.tab), n: list.data.total })}
              rows={rows}
              view={view}
              onSort={(sort) => go(sortedBy(view, sort))}
              active={active}
              onActiveChange={setActive}
              userId={userId}
              onAction={(row) => void act(row)}
              pendingId={pendingId}
              busy={list.isPlaceholderData}
              empty={filtered ? t('queue.emptyFiltered') : t(`queue.empty.${view.tab}`)}
            />
            <Pagination label={t('queue.pagination')} page={view.page} pageSize={PAGE_SIZE} total={list.data.total} onPageChange={(page) => go({ ...view, page })} />
          </>
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </TabPanel>
    </>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DossierStatus } from '@ketnoi/domain';
import { Alert } from '../alert.tsx';
import { formatNumber, useI18n } from '../i18n/i18n.tsx';
import { ShortcutsHelp } from '../keyboard/shortcuts-help.tsx';
import { useListShortcuts } from '../keyboard/use-list-shortcuts.ts';
import { useStoredSwitch } from '../keyboard/use-stored-switch.ts';
import { Pagination, pageCount } from '../pagination.tsx';
import { TabPanel, Tabs } from '../tabs.tsx';
import { QueueFiltersForm, type FilterOptions } from './queue-filters.tsx';
import type { QueueRowLike } from './queue-row.ts';
import { QueueSearch } from './queue-search.tsx';
import { QueueTable, ROW_LINK, type QueueColumn } from './queue-table.tsx';
import { PAGE_SIZE, filterInputOf, hasFilters, queueInputOf, sortedBy, withChange, type QueueTab, type QueueView } from './queue-view.ts';
import type { ActionOutcome } from './use-row-action.ts';

const PANEL_ID = 'queue-panel';

/** The filters form gives the province only when one is chosen: the one in force goes first. */
function withoutProvince(view: QueueView): QueueView {
  const { provinceCode: _province, ...rest } = view;
  return rest;
}

export interface QueueCountsLike {
  readonly tabs: Partial<Record<QueueTab, number>>;
  readonly overdue: number;
  readonly heldByMe: number;
}

export interface QueueScreenProps<R extends QueueRowLike> {
  /** The view in force, read from the URL (parseQueueView). */
  readonly view: QueueView;
  /** Shows another view: a new history entry, or (replace) the same one. */
  readonly onView: (next: QueueView, replace?: boolean) => void;
  /** The tabs this reviewer has, in order (C06 has no "forwarded to C06"). */
  readonly tabs: readonly QueueTab[];
  readonly statuses: readonly DossierStatus[];
  readonly reviewStatus: DossierStatus;
  readonly userId: string;
  /** One page of the queue, or undefined while the first one loads. */
  readonly page: { readonly items: readonly R[]; readonly total: number } | undefined;
  /** True while a newer page is on its way (the one shown is the previous). */
  readonly refreshing: boolean;
  /** Why the page could not be read (only shown when there is no page to show). */
  readonly pageError: string | null;
  readonly onRetry: () => void;
  readonly counts: QueueCountsLike | undefined;
  readonly options: FilterOptions;
  readonly optionsError: string | null;
  readonly rowHref: (id: string) => string;
  readonly onOpen: (row: R) => void;
  readonly onAction: (row: R) => void;
  readonly pendingId: string | null;
  readonly outcome: ActionOutcome;
  /** The localStorage key of the shortcuts switch (per app, per browser: WCAG 2.1.4). */
  readonly shortcutsKey: string;
  readonly extraColumns?: readonly QueueColumn<R>[];
  readonly statusNote?: (row: R) => ReactNode;
}

/**
 * A reviewer's queue as both PC06 and C06 show it: title, summary (overdue, held by me), search,
 * filters, shortcuts, tabs with counts, the table of one server page, pagination. Everything that
 * shapes the view comes in as `view` and goes out through `onView` (the app keeps it in the URL);
 * the data comes in from the app's queries. Keyboard: `j`/`k` move the active row (and the focus
 * to its link), `Enter` opens it, `/` goes to search — unless switched off.
 */
export function QueueScreen<R extends QueueRowLike>(props: QueueScreenProps<R>) {
  const { view, onView, tabs, statuses, reviewStatus, userId, page, refreshing, pageError, onRetry, counts, options, optionsError, rowHref, onOpen, onAction, pendingId, outcome, shortcutsKey, extraColumns, statusNote } = props;
  const { t, locale } = useI18n<string>();

  // A page past the end (an old link, dossiers decided meanwhile) moves to the last page that exists.
  const lastPage = page ? pageCount(page.total, PAGE_SIZE) : null;
  useEffect(() => {
    if (lastPage !== null && view.page > lastPage) onView({ ...view, page: lastPage }, true);
  }, [lastPage, view, onView]);

  const [shortcutsOn, setShortcutsOn] = useStoredSwitch(shortcutsKey);
  const [active, setActive] = useState(-1);
  const rows = page?.items ?? [];
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
      if (row) onOpen(row);
    },
    onSearch: () => searchRef.current?.focus(),
  });

  const tabLabel = (tab: QueueTab) => t(`queue.tab.${tab}`);
  const filtered = hasFilters(view);
  const filterKey = JSON.stringify(filterInputOf({ ...view, q: '' }));
  const filtersInForce = Object.keys(filterInputOf({ ...view, q: '' })).length;
  const count = (tab: QueueTab) => formatNumber(counts?.tabs[tab] ?? 0, locale);

  return (
    <>
      <h1>{t('queue.title')}</h1>
      <p>{t('queue.intro')}</p>
      {/* Drawn before the counts arrive (with "…"), so the page does not move when they do. */}
      <ul className="kn-queue-summary" aria-label={t('queue.summary')} aria-busy={counts ? undefined : true}>
        <li className={counts && counts.overdue > 0 ? 'kn-queue-summary__overdue' : undefined}>{t('queue.overdue', { n: counts?.overdue ?? '…' })}</li>
        <li>{t('queue.heldByMe', { n: counts?.heldByMe ?? '…' })}</li>
      </ul>

      <QueueSearch key={`q:${view.q}`} ref={searchRef} q={view.q} onSearch={(q) => onView(withChange(view, { q }))} />
      <details className="kn-queue-filters-frame" open={filtersInForce > 0 ? true : undefined}>
        <summary>{filtersInForce > 0 ? t('queue.filtersInForce', { n: filtersInForce }) : t('queue.filters')}</summary>
        <QueueFiltersForm key={filterKey} filters={view} options={options} statuses={statuses} onApply={(f) => onView(withChange(withoutProvince(view), f))} />
        {optionsError ? <Alert>{t('queue.filter.optionsFailed', { message: optionsError })}</Alert> : null}
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
        onSelect={(tab) => onView(withChange(view, { tab }))}
        tabs={tabs.map((tab) => ({
          key: tab,
          label: (
            <>
              {tabLabel(tab)}
              {counts ? (
                <>
                  {' '}
                  {/* Seen as a badge, heard as "(12)" after the name. */}
                  <span className="kn-tabs__count" aria-hidden="true">
                    {count(tab)}
                  </span>
                  <span className="visually-hidden">({count(tab)})</span>
                </>
              ) : null}
            </>
          ),
        }))}
      />
      <TabPanel panelId={PANEL_ID} selected={view.tab}>
        {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
        {pageError !== null && !page ? (
          <>
            <Alert>
              <span lang="vi">{pageError}</span>
            </Alert>
            <button type="button" className="kn-button kn-button--secondary" onClick={onRetry}>
              {t('common.retry')}
            </button>
          </>
        ) : page ? (
          <>
            <p className="visually-hidden" role="status">
              {refreshing ? t('queue.refreshing') : ''}
            </p>
            <QueueTable
              tableRef={tableRef}
              caption={t('queue.caption', { tab: tabLabel(view.tab), n: page.total })}
              rows={rows}
              view={view}
              onSort={(sort) => onView(sortedBy(view, sort))}
              active={active}
              onActiveChange={setActive}
              userId={userId}
              reviewStatus={reviewStatus}
              rowHref={rowHref}
              onAction={onAction}
              pendingId={pendingId}
              busy={refreshing}
              empty={filtered ? t('queue.emptyFiltered') : t(`queue.empty.${view.tab}`)}
              {...(extraColumns ? { extraColumns } : {})}
              {...(statusNote ? { statusNote } : {})}
            />
            <Pagination label={t('queue.pagination')} page={view.page} pageSize={PAGE_SIZE} total={page.total} onPageChange={(p) => onView({ ...view, page: p })} />
          </>
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </TabPanel>
    </>
  );
}

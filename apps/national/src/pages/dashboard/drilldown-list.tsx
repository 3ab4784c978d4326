import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { refusalOf } from '@ketnoi/client';
import { Alert, DeadlineBadge, Link, Pagination, StatusBadge, formatDateTime, pageCount, useRouter } from '@ketnoi/ui';
import { dossierPath, ROUTES } from '../../routes.ts';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { dashboardSearchOf, listInputOf, PAGE_SIZE, type DashboardFilter, type DashboardView, type Overview } from './dashboard-view.ts';
import { ExportLinks } from './export-links.tsx';
import { filterText } from './filter-text.ts';

export interface DrilldownListProps {
  readonly view: DashboardView;
  readonly drill: DashboardFilter;
  /** For the names of provinces and central bodies in the figure's description. */
  readonly overview: Overview | undefined;
}

/**
 * The dossiers behind a figure (`national.dashboard.list`, the figure's filter), a page at a time,
 * nearest deadline first; each code opens the dossier. Dossiers the figure counts that C06 may not
 * open (local ones still with PC06) are said, not listed.
 */
export function DrilldownList({ view, drill, overview }: DrilldownListProps) {
  const { t } = useT();
  const trpc = useTRPC();
  const { navigate } = useRouter();
  const list = useQuery({ ...trpc.national.dashboard.list.queryOptions(listInputOf(drill, view.page)), placeholderData: keepPreviousData });
  const back = `${ROUTES.dashboard}${dashboardSearchOf({ ...view, drill: null, page: 1 })}`;
  const what = filterText(t, drill, overview);
  // The list replaces the overview in place: the reader is taken to its heading (as a new page would).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  // A page past the end (an old link) moves to the last page that exists.
  const lastPage = list.data ? pageCount(list.data.total, PAGE_SIZE) : null;
  useEffect(() => {
    if (lastPage !== null && view.page > lastPage) navigate(`${ROUTES.dashboard}${dashboardSearchOf({ ...view, page: lastPage })}`, { replace: true });
  }, [lastPage, view, navigate]);

  return (
    <>
      <p>
        <Link to={back}>← {t('dashboard.list.back')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('dashboard.list.title')}
      </h1>
      <p className="db-list__filter">{t('dashboard.list.filter', { what })}</p>
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
          {list.data.outsideJurisdiction > 0 ? (
            <Alert tone="info">
              <span data-outside={list.data.outsideJurisdiction}>{t('dashboard.list.outside', { n: list.data.outsideJurisdiction })}</span>
            </Alert>
          ) : null}
          {drill.period && (drill.period.event === 'COMPLETED' || drill.period.event === 'LATE') ? <p className="db-panel__intro">{t('dashboard.list.stagesNote')}</p> : null}
          <p className="visually-hidden" role="status">
            {list.isPlaceholderData ? t('dashboard.refreshing') : ''}
          </p>
          <div className="kn-table-frame" role="region" aria-labelledby="db-list-caption" tabIndex={0}>
            <table className="kn-table" aria-busy={list.isPlaceholderData}>
              <caption id="db-list-caption">{t('dashboard.list.caption', { n: list.data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.list.col.code')}</th>
                  <th scope="col">{t('dashboard.list.col.unitSystem')}</th>
                  <th scope="col">{t('dashboard.list.col.status')}</th>
                  <th scope="col">{t('dashboard.list.col.submitted')}</th>
                  <th scope="col">{t('dashboard.list.col.due')}</th>
                  <th scope="col">{t('dashboard.list.col.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.length === 0 ? (
                  <tr>
                    <td colSpan={6} className="kn-table__empty">
                      {t('dashboard.list.empty')}
                    </td>
                  </tr>
                ) : (
                  list.data.items.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">
                        <Link to={dossierPath(d.id)} className="kn-code">
                          {d.code}
                        </Link>
                      </th>
                      <td lang="vi">
                        {d.ownerUnitName}
                        <span className="db-system">{d.systemName}</span>
                      </td>
                      <td>
                        <StatusBadge status={d.status} />
                      </td>
                      <td>{d.submittedAt ? formatDateTime(d.submittedAt) : '—'}</td>
                      <td>
                        <DeadlineBadge dueOn={d.stageDueOn} state={d.deadline} />
                      </td>
                      <td>{formatDateTime(d.updatedAt)}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          <Pagination
            label={t('dashboard.list.pagination')}
            page={view.page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onPageChange={(page) => navigate(`${ROUTES.dashboard}${dashboardSearchOf({ ...view, page })}`)}
          />
          <ExportLinks exportView="dossiers" what={t('dashboard.list.what')} view={view} />
        </>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </>
  );
}

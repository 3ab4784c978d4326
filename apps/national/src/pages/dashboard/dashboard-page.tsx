import './dashboard.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { refusalOf } from '@ketnoi/client';
import { Alert, formatDate, useRouter } from '@ketnoi/ui';
import { ROUTES } from '../../routes.ts';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { AgeingPanel } from './ageing-panel.tsx';
import { CentralBodyPanel } from './central-body-panel.tsx';
import { DashboardContext } from './dashboard-context.ts';
import { DashboardFilters } from './dashboard-filters.tsx';
import { dashboardSearchOf, exportHref, overviewInputOf, parseDashboardView, withChange, type DashboardView } from './dashboard-view.ts';
import { DrilldownList } from './drilldown-list.tsx';
import { OnTimePanel } from './on-time-panel.tsx';
import { ProvincePanel } from './province-panel.tsx';
import { StageTotals } from './stage-totals.tsx';
import { TrendPanel } from './trend-panel.tsx';

/**
 * `/c06/tong-quan`: the national dashboard — totals by stage, the share on time, by province, by
 * central body, the trend, the ageing — for a period and a scope; or, when a figure was chosen, the
 * list behind it. Everything that shapes the view is in the URL (dashboard-view.ts).
 */
export function DashboardPage() {
  const { t } = useT();
  const trpc = useTRPC();
  const { search, navigate } = useRouter();
  const view = useMemo(() => parseDashboardView(search), [search]);
  const go = useCallback((next: DashboardView) => navigate(`${ROUTES.dashboard}${dashboardSearchOf(next)}`), [navigate]);
  const overview = useQuery({ ...trpc.national.dashboard.overview.queryOptions(overviewInputOf(view)), placeholderData: keepPreviousData });

  // Back from a list to the overview: the reader is taken to the overview's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const wasDrilled = useRef(false);
  useEffect(() => {
    if (!view.drill && wasDrilled.current) heading.current?.focus();
    wasDrilled.current = view.drill !== null;
  }, [view.drill]);

  if (view.drill) return <DrilldownList view={view} drill={view.drill} overview={overview.data} />;

  const scopeName = overview.data
    ? view.provinceCode
      ? t('dashboard.scope.province', { name: overview.data.byProvince.find((p) => p.provinceCode === view.provinceCode)?.provinceName ?? view.provinceCode })
      : view.centralBodyId
        ? t('dashboard.scope.body', { name: overview.data.byCentralBody.find((b) => b.centralBodyId === view.centralBodyId)?.name ?? view.centralBodyId })
        : t('dashboard.scope.country')
    : null;

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('dashboard.title')}
      </h1>
      <p>{t('dashboard.intro')}</p>
      <details className="db-filters-frame" open={view.provinceCode || view.centralBodyId || view.granularity !== 'month' || view.periods !== 12 ? true : undefined}>
        <summary>{t('dashboard.filters')}</summary>
        <DashboardFilters
          key={dashboardSearchOf({ ...view, tables: [], provinceSort: 'name', provinceDir: 'asc' })}
          view={view}
          overview={overview.data}
          onApply={(change) => go(withChange(view, change))}
        />
      </details>
      {overview.isError && !overview.data ? (
        <>
          <Alert>{t('dashboard.failed', { message: refusalOf(overview.error).message })}</Alert>
          <button type="button" className="kn-button kn-button--secondary" onClick={() => void overview.refetch()}>
            {t('common.retry')}
          </button>
        </>
      ) : overview.data ? (
        <DashboardContext.Provider value={{ view, overview: overview.data }}>
          <p className="db-asof">
            <strong>{scopeName}</strong> · {t('dashboard.asOf', { date: formatDate(overview.data.today) })}{' '}
            <a href={exportHref('overview', 'xlsx', view)} download>
              {t('dashboard.export.all')}
            </a>
          </p>
          <p className="visually-hidden" role="status">
            {overview.isPlaceholderData ? t('dashboard.refreshing') : ''}
          </p>
          <div aria-busy={overview.isPlaceholderData}>
            <StageTotals />
            <OnTimePanel />
            <ProvincePanel />
            <CentralBodyPanel />
            <TrendPanel />
            <AgeingPanel />
          </div>
        </DashboardContext.Provider>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </>
  );
}

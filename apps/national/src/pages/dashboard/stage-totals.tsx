import { formatNumber } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { useDashboard } from './dashboard-context.ts';
import type { DashboardFilter } from './dashboard-view.ts';
import { ExportLinks } from './export-links.tsx';
import { FigureLink } from './figure-link.tsx';

const STAGES = ['PROVINCIAL_REVIEW', 'NATIONAL_REVIEW', 'RETURNED', 'APPROVED', 'CONNECTED'] as const;

/**
 * The totals by stage: at PC06, at C06, returned, approved, connected, overdue (split PC06/C06),
 * and all submitted dossiers, each with its accounts and a link to its list.
 */
export function StageTotals() {
  const { t, locale } = useT();
  const { view, overview } = useDashboard();
  const { totals } = overview;
  const item = (key: string, label: string, n: number, figure: DashboardFilter, detail: string | null, tone?: 'overdue' | 'all') => (
    <li key={key} className={tone ? `db-total db-total--${tone}` : 'db-total'} data-figure={key}>
      <span className="db-total__label">{label}</span>
      <FigureLink n={n} figure={figure} className="db-total__figure" />
      {detail ? <span className="db-total__detail">{detail}</span> : null}
    </li>
  );
  const accounts = (n: number) => t('dashboard.stage.accounts', { n });
  return (
    <section className="db-panel" aria-labelledby="db-stages">
      <h2 id="db-stages">{t('dashboard.stages.title')}</h2>
      <ul className="db-totals" aria-label={t('dashboard.stages.label')}>
        {STAGES.map((s) => item(s, t(`dashboard.stage.${s}`), totals.byStatus[s], { stage: s }, accounts(totals.accountsByStatus[s])))}
        {item(
          'overdue',
          t('dashboard.stage.overdue'),
          totals.overdue,
          { overdue: true },
          t('dashboard.stage.overdueSplit', { pc06: formatNumber(totals.overdueProvincial, locale), c06: formatNumber(totals.overdueNational, locale) }),
          'overdue',
        )}
        {item('all', t('dashboard.stage.all'), totals.dossiers, {}, accounts(totals.accounts), 'all')}
      </ul>
      <ExportLinks exportView="stages" what={t('dashboard.stages.what')} view={view} />
    </section>
  );
}

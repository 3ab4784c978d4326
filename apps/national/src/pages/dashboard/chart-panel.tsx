import { useId, type ReactNode } from 'react';
import { useRouter } from '@ketnoi/ui';
import { ROUTES } from '../../routes.ts';
import { useT } from '../../use-t.ts';
import { useDashboard } from './dashboard-context.ts';
import { dashboardSearchOf, toggleTable, type ChartPanel as Panel, type ExportView } from './dashboard-view.ts';
import { ExportLinks } from './export-links.tsx';

export interface ChartPanelProps {
  readonly panel: Panel;
  readonly title: string;
  /** What the panel shows, in words, for the toggle, the chart's name and the downloads. */
  readonly what: string;
  readonly exportView: ExportView;
  readonly intro?: ReactNode;
  /** Shown above either form (a headline figure). */
  readonly lead?: ReactNode;
  readonly chart: ReactNode;
  readonly table: ReactNode;
}

/**
 * A panel read as a chart or as its table: the button switches (the choice is kept in the URL,
 * `?bang=…`), so the chart is never the only way to read a figure. The chart is an image with a
 * name; the table has the figures, each a link to its list.
 */
export function ChartPanel({ panel, title, what, exportView, intro, lead, chart, table }: ChartPanelProps) {
  const { t } = useT();
  const { navigate } = useRouter();
  const { view } = useDashboard();
  const headingId = `db-${useId().replaceAll(':', '')}`;
  const asTable = view.tables.includes(panel);
  const toggle = () => navigate(`${ROUTES.dashboard}${dashboardSearchOf(toggleTable(view, panel))}`, { replace: true });
  return (
    <section className="db-panel kn-card" aria-labelledby={headingId}>
      <div className="db-panel__head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="kn-button kn-button--secondary" onClick={toggle} aria-label={t(asTable ? 'dashboard.showChartOf' : 'dashboard.showTableOf', { what })}>
          {asTable ? t('dashboard.showChart') : t('dashboard.showTable')}
        </button>
      </div>
      {intro ? <p className="db-panel__intro">{intro}</p> : null}
      {lead}
      {asTable ? table : chart}
      <ExportLinks exportView={exportView} what={what} view={view} />
    </section>
  );
}

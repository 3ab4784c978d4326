import { useT } from '../../use-t.ts';
import { ChartFigure } from './chart-figure.tsx';
import { ChartPanel } from './chart-panel.tsx';
import { useDashboard } from './dashboard-context.ts';
import { StageBars } from './stage-bars.tsx';
import { StageTable, type StageRow } from './stage-table.tsx';

/** By central body (ministries and agencies): stacked bars, or the table with every figure. */
export function CentralBodyPanel() {
  const { t } = useT();
  const { overview } = useDashboard();
  const rows: StageRow[] = overview.byCentralBody.map((b) => ({
    key: b.centralBodyId,
    name: b.name,
    figure: { centralBodyId: b.centralBodyId },
    dossiers: b.dossiers,
    overdue: b.overdue,
    byStatus: b.byStatus,
  }));
  const what = t('dashboard.bodies.what');
  return (
    <ChartPanel
      panel="centralBodies"
      title={t('dashboard.bodies.title')}
      what={what}
      exportView="central-bodies"
      chart={
        rows.length === 0 ? (
          <p>{t('dashboard.bodies.empty')}</p>
        ) : (
          <ChartFigure what={what} caption={t('dashboard.bodies.caption')}>
            <StageBars name={t('dashboard.bodies.caption')} rows={rows} />
          </ChartFigure>
        )
      }
      table={<StageTable caption={t('dashboard.bodies.caption')} nameHeader={t('dashboard.col.centralBody')} rows={rows} empty={t('dashboard.bodies.empty')} />}
    />
  );
}

import { useRouter } from '@ketnoi/ui';
import { ROUTES } from '../../routes.ts';
import { useT } from '../../use-t.ts';
import { ChartFigure } from './chart-figure.tsx';
import { useDashboard } from './dashboard-context.ts';
import { dashboardSearchOf, sortProvincesBy, type DashboardView, type ProvinceSort } from './dashboard-view.ts';
import { ExportLinks } from './export-links.tsx';
import { StageBars } from './stage-bars.tsx';
import { StageTable, type StageRow } from './stage-table.tsx';

const collator = new Intl.Collator('vi');
/** "Tỉnh Nghệ An" is looked for under N, "Thành phố Huế" under H, as in the lists people know. */
const sortName = (name: string) => name.replace(/^(Tỉnh|Thành phố)\s+/u, '');

/** The 34 provinces in the view's order: by name (Vietnamese collation) or by a figure, ties by name. */
export function sortedProvinces(rows: readonly StageRow[], view: Pick<DashboardView, 'provinceSort' | 'provinceDir'>): StageRow[] {
  const value = (r: StageRow, by: ProvinceSort) => (by === 'dossiers' ? r.dossiers : by === 'overdue' ? r.overdue : by === 'name' ? 0 : r.byStatus[by]);
  const sign = view.provinceDir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) =>
    view.provinceSort === 'name' ? sign * collator.compare(sortName(a.name), sortName(b.name)) : sign * (value(a, view.provinceSort) - value(b, view.provinceSort)) || collator.compare(sortName(a.name), sortName(b.name)),
  );
}

/** By province: a stacked bar chart of all 34 and, below it, the sortable table with every figure. */
export function ProvincePanel() {
  const { t } = useT();
  const { navigate } = useRouter();
  const { view, overview } = useDashboard();
  const rows: StageRow[] = overview.byProvince.map((p) => ({
    key: p.provinceCode,
    name: p.provinceName,
    figure: { provinceCode: p.provinceCode },
    dossiers: p.dossiers,
    overdue: p.overdue,
    byStatus: p.byStatus,
  }));
  const sorted = sortedProvinces(rows, view);
  const what = t('dashboard.provinces.what');
  return (
    <section className="db-panel kn-card" aria-labelledby="db-provinces">
      <h2 id="db-provinces">{t('dashboard.provinces.title')}</h2>
      <div className="db-stack">
        <ChartFigure what={what} caption={t('dashboard.provinces.chartTitle')} tall>
          <StageBars name={t('dashboard.provinces.chartTitle')} rows={sorted} />
        </ChartFigure>
        <StageTable
          caption={t('dashboard.provinces.caption')}
          nameHeader={t('dashboard.col.province')}
          rows={sorted}
          empty=""
          sort={{
            by: view.provinceSort,
            dir: view.provinceDir,
            onSort: (by) => navigate(`${ROUTES.dashboard}${dashboardSearchOf(sortProvincesBy(view, by))}`, { replace: true }),
          }}
        />
      </div>
      <ExportLinks exportView="provinces" what={what} view={view} />
    </section>
  );
}

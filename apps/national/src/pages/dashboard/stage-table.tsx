import { useId } from 'react';
import { SortHeader } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import type { DashboardFilter, DashboardStatus, ProvinceSort, SortDir } from './dashboard-view.ts';
import { FigureLink } from './figure-link.tsx';

/** One row: a province or a central body with its figures. */
export interface StageRow {
  readonly key: string;
  readonly name: string;
  /** The filter of the row (its province or central body); a cell adds its stage. */
  readonly figure: DashboardFilter;
  readonly dossiers: number;
  readonly overdue: number;
  readonly byStatus: Readonly<Record<DashboardStatus, number>>;
}

export const TABLE_STAGES = ['PROVINCIAL_REVIEW', 'NATIONAL_REVIEW', 'RETURNED', 'APPROVED', 'CONNECTED'] as const;

export interface StageTableProps {
  readonly caption: string;
  readonly nameHeader: string;
  readonly rows: readonly StageRow[];
  readonly empty: string;
  /** Sortable headers (the province table); a plain table without. */
  readonly sort?: { readonly by: ProvinceSort; readonly dir: SortDir; readonly onSort: (by: ProvinceSort) => void };
}

/**
 * Figures per province or central body: all dossiers, each stage, overdue. The name is the row
 * header, every figure a link to its list; columns are headers with `scope`.
 */
export function StageTable({ caption, nameHeader, rows, empty, sort }: StageTableProps) {
  const { t } = useT();
  const captionId = `db-caption-${useId().replaceAll(':', '')}`;
  const header = (key: ProvinceSort, label: string) =>
    sort ? (
      <SortHeader key={key} label={label} active={sort.by === key} direction={sort.dir} onSort={() => sort.onSort(key)} />
    ) : (
      <th key={key} scope="col">
        {label}
      </th>
    );
  return (
    <div className="kn-table-frame" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="kn-table db-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {header('name', nameHeader)}
            {header('dossiers', t('dashboard.col.dossiers'))}
            {TABLE_STAGES.map((s) => header(s, t(`dashboard.stage.${s}`)))}
            {header('overdue', t('dashboard.stage.overdue'))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={8} className="kn-table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" lang="vi">
                  {row.name}
                </th>
                <td className="db-num">
                  <FigureLink n={row.dossiers} figure={row.figure} />
                </td>
                {TABLE_STAGES.map((s) => (
                  <td key={s} className="db-num">
                    <FigureLink n={row.byStatus[s]} figure={{ ...row.figure, stage: s }} />
                  </td>
                ))}
                <td className="db-num">
                  <FigureLink n={row.overdue} figure={{ ...row.figure, overdue: true }} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

import { useId, type ReactNode } from 'react';

export interface Column<T> {
  readonly key: string;
  readonly header: ReactNode;
  readonly cell: (row: T) => ReactNode;
  /** The cell that names the row (rendered as a row header for screen readers). */
  readonly rowHeader?: boolean;
}

export interface DataTableProps<T> {
  /** Visible caption: screen readers announce it when entering the table. */
  readonly caption: ReactNode;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T) => string;
  /** Shown in place of rows when there are none. */
  readonly empty: ReactNode;
}

/**
 * A plain `<table>` (native semantics beat ARIA grids for reading). On a narrow screen it scrolls
 * inside its frame rather than squeezing words one per line; the frame is a named, focusable region
 * so keyboard users can scroll it too (WCAG 2.1.1, 1.4.10).
 */
export function DataTable<T>({ caption, columns, rows, rowKey, empty }: DataTableProps<T>) {
  const captionId = `kn-caption-${useId().replaceAll(':', '')}`;
  return (
    <div className="kn-table-frame" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="kn-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="kn-table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) =>
                  c.rowHeader ? (
                    <th key={c.key} scope="row">
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.key}>{c.cell(row)}</td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

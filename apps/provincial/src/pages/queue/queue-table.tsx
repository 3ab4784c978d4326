import type { Ref } from 'react';
import { DeadlineBadge, Link, SortHeader, StatusBadge, formatDateTime } from '@ketnoi/ui';
import { dossierPath } from '../../routes.ts';
import { useT } from '../../use-t.ts';
import { rowActionOf, type QueueRow } from './queue-row.ts';
import type { QueueSort, QueueView } from './queue-view.ts';

export interface QueueTableProps {
  readonly caption: string;
  readonly rows: readonly QueueRow[];
  readonly view: Pick<QueueView, 'sort' | 'dir'>;
  readonly onSort: (sort: QueueSort) => void;
  /** The row `j`/`k` moved to (-1: none); its code link holds the focus. */
  readonly active: number;
  readonly onActiveChange: (index: number) => void;
  /** The signed-in officer: their own claims read "Bạn đang xử lý" and offer release. */
  readonly userId: string;
  readonly onAction: (row: QueueRow) => void;
  /** The dossier whose claim or release is on its way (its button waits). */
  readonly pendingId: string | null;
  /** True while a newer page is on its way (the rows shown are the previous ones). */
  readonly busy: boolean;
  readonly empty: string;
  readonly tableRef?: Ref<HTMLDivElement>;
}

/** `data-row-link` marks each row's code link: the keyboard moves the focus between them. */
export const ROW_LINK = 'data-row-link';
const COLUMNS = 7;

/**
 * The queue as a plain table: code (row header, a link to the dossier), unit and system, status,
 * submission, deadline badge, last change, who holds it with the claim/release button. Sorting is on the server;
 * the headers say the order with `aria-sort`.
 */
export function QueueTable({ caption, rows, view, onSort, active, onActiveChange, userId, onAction, pendingId, busy, empty, tableRef }: QueueTableProps) {
  const { t } = useT();
  const header = (sort: QueueSort, label: string) => <SortHeader key={sort} label={label} active={view.sort === sort} direction={view.dir} onSort={() => onSort(sort)} />;
  const plain = (key: string, label: string) => (
    <th key={key} scope="col">
      {label}
    </th>
  );
  return (
    <div className="kn-table-frame" role="region" aria-labelledby="queue-caption" tabIndex={0} ref={tableRef}>
      <table className="kn-table pc-queue" aria-busy={busy}>
        <caption id="queue-caption">{caption}</caption>
        <thead>
          <tr>
            {header('code', t('queue.col.code'))}
            {header('unit', t('queue.col.unitSystem'))}
            {plain('status', t('queue.col.status'))}
            {header('submitted', t('queue.col.submitted'))}
            {header('due', t('queue.col.due'))}
            {header('updated', t('queue.col.updated'))}
            {plain('holder', t('queue.col.holder'))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS} className="kn-table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row, i) => {
              const action = rowActionOf(row, userId);
              const isActive = i === active;
              return (
                <tr
                  key={row.id}
                  className={isActive ? 'kn-row--active' : undefined}
                  aria-current={isActive ? 'true' : undefined}
                  // Tabbing or clicking into a row makes it the active one, so j/k go on from there.
                  onFocus={() => (isActive ? undefined : onActiveChange(i))}
                >
                  <th scope="row">
                    <Link to={dossierPath(row.id)} className="kn-code" {...{ [ROW_LINK]: '' }}>
                      {row.code}
                    </Link>
                  </th>
                  <td lang="vi" className="pc-col-unit">
                    {row.ownerUnitName}
                    <span className="pc-system">{row.systemName}</span>
                  </td>
                  <td>
                    <StatusBadge status={row.status} />
                  </td>
                  <td className="pc-col-date">{row.submittedAt ? formatDateTime(row.submittedAt) : '—'}</td>
                  <td>
                    <DeadlineBadge dueOn={row.stageDueOn} state={row.deadline} />
                  </td>
                  <td className="pc-col-date">{formatDateTime(row.updatedAt)}</td>
                  <td className="pc-col-holder">
                    <span className={row.holderName === null ? 'pc-holder pc-muted' : 'pc-holder'}>
                      {row.holderName === null ? t('queue.holder.none') : row.holderUserId === userId ? t('queue.holder.me') : t('queue.holder.other', { name: row.holderName })}
                    </span>
                    {action ? (
                      <button type="button" className={action === 'claim' ? 'kn-button' : 'kn-button kn-button--secondary'} disabled={pendingId === row.id} onClick={() => onAction(row)}>
                        {t(`queue.${action}`)}
                        <span className="visually-hidden"> {t('queue.ofDossier', { code: row.code })}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}

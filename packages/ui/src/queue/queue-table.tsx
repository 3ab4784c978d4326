import type { ReactNode, Ref } from 'react';
import type { DossierStatus } from '@ketnoi/domain';
import { DeadlineBadge } from '../deadline-badge.tsx';
import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router/router.tsx';
import { SortHeader } from '../sort-header.tsx';
import { StatusBadge } from '../status-badge.tsx';
import { rowActionOf, type QueueRowLike } from './queue-row.ts';
import type { QueueSort, QueueView } from './queue-view.ts';

/** A column an app adds after "unit, system" (C06: the province, PC06's opinion). */
export interface QueueColumn<R> {
  readonly key: string;
  readonly header: string;
  readonly cell: (row: R) => ReactNode;
  readonly className?: string;
}

export interface QueueTableProps<R extends QueueRowLike> {
  readonly caption: string;
  readonly rows: readonly R[];
  readonly view: Pick<QueueView, 'sort' | 'dir'>;
  readonly onSort: (sort: QueueSort) => void;
  /** The row `j`/`k` moved to (-1: none); its code link holds the focus. */
  readonly active: number;
  readonly onActiveChange: (index: number) => void;
  /** The signed-in officer: their own claims read "Bạn đang xử lý" and offer release. */
  readonly userId: string;
  /** The stage whose dossiers can be claimed from the list. */
  readonly reviewStatus: DossierStatus;
  readonly rowHref: (id: string) => string;
  readonly onAction: (row: R) => void;
  /** The dossier whose claim or release is on its way (its button waits). */
  readonly pendingId: string | null;
  /** True while a newer page is on its way (the rows shown are the previous ones). */
  readonly busy: boolean;
  readonly empty: string;
  readonly extraColumns?: readonly QueueColumn<R>[];
  /** Said under the status badge (C06: an expired or expiring security confirmation). */
  readonly statusNote?: (row: R) => ReactNode;
  readonly tableRef?: Ref<HTMLDivElement>;
}

/** `data-row-link` marks each row's code link: the keyboard moves the focus between them. */
export const ROW_LINK = 'data-row-link';

/**
 * The queue as a plain table: code (row header, a link to the dossier), unit and system, the app's
 * own columns, status, submission, deadline badge, last change, who holds it with the claim/release
 * button. Sorting is on the server; the headers say the order with `aria-sort`.
 */
export function QueueTable<R extends QueueRowLike>(props: QueueTableProps<R>) {
  const { caption, rows, view, onSort, active, onActiveChange, userId, reviewStatus, rowHref, onAction, pendingId, busy, empty, extraColumns = [], statusNote, tableRef } = props;
  const { t } = useI18n();
  const header = (sort: QueueSort, label: string) => <SortHeader key={sort} label={label} active={view.sort === sort} direction={view.dir} onSort={() => onSort(sort)} />;
  const plain = (key: string, label: string) => (
    <th key={key} scope="col">
      {label}
    </th>
  );
  return (
    <div className="kn-table-frame" role="region" aria-labelledby="queue-caption" tabIndex={0} ref={tableRef}>
      <table className="kn-table kn-queue" aria-busy={busy}>
        <caption id="queue-caption">{caption}</caption>
        <thead>
          <tr>
            {header('code', t('queue.col.code'))}
            {header('unit', t('queue.col.unitSystem'))}
            {extraColumns.map((c) => plain(c.key, c.header))}
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
              <td colSpan={7 + extraColumns.length} className="kn-table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row, i) => {
              const action = rowActionOf(row, userId, reviewStatus);
              const isActive = i === active;
              const note = statusNote?.(row);
              return (
                <tr
                  key={row.id}
                  className={isActive ? 'kn-row--active' : undefined}
                  aria-current={isActive ? 'true' : undefined}
                  // Tabbing or clicking into a row makes it the active one, so j/k go on from there.
                  onFocus={() => (isActive ? undefined : onActiveChange(i))}
                >
                  <th scope="row">
                    <Link to={rowHref(row.id)} className="kn-code" {...{ [ROW_LINK]: '' }}>
                      {row.code}
                    </Link>
                  </th>
                  <td lang="vi" className="kn-queue__unit">
                    {row.ownerUnitName}
                    <span className="kn-queue__system">{row.systemName}</span>
                  </td>
                  {extraColumns.map((c) => (
                    <td key={c.key} className={c.className}>
                      {c.cell(row)}
                    </td>
                  ))}
                  <td>
                    <StatusBadge status={row.status} />
                    {note ? <span className="kn-queue__note">{note}</span> : null}
                  </td>
                  <td className="kn-queue__date">{row.submittedAt ? formatDateTime(row.submittedAt) : '—'}</td>
                  <td>
                    <DeadlineBadge dueOn={row.stageDueOn} state={row.deadline} />
                  </td>
                  <td className="kn-queue__date">{formatDateTime(row.updatedAt)}</td>
                  <td className="kn-queue__holder">
                    <span className={row.holderName === null ? 'kn-queue__holder-name kn-muted' : 'kn-queue__holder-name'}>
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

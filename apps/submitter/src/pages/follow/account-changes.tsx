import { useState } from 'react';
import type { AccountListColumn, DossierDiff } from '@ketnoi/domain';
import { DataTable, Pagination, pageCount, type Column } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';

export const ACCOUNT_CHANGES_PAGE_SIZE = 20;

type Kind = 'added' | 'changed' | 'removed';
interface AccountChangeRow {
  readonly kind: Kind;
  readonly rowNumber: number;
  readonly personalIdMasked: string;
  readonly fields: readonly AccountListColumn[];
}

/** Added, then changed, then removed accounts, each by row number: one table, a page at a time. */
export function accountChangeRows(accounts: DossierDiff['accounts']): AccountChangeRow[] {
  const byRow = (a: { rowNumber: number }, b: { rowNumber: number }) => a.rowNumber - b.rowNumber;
  return [
    ...[...accounts.added].sort(byRow).map((a) => ({ kind: 'added' as const, rowNumber: a.rowNumber, personalIdMasked: a.personalIdMasked, fields: [] })),
    ...[...accounts.changed].sort(byRow).map((a) => ({ kind: 'changed' as const, rowNumber: a.rowNumber, personalIdMasked: a.personalIdMasked, fields: a.fields })),
    ...[...accounts.removed].sort(byRow).map((a) => ({ kind: 'removed' as const, rowNumber: a.rowNumber, personalIdMasked: a.personalIdMasked, fields: [] })),
  ];
}

/**
 * The account rows that differ, with masked ID numbers only (as the diff gives them) and, for a
 * changed row, which columns changed — never the old or new values, which are personal data.
 */
export function AccountChanges({ accounts, from, to }: { readonly accounts: DossierDiff['accounts']; readonly from: number; readonly to: number }) {
  const { t } = useT();
  const rows = accountChangeRows(accounts);
  const [page, setPage] = useState(1);
  const current = Math.min(page, pageCount(rows.length, ACCOUNT_CHANGES_PAGE_SIZE));
  const shown = rows.slice((current - 1) * ACCOUNT_CHANGES_PAGE_SIZE, current * ACCOUNT_CHANGES_PAGE_SIZE);

  const columns: Column<AccountChangeRow>[] = [
    { key: 'id', header: t('follow.changes.accountId'), rowHeader: true, cell: (r) => <span className="kn-code">{r.personalIdMasked}</span> },
    { key: 'kind', header: t('follow.changes.accountChange'), cell: (r) => t(`follow.changes.${r.kind}`) },
    { key: 'row', header: t('follow.changes.accountRow'), cell: (r) => r.rowNumber },
    { key: 'fields', header: t('follow.changes.accountFields'), cell: (r) => r.fields.map((f) => t(`follow.field.${f}`)).join(', ') },
  ];

  return (
    <>
      <p>{t('follow.changes.accountsSummary', { added: accounts.added.length, removed: accounts.removed.length, changed: accounts.changed.length })}</p>
      <DataTable caption={t('follow.changes.accountsCaption', { from, to })} columns={columns} rows={shown} rowKey={(r) => `${r.kind}-${r.rowNumber}`} empty={t('follow.changes.none')} />
      {rows.length > ACCOUNT_CHANGES_PAGE_SIZE ? <Pagination page={current} pageSize={ACCOUNT_CHANGES_PAGE_SIZE} total={rows.length} onPageChange={setPage} /> : null}
    </>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { Alert, DataTable, Pagination, formatDate, type Column } from '@ketnoi/ui';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { AccountImportPanel } from './account-import-panel.tsx';
import { AccountRowForm, emptyCells, type AccountCells } from './account-row-form.tsx';
import { PartFrame, ReadOnlyNotice } from './part-frame.tsx';
import { PartIssues } from './part-issues.tsx';
import { usePartData, type DossierView } from './use-part-data.ts';
import './parts.css';

type Account = inferRouterOutputs<AppRouter>['dossier']['accounts']['items'][number];
type Editing = { readonly rowNumber: number | null; readonly key: string } | null;
const PAGE_SIZE = 20;

/** `/ho-so/:id/danh-sach-tai-khoan` — Phần 2: import from a file, or edit the list row by row. */
export function AccountListPart({ dossierId }: { readonly dossierId: string }) {
  const { t } = useT();
  const part = usePartData(dossierId, 'ACCOUNT_LIST');
  return (
    <PartFrame dossierId={dossierId} title={t('accounts.title')} dossier={part.dossier}>
      {(d) => <AccountListBody dossier={d} editable={part.editable} issues={part.issues} />}
    </PartFrame>
  );
}

function AccountListBody({ dossier: d, editable, issues }: { readonly dossier: DossierView; readonly editable: boolean; readonly issues: ReturnType<typeof usePartData>['issues'] }) {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const version = d.editableVersion ?? d.version;
  const accounts = useQuery(trpc.dossier.accounts.queryOptions({ dossierId: d.id, version, page, pageSize: PAGE_SIZE }, { placeholderData: (previous) => previous }));
  const services = useQuery({ ...trpc.reference.services.queryOptions(), staleTime: 5 * 60_000 });
  const registered = d.serviceRegistration.lines.map((l) => ({ code: l.serviceCode, name: services.data?.find((s) => s.code === l.serviceCode)?.name ?? l.serviceCode }));
  const saveRow = useMutation(trpc.submitter.accountRows.save.mutationOptions());
  const deleteRow = useMutation(trpc.submitter.accountRows.delete.mutationOptions());

  const reload = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.dossier.accounts.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.dossier.get.queryKey({ dossierId: d.id }) }),
        queryClient.invalidateQueries({ queryKey: trpc.submitter.dossiers.completeness.queryKey({ dossierId: d.id }) }),
      ]),
    [queryClient, trpc, d.id],
  );

  const onSave = async (cells: AccountCells) => {
    if (!editing) return;
    try {
      const saved = await saveRow.mutateAsync({ dossierId: d.id, expectedRevision: d.revision, idempotencyKey: editing.key, rowNumber: editing.rowNumber, cells });
      setEditing(null);
      setNotice(t('accounts.form.saved', { row: saved.rowNumber ?? '' }));
      await reload();
    } catch (error) {
      throw refusalOf(error);
    }
  };

  const onDelete = async (a: Account) => {
    if (!window.confirm(t('accounts.list.confirmDelete', { name: a.fullName, row: a.rowNumber }))) return;
    setProblem(null);
    try {
      await deleteRow.mutateAsync({ dossierId: d.id, expectedRevision: d.revision, idempotencyKey: newIdempotencyKey(), rowNumber: a.rowNumber });
      setNotice(t('accounts.list.deleted', { row: a.rowNumber }));
      await reload();
    } catch (error) {
      setProblem(refusalOf(error).message);
    }
  };

  const openEditor = (rowNumber: number | null) => {
    setNotice(null);
    setEditing({ rowNumber, key: newIdempotencyKey() });
  };

  const columns: Column<Account>[] = [
    { key: 'row', header: t('accounts.column.rowNumber'), cell: (a) => a.rowNumber },
    { key: 'name', header: t('accounts.column.fullName'), rowHeader: true, cell: (a) => a.fullName },
    { key: 'id', header: t('accounts.column.personalId'), cell: (a) => <span className="kn-code">{a.personalId}</span> },
    { key: 'dob', header: t('accounts.column.dateOfBirth'), cell: (a) => formatDate(a.dateOfBirth) },
    { key: 'position', header: t('accounts.column.position'), cell: (a) => a.position },
    { key: 'unit', header: t('accounts.column.workUnit'), cell: (a) => a.workUnit },
    { key: 'phone', header: t('accounts.column.phone'), cell: (a) => <span className="kn-code">{a.phone}</span> },
    { key: 'username', header: t('accounts.column.username'), cell: (a) => <span className="kn-code">{a.username}</span> },
    { key: 'services', header: t('accounts.column.services'), cell: (a) => a.services.join(', ') },
  ];
  if (editable) {
    columns.push({
      key: 'actions',
      header: t('accounts.column.actions'),
      cell: (a) => (
        <span className="kn-row-actions">
          <button type="button" className="kn-button kn-button--secondary" aria-label={t('accounts.list.editRow', { row: a.rowNumber, name: a.fullName })} onClick={() => openEditor(a.rowNumber)}>
            {t('common.edit')}
          </button>{' '}
          <button type="button" className="kn-button kn-button--quiet" aria-label={t('accounts.list.deleteRow', { row: a.rowNumber, name: a.fullName })} onClick={() => void onDelete(a)}>
            {t('accounts.list.delete')}
          </button>
        </span>
      ),
    });
  }

  const deficiencies = d.status === 'RETURNED' ? (d.deficiencies ?? []).filter((x) => x.part === 'ACCOUNT_LIST') : [];
  const exportQuery = `?version=${version}`;

  return (
    <>
      <p>{t('accounts.intro')}</p>
      {!editable ? <ReadOnlyNotice /> : null}
      {deficiencies.length > 0 ? (
        <section className="kn-card" aria-labelledby="account-deficiencies-title">
          <h2 id="account-deficiencies-title">{t('accounts.deficiencies')}</h2>
          <ul className="kn-checklist">
            {deficiencies.map((x, i) => (
              <li key={i}>
                <span lang="vi">{x.reason}</span>
                {editable && x.rows?.length ? (
                  <span className="kn-row-actions">
                    {x.rows.map((row) => (
                      <button key={row} type="button" className="kn-button kn-button--secondary" onClick={() => openEditor(row)}>
                        {t('accounts.deficiency.fixRow', { row })}
                      </button>
                    ))}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {editable ? <PartIssues issues={issues} targetOf={() => null} /> : null}

      {editing ? (
        <RowEditor key={editing.key} dossierId={d.id} rowNumber={editing.rowNumber} services={registered} onSave={onSave} onCancel={() => setEditing(null)} />
      ) : null}

      {editable && !editing ? (
        <>
          <p>
            <a href="/files/account-template.xlsx" download>
              {t('accounts.template')}
            </a>
            <br />
            <span className="kn-field__hint">{t('accounts.templateHint')}</span>
          </p>
          <AccountImportPanel dossierId={d.id} revision={d.revision} accountCount={d.accountCount} onStored={() => void reload()} />
        </>
      ) : null}

      <section aria-labelledby="account-list-title">
        <h2 id="account-list-title">{t('accounts.list.title')}</h2>
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {problem ? <Alert>{problem}</Alert> : null}
        <div className="kn-actions">
          {editable && !editing ? (
            <button type="button" className="kn-button" onClick={() => openEditor(null)}>
              {t('accounts.list.add')}
            </button>
          ) : null}
          {d.accountCount > 0 ? (
            <>
              <a className="kn-button kn-button--secondary" href={`/files/dossiers/${d.id}/accounts.xlsx${exportQuery}`} download>
                {t('accounts.list.exportXlsx')}
              </a>
              <a className="kn-button kn-button--secondary" href={`/files/dossiers/${d.id}/accounts.csv${exportQuery}`} download>
                {t('accounts.list.exportCsv')}
              </a>
            </>
          ) : null}
        </div>
        {accounts.isError ? (
          <Alert>{refusalOf(accounts.error).message}</Alert>
        ) : !accounts.data ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <>
            <p>{t('accounts.list.total', { n: accounts.data.total })}</p>
            <DataTable caption={t('accounts.list.caption')} columns={columns} rows={accounts.data.items} rowKey={(a) => String(a.rowNumber)} empty={t('accounts.list.empty')} />
            <Pagination page={page} pageSize={PAGE_SIZE} total={accounts.data.total} onPageChange={setPage} label={t('accounts.list.pagination')} />
          </>
        )}
      </section>
    </>
  );
}

/** Loads the row unmasked (an audited read) only when the editor opens; a new row starts empty. */
function RowEditor({ dossierId, rowNumber, services, onSave, onCancel }: { readonly dossierId: string; readonly rowNumber: number | null; readonly services: readonly { code: string; name: string }[]; readonly onSave: (cells: AccountCells) => Promise<void>; readonly onCancel: () => void }) {
  const { t } = useT();
  const trpc = useTRPC();
  const row = useQuery(trpc.submitter.accountRows.get.queryOptions({ dossierId, rowNumber: rowNumber ?? 2 }, { enabled: rowNumber !== null, staleTime: 0, gcTime: 0 }));
  if (rowNumber === null) return <AccountRowForm rowNumber={null} initial={emptyCells()} services={services} onSave={onSave} onCancel={onCancel} />;
  if (row.isError) return <Alert>{refusalOf(row.error).message}</Alert>;
  if (!row.data) return <p role="status">{t('accounts.form.loading')}</p>;
  return <AccountRowForm rowNumber={rowNumber} initial={{ ...emptyCells(), ...row.data.cells }} services={services} onSave={onSave} onCancel={onCancel} />;
}

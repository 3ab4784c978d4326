import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { Alert, DataTable, Link, Pagination, SelectField, type Column } from '@ketnoi/ui';
import { adminPath } from '../../routes.ts';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { ADMIN_PAGE_SIZE, type UnitRow } from './admin-types.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { SearchBox } from './search-box.tsx';
import { UnitForm } from './unit-form.tsx';

type Editing = { readonly mode: 'create' } | { readonly mode: 'edit'; readonly unit: UnitRow } | null;
const KINDS = ['OWNER', 'PC06', 'C06'] as const;

/** `quan-tri/don-vi`: units searched and paged; create, rename/edit, deactivate (its users' sessions end), reactivate. */
export function UnitsSection() {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<'' | (typeof KINDS)[number]>('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useQuery({ ...trpc.admin.units.search.queryOptions({ page, pageSize: ADMIN_PAGE_SIZE, search, ...(kind ? { kind } : {}) }), placeholderData: keepPreviousData });
  const provinces = useQuery({ ...trpc.admin.reference.provinces.queryOptions(), staleTime: 5 * 60_000 });
  const current = (provinces.data ?? []).filter((p) => p.validTo === null);
  const deactivate = useMutation(trpc.admin.units.deactivate.mutationOptions());
  const reactivate = useMutation(trpc.admin.units.reactivate.mutationOptions());
  const [refusal, setRefusal] = useState<string | null>(null);
  const reopen = async (u: UnitRow) => {
    setNotice(null);
    setRefusal(null);
    try {
      await reactivate.mutateAsync({ idempotencyKey: newIdempotencyKey(), unitId: u.id });
      done(t('admin.unit.reactivated', { name: u.name }));
    } catch (error) {
      setRefusal(refusalOf(error).message);
    }
  };
  const key = useRef(newIdempotencyKey());
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.admin.units.pathKey() });
  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
    void reload();
  };

  const columns: Column<UnitRow>[] = [
    { key: 'name', header: t('admin.unit.name'), rowHeader: true, cell: (u) => <>{u.name}{u.parentBody ? <div className="kn-muted">{u.parentBody}</div> : null}</> },
    { key: 'kind', header: t('admin.unit.kind'), cell: (u) => t(`admin.unit.kindOf.${u.kind}`) },
    { key: 'province', header: t('admin.unit.province'), cell: (u) => u.provinceName ?? t('admin.unit.central') },
    {
      key: 'users',
      header: t('admin.unit.activeUsers'),
      cell: (u) => <Link to={`${adminPath('nguoi-dung')}?don-vi=${u.id}`}>{t('admin.unit.usersLink', { n: u.activeUsers })}</Link>,
    },
    { key: 'status', header: t('admin.status'), cell: (u) => (u.active ? t('admin.status.active') : <span className="kn-admin-off">{t('admin.status.inactive')}</span>) },
    {
      key: 'actions',
      header: t('admin.actions'),
      cell: (u) => (
        <div className="kn-admin-row-actions">
          <button type="button" className="kn-button kn-button--secondary" aria-label={t('admin.unit.editOf', { name: u.name })} onClick={() => { setNotice(null); setEditing({ mode: 'edit', unit: u }); }}>
            {t('admin.edit')}
          </button>
          {u.active && u.kind === 'OWNER' ? (
            <ConfirmDialog
              openLabel={t('admin.unit.deactivateOf', { name: u.name })}
              title={t('admin.unit.deactivateTitle', { name: u.name })}
              body={<p>{t('admin.unit.deactivateBody', { n: u.activeUsers })}</p>}
              confirmLabel={t('admin.unit.deactivateConfirm')}
              onOpen={() => (key.current = newIdempotencyKey())}
              onConfirm={async () => {
                const r = await deactivate.mutateAsync({ idempotencyKey: key.current, unitId: u.id });
                done(t('admin.unit.deactivated', { name: u.name, n: r.revokedSessions }));
              }}
            />
          ) : null}
          {!u.active ? (
            <button type="button" className="kn-button kn-button--secondary" disabled={reactivate.isPending} aria-label={t('admin.unit.reactivateOf', { name: u.name })} onClick={() => void reopen(u)}>
              {t('admin.unit.reactivate')}
            </button>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <>
      <h2>{t('admin.section.don-vi')}</h2>
      <p>{t('admin.unit.intro')}</p>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {refusal ? <Alert>{refusal}</Alert> : null}
      {editing ? (
        <UnitForm key={editing.mode === 'edit' ? editing.unit.id : 'new'} provinces={current} {...(editing.mode === 'edit' ? { unit: editing.unit } : {})} onDone={done} onCancel={() => setEditing(null)} />
      ) : (
        <div className="kn-actions">
          <button type="button" className="kn-button" onClick={() => { setNotice(null); setEditing({ mode: 'create' }); }}>
            {t('admin.unit.new')}
          </button>
        </div>
      )}
      <div className="kn-admin-toolbar">
        <SearchBox label={t('admin.unit.search')} value={search} onSearch={(s) => { setSearch(s); setPage(1); }} />
        <SelectField label={t('admin.unit.kindFilter')} value={kind} onChange={(e) => { setKind(e.target.value as typeof kind); setPage(1); }}>
          <option value="">{t('admin.all')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`admin.unit.kindOf.${k}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {list.isError ? <Alert>{refusalOf(list.error).message}</Alert> : null}
      <DataTable caption={t('admin.unit.caption')} columns={columns} rows={list.data?.items ?? []} rowKey={(u) => u.id} empty={list.isPending ? t('common.loading') : t('admin.unit.empty')} />
      <Pagination page={page} pageSize={ADMIN_PAGE_SIZE} total={list.data?.total ?? 0} onPageChange={setPage} label={t('admin.unit.pages')} />
    </>
  );
}

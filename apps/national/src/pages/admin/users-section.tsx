import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { Alert, DataTable, Pagination, SelectField, useRouter, type Column } from '@ketnoi/ui';
import { adminPath } from '../../routes.ts';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { ADMIN_PAGE_SIZE, type UserRow } from './admin-types.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { MoveUserForm } from './move-user-form.tsx';
import { ResetPasswordForm } from './reset-password-form.tsx';
import { SearchBox } from './search-box.tsx';
import { UserForm } from './user-form.tsx';

/** The unit shown is in the address (`?don-vi=<id>`), so the units list links to a unit's users. */
const UNIT_PARAM = 'don-vi';
type Editing = { readonly mode: 'create' } | { readonly mode: 'move' | 'reset'; readonly user: UserRow } | null;

/** `quan-tri/nguoi-dung`: users per unit, searched and paged; create, move to another unit, reset a password, disable (sessions end now) and re-enable. */
export function UsersSection() {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { search: params, navigate } = useRouter();
  const unitId = params.get(UNIT_PARAM) ?? '';
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const units = useQuery({ ...trpc.admin.units.list.queryOptions(), staleTime: 60_000 });
  // The administrator's own account: the API refuses disabling it, so it offers no such button.
  const me = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
  const list = useQuery({ ...trpc.admin.users.search.queryOptions({ page, pageSize: ADMIN_PAGE_SIZE, search, ...(unitId ? { unitId } : {}) }), placeholderData: keepPreviousData });
  const disable = useMutation(trpc.admin.users.disable.mutationOptions());
  const enable = useMutation(trpc.admin.users.enable.mutationOptions());
  const [refusal, setRefusal] = useState<string | null>(null);
  const reenable = async (u: UserRow) => {
    setNotice(null);
    setRefusal(null);
    try {
      await enable.mutateAsync({ idempotencyKey: newIdempotencyKey(), userId: u.id });
      done(t('admin.user.enabledNow', { username: u.username }));
    } catch (error) {
      setRefusal(refusalOf(error).message);
    }
  };
  const key = useRef(newIdempotencyKey());
  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: trpc.admin.users.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.admin.units.pathKey() });
  };
  const chooseUnit = (id: string) => {
    setPage(1);
    navigate(id ? `${adminPath('nguoi-dung')}?${UNIT_PARAM}=${encodeURIComponent(id)}` : adminPath('nguoi-dung'), { replace: true });
  };

  const columns: Column<UserRow>[] = [
    { key: 'username', header: t('admin.user.username'), rowHeader: true, cell: (u) => <span className="kn-code">{u.username}</span> },
    { key: 'name', header: t('admin.user.displayName'), cell: (u) => u.displayName },
    { key: 'role', header: t('admin.user.role'), cell: (u) => t(`admin.role.${u.role}`) },
    { key: 'unit', header: t('admin.user.unit'), cell: (u) => u.unitName },
    { key: 'status', header: t('admin.status'), cell: (u) => (u.active ? t('admin.status.active') : <span className="kn-admin-off">{t('admin.user.disabled')}</span>) },
    {
      key: 'actions',
      header: t('admin.actions'),
      cell: (u) =>
        u.id === me.data?.userId ? null : !u.active ? (
          <div className="kn-admin-row-actions">
            <button type="button" className="kn-button kn-button--secondary" disabled={enable.isPending} aria-label={t('admin.user.enableOf', { username: u.username })} onClick={() => void reenable(u)}>
              {t('admin.user.enable')}
            </button>
          </div>
        ) : (
          <div className="kn-admin-row-actions">
            <button type="button" className="kn-button kn-button--secondary" aria-label={t('admin.user.moveOf', { username: u.username })} onClick={() => { setNotice(null); setEditing({ mode: 'move', user: u }); }}>
              {t('admin.user.move')}
            </button>
            <button type="button" className="kn-button kn-button--secondary" aria-label={t('admin.user.resetOf', { username: u.username })} onClick={() => { setNotice(null); setEditing({ mode: 'reset', user: u }); }}>
              {t('admin.user.reset')}
            </button>
            <ConfirmDialog
              openLabel={t('admin.user.disableOf', { username: u.username })}
              title={t('admin.user.disableTitle', { username: u.username })}
              body={<p>{t('admin.user.disableBody', { name: u.displayName })}</p>}
              confirmLabel={t('admin.user.disableConfirm')}
              onOpen={() => (key.current = newIdempotencyKey())}
              onConfirm={async () => {
                await disable.mutateAsync({ idempotencyKey: key.current, userId: u.id });
                done(t('admin.user.disabledNow', { username: u.username }));
              }}
            />
          </div>
        ),
    },
  ];

  return (
    <>
      <h2>{t('admin.section.nguoi-dung')}</h2>
      <p>{t('admin.user.intro')}</p>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {refusal ? <Alert>{refusal}</Alert> : null}
      {editing?.mode === 'create' ? (
        <UserForm units={units.data ?? []} {...(unitId ? { unitId } : {})} onDone={done} onCancel={() => setEditing(null)} />
      ) : editing?.mode === 'move' ? (
        <MoveUserForm key={editing.user.id} user={editing.user} units={units.data ?? []} onDone={done} onCancel={() => setEditing(null)} />
      ) : editing?.mode === 'reset' ? (
        <ResetPasswordForm key={editing.user.id} user={editing.user} onDone={done} onCancel={() => setEditing(null)} />
      ) : (
        <div className="kn-actions">
          <button type="button" className="kn-button" disabled={!units.data} onClick={() => { setNotice(null); setEditing({ mode: 'create' }); }}>
            {t('admin.user.new')}
          </button>
        </div>
      )}
      <div className="kn-admin-toolbar">
        <SelectField label={t('admin.user.unitFilter')} value={unitId} onChange={(e) => chooseUnit(e.target.value)}>
          <option value="">{t('admin.user.allUnits')}</option>
          {(units.data ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.active ? u.name : t('admin.user.inactiveUnit', { name: u.name })}
            </option>
          ))}
        </SelectField>
        <SearchBox label={t('admin.user.search')} value={search} onSearch={(s) => { setSearch(s); setPage(1); }} />
      </div>
      {list.isError ? <Alert>{refusalOf(list.error).message}</Alert> : null}
      <DataTable caption={t('admin.user.caption')} columns={columns} rows={list.data?.items ?? []} rowKey={(u) => u.id} empty={list.isPending ? t('common.loading') : t('admin.user.empty')} />
      <Pagination page={page} pageSize={ADMIN_PAGE_SIZE} total={list.data?.total ?? 0} onPageChange={setPage} label={t('admin.user.pages')} />
    </>
  );
}

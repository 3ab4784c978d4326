import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { Alert, DataTable, ErrorSummary, TextField, type Column, type FieldError } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import type { ServiceRow } from './admin-types.ts';

const CODE = /^[A-Z][A-Z0-9_]{2,49}$/;

/** `quan-tri/dich-vu`: the catalogue of data services units may register (add, rename, order, activate or deactivate). */
export function ServicesSection() {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const services = useQuery(trpc.admin.reference.services.list.queryOptions());
  const save = useMutation(trpc.admin.reference.services.save.mutationOptions());
  const [editing, setEditing] = useState<ServiceRow | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.admin.reference.services.pathKey() });
  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
    void reload();
  };
  const toggle = async (s: ServiceRow) => {
    setNotice(null);
    setRefusal(null);
    try {
      await save.mutateAsync({ idempotencyKey: newIdempotencyKey(), code: s.code, name: s.name, active: !s.active, sortOrder: s.sortOrder });
      done(t(s.active ? 'admin.service.deactivated' : 'admin.service.activated', { name: s.name }));
    } catch (error) {
      setRefusal(refusalOf(error).message);
    }
  };

  const columns: Column<ServiceRow>[] = [
    { key: 'order', header: t('admin.service.order'), cell: (s) => s.sortOrder },
    { key: 'code', header: t('admin.service.code'), cell: (s) => <span className="kn-code">{s.code}</span> },
    { key: 'name', header: t('admin.service.name'), rowHeader: true, cell: (s) => s.name },
    { key: 'status', header: t('admin.status'), cell: (s) => (s.active ? t('admin.status.active') : <span className="kn-admin-off">{t('admin.status.inactive')}</span>) },
    {
      key: 'actions',
      header: t('admin.actions'),
      cell: (s) => (
        <div className="kn-admin-row-actions">
          <button type="button" className="kn-button kn-button--secondary" aria-label={t('admin.service.editOf', { name: s.name })} onClick={() => { setNotice(null); setEditing(s); }}>
            {t('admin.edit')}
          </button>
          <button type="button" className="kn-button kn-button--secondary" disabled={save.isPending} aria-label={t(s.active ? 'admin.service.deactivateOf' : 'admin.service.activateOf', { name: s.name })} onClick={() => void toggle(s)}>
            {t(s.active ? 'admin.service.deactivate' : 'admin.service.activate')}
          </button>
        </div>
      ),
    },
  ];

  return (
    <>
      <h2>{t('admin.section.dich-vu')}</h2>
      <p>{t('admin.service.intro')}</p>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {refusal ? <Alert>{refusal}</Alert> : null}
      {editing ? (
        <ServiceForm key={editing === 'new' ? 'new' : editing.code} service={editing === 'new' ? undefined : editing} nextOrder={Math.max(0, ...(services.data ?? []).map((s) => s.sortOrder)) + 10} onDone={done} onCancel={() => setEditing(null)} />
      ) : (
        <div className="kn-actions">
          <button type="button" className="kn-button" onClick={() => { setNotice(null); setEditing('new'); }}>
            {t('admin.service.new')}
          </button>
        </div>
      )}
      {services.isError ? <Alert>{refusalOf(services.error).message}</Alert> : null}
      <DataTable caption={t('admin.service.caption')} columns={columns} rows={services.data ?? []} rowKey={(s) => s.code} empty={services.isPending ? t('common.loading') : t('admin.service.empty')} />
    </>
  );
}

type Field = 'code' | 'name' | 'sortOrder';

function ServiceForm({ service, nextOrder, onDone, onCancel }: { readonly service: ServiceRow | undefined; readonly nextOrder: number; readonly onDone: (m: string) => void; readonly onCancel: () => void }) {
  const { t } = useT();
  const trpc = useTRPC();
  const save = useMutation(trpc.admin.reference.services.save.mutationOptions());
  const prefix = `service-${useId().replaceAll(':', '')}`;
  const [code, setCode] = useState(service?.code ?? '');
  const [name, setName] = useState(service?.name ?? '');
  const [sortOrder, setSortOrder] = useState(String(service?.sortOrder ?? nextOrder));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const fresh = () => (key.current = newIdempotencyKey());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    const found: Partial<Record<Field, string>> = {};
    if (!CODE.test(code.trim())) found.code = t('admin.service.error.code');
    if (name.trim().length < 3) found.name = t('admin.service.error.name');
    const order = Number(sortOrder);
    if (!/^\d+$/.test(sortOrder.trim()) || order > 10_000) found.sortOrder = t('admin.service.error.order');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await save.mutateAsync({ idempotencyKey: key.current, code: code.trim(), name: name.trim(), active: service?.active ?? true, sortOrder: order });
      onDone(t('admin.service.saved', { name: name.trim() }));
    } catch (error) {
      setRefusal(refusalOf(error).message);
    }
  };
  const summary: FieldError[] = (Object.entries(errors) as [Field, string][]).map(([f, message]) => ({ fieldId: `${prefix}-${f}`, message }));
  return (
    <form className="kn-admin-form" aria-labelledby={`${prefix}-title`} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={`${prefix}-title`}>{service ? t('admin.service.editTitle', { name: service.name }) : t('admin.service.createTitle')}</h3>
      <ErrorSummary errors={summary} />
      {refusal ? <Alert>{refusal}</Alert> : null}
      <TextField id={`${prefix}-code`} label={t('admin.service.code')} hint={t('admin.service.codeHint')} required readOnly={service !== undefined} value={code} error={errors.code ?? null} onChange={(e) => { setCode(e.target.value.toUpperCase()); fresh(); }} autoComplete="off" spellCheck={false} />
      <TextField id={`${prefix}-name`} label={t('admin.service.name')} required value={name} error={errors.name ?? null} onChange={(e) => { setName(e.target.value); fresh(); }} autoComplete="off" />
      <TextField id={`${prefix}-sortOrder`} label={t('admin.service.order')} hint={t('admin.service.orderHint')} inputMode="numeric" required value={sortOrder} error={errors.sortOrder ?? null} onChange={(e) => { setSortOrder(e.target.value); fresh(); }} />
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={save.isPending}>
          {save.isPending ? t('admin.saving') : t('admin.save')}
        </button>
        <button type="button" className="kn-button kn-button--secondary" onClick={onCancel} disabled={save.isPending}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { refusalOf } from '@ketnoi/client';
import { Alert, DataTable, formatDateTime, Pagination, SelectField, type Column } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { ADMIN_PAGE_SIZE, type OutboxRow } from './admin-types.ts';

const STATUSES = ['PENDING', 'SENT', 'KEPT'] as const;

/** `quan-tri/hop-thu`: the email outbox, read only (what was sent, waits, or is kept for the administrator to pass on). */
export function OutboxSection() {
  const { t } = useT();
  const trpc = useTRPC();
  const [status, setStatus] = useState<'' | (typeof STATUSES)[number]>('');
  const [page, setPage] = useState(1);
  const list = useQuery({ ...trpc.admin.outbox.list.queryOptions({ page, pageSize: ADMIN_PAGE_SIZE, ...(status ? { status } : {}) }), placeholderData: keepPreviousData });
  const columns: Column<OutboxRow>[] = [
    { key: 'created', header: t('admin.outbox.createdAt'), cell: (m) => formatDateTime(m.createdAt) },
    { key: 'to', header: t('admin.outbox.to'), cell: (m) => <>{m.recipientName}<div className="kn-muted">{m.to}</div></> },
    {
      key: 'subject',
      header: t('admin.outbox.subject'),
      rowHeader: true,
      cell: (m) => (
        <details>
          <summary>{m.subject}</summary>
          <pre className="kn-admin-mail">{m.body}</pre>
        </details>
      ),
    },
    { key: 'status', header: t('admin.status'), cell: (m) => <>{t(`admin.outbox.status.${m.status}`)}{m.sentAt ? <div className="kn-muted">{formatDateTime(m.sentAt)}</div> : null}</> },
    { key: 'attempts', header: t('admin.outbox.attempts'), cell: (m) => <>{m.attempts}{m.lastError ? <div className="kn-muted">{m.lastError}</div> : null}</> },
  ];
  return (
    <>
      <h2>{t('admin.section.hop-thu')}</h2>
      <p>{t('admin.outbox.intro')}</p>
      <div className="kn-admin-toolbar">
        <SelectField label={t('admin.outbox.statusFilter')} value={status} onChange={(e) => { setStatus(e.target.value as typeof status); setPage(1); }}>
          <option value="">{t('admin.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`admin.outbox.status.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {list.isError ? <Alert>{refusalOf(list.error).message}</Alert> : null}
      <DataTable caption={t('admin.outbox.caption')} columns={columns} rows={list.data?.items ?? []} rowKey={(m) => m.id} empty={list.isPending ? t('common.loading') : t('admin.outbox.empty')} />
      <Pagination page={page} pageSize={ADMIN_PAGE_SIZE} total={list.data?.total ?? 0} onPageChange={setPage} label={t('admin.outbox.pages')} />
    </>
  );
}

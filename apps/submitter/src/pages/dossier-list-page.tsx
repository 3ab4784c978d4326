import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Alert, DataTable, DeadlineBadge, Pagination, StatusBadge, formatDateTime, pageCount, type Column, Link, useRouter } from '@ketnoi/ui';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';
import { refusalOf } from '@ketnoi/client';
import { useTRPC } from '../trpc.ts';
import { useT } from '../use-t.ts';
import { NewDossierDialog } from './new-dossier-dialog.tsx';

type DossierRow = inferRouterOutputs<AppRouter>['submitter']['dossiers']['list']['items'][number];
const PAGE_SIZE = 20;

export function DossierListPage() {
  const { t } = useT();
  const trpc = useTRPC();
  const { search, navigate } = useRouter();
  const page = Math.max(1, Number.parseInt(search.get('trang') ?? '1', 10) || 1);
  const [creating, setCreating] = useState(false);
  // The page number lives in the URL so Back, reload and shared links keep it.
  const list = useQuery({ ...trpc.submitter.dossiers.list.queryOptions({ page, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });

  // A page past the end (an old link, dossiers withdrawn meanwhile) moves to the last page that exists.
  const lastPage = list.data ? pageCount(list.data.total, PAGE_SIZE) : null;
  useEffect(() => {
    if (lastPage !== null && page > lastPage) navigate(lastPage === 1 ? '/' : `/?trang=${lastPage}`, { replace: true });
  }, [lastPage, page, navigate]);

  const columns: Column<DossierRow>[] = [
    { key: 'code', header: t('dossiers.code'), rowHeader: true, cell: (d) => <Link className="kn-code" to={`/ho-so/${d.id}`}>{d.code}</Link> },
    { key: 'system', header: t('dossiers.system'), cell: (d) => d.systemName },
    { key: 'status', header: t('dossiers.status'), cell: (d) => <StatusBadge status={d.status} /> },
    // TODO(issue 3): working days left need the holiday calendar; the API could send deadlineState.
    { key: 'deadline', header: t('dossiers.deadline'), cell: (d) => <DeadlineBadge dueOn={d.stageDueOn} state={d.deadline} /> },
    { key: 'updated', header: t('dossiers.updatedAt'), cell: (d) => formatDateTime(d.updatedAt) },
  ];

  return (
    <>
      <h1>{t('dossiers.title')}</h1>
      <div className="kn-actions">
        <button type="button" className="kn-button" onClick={() => setCreating(true)}>
          {t('dossiers.new')}
        </button>
      </div>
      {creating ? <NewDossierDialog onClose={() => setCreating(false)} onCreated={(id) => navigate(`/ho-so/${id}`)} /> : null}
      {list.isError ? (
        <Alert>{refusalOf(list.error).message}</Alert>
      ) : list.data ? (
        <>
          <DataTable caption={t('dossiers.caption')} columns={columns} rows={list.data.items} rowKey={(d) => d.id} empty={t('dossiers.empty')} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPageChange={(p) => navigate(p === 1 ? '/' : `/?trang=${p}`)} />
        </>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </>
  );
}

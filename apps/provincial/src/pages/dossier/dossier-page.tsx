import { useQuery } from '@tanstack/react-query';
import { refusalOf } from '@ketnoi/client';
import { Alert, DeadlineBadge, Link, StatusBadge, formatDateTime } from '@ketnoi/ui';
import { ROUTES } from '../../routes.ts';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';

/**
 * `/pc06/ho-so/:id` — for now the dossier's overview only. The review screen (four parts with their
 * checklists, accounts, documents, timeline, diff, return, forward) replaces the body of this page;
 * README.md of this app says where its pieces go.
 *
 * A dossier of another province answers NOT_FOUND like a missing one (jurisdiction), and the page
 * says "not found" the same way for both.
 */
export function DossierPage({ dossierId }: { readonly dossierId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const dossier = useQuery(trpc.dossier.get.queryOptions({ dossierId }));

  if (dossier.isPending) return <p role="status">{t('common.loading')}</p>;
  if (dossier.isError) {
    const refusal = refusalOf(dossier.error);
    const missing = refusal.appCode === 'NOT_FOUND' || refusal.appCode === 'VALIDATION';
    return (
      <>
        <h1>{missing ? t('dossier.notFound') : t('notFound.title')}</h1>
        <Alert>
          <span lang="vi">{refusal.message}</span>
        </Alert>
        {missing ? null : (
          <button type="button" className="kn-button kn-button--secondary" onClick={() => void dossier.refetch()}>
            {t('common.retry')}
          </button>
        )}
        <p>
          <Link to={ROUTES.queue}>{t('dossier.back')}</Link>
        </p>
      </>
    );
  }
  const d = dossier.data;
  return (
    <>
      <p>
        <Link to={ROUTES.queue}>{t('dossier.back')}</Link>
      </p>
      <h1>{t('dossier.title', { code: d.code })}</h1>
      <section className="kn-card" aria-labelledby="dossier-facts">
        <h2 id="dossier-facts">{t('dossier.facts')}</h2>
        <dl className="kn-facts">
          <dt>{t('dossier.unit')}</dt>
          <dd>{d.ownerUnitName}</dd>
          <dt>{t('dossier.system')}</dt>
          <dd>{d.systemName}</dd>
          <dt>{t('dossier.status')}</dt>
          <dd>
            <StatusBadge status={d.status} />
          </dd>
          <dt>{t('dossier.submittedAt')}</dt>
          <dd>{d.submittedAt ? formatDateTime(d.submittedAt) : '—'}</dd>
          <dt>{t('dossier.deadline')}</dt>
          <dd>
            <DeadlineBadge dueOn={d.stageDueOn} state={d.deadline} />
          </dd>
          <dt>{t('dossier.holder')}</dt>
          <dd>{d.holderName ?? t('queue.holder.none')}</dd>
          <dt>{t('dossier.version')}</dt>
          <dd>{d.version}</dd>
        </dl>
      </section>
      <p>{t('dossier.reviewSoon')}</p>
    </>
  );
}

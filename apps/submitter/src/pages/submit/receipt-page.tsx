import { useQuery } from '@tanstack/react-query';
import { Alert, StatusBadge, formatDate, formatDateTime, Link } from '@ketnoi/ui';
import { refusalOf } from '@ketnoi/client';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { dossierPath } from '../dossier-routes.ts';

/** `/ho-so/:id/bien-nhan` — what was received, when, by whom, the deadline and what happens next; also as a PDF. */
export function ReceiptPage({ dossierId }: { readonly dossierId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const dossier = useQuery(trpc.dossier.get.queryOptions({ dossierId }));
  const destination = useQuery(trpc.submitter.dossiers.submission.queryOptions({ dossierId }));
  const back = (
    <p>
      <Link to={dossierPath(dossierId)}>{t('receipt.back')}</Link>
    </p>
  );
  if (dossier.isError) {
    return (
      <>
        {back}
        <h1>{t('receipt.title')}</h1>
        <Alert>{refusalOf(dossier.error).message}</Alert>
      </>
    );
  }
  const d = dossier.data;
  const dest = destination.data;
  if (!d || !dest) return <p role="status">{t('common.loading')}</p>;
  if (!d.submittedAt) {
    return (
      <>
        {back}
        <h1>{t('receipt.title')}</h1>
        <p>{t('receipt.notSubmitted')}</p>
      </>
    );
  }
  return (
    <>
      {back}
      <h1>{t('receipt.title')}</h1>
      {d.status === 'PROVINCIAL_REVIEW' || d.status === 'NATIONAL_REVIEW' ? (
        <Alert tone="success">{t('receipt.intro')}</Alert>
      ) : (
        <Alert tone="info">
          {t('receipt.latest')} <StatusBadge status={d.status} />
        </Alert>
      )}
      <section className="kn-card" aria-labelledby="receipt-facts">
        <h2 id="receipt-facts" className="visually-hidden">
          {t('receipt.title')}
        </h2>
        <dl className="kn-facts">
          <dt>{t('receipt.code')}</dt>
          <dd>
            <strong className="kn-code">{d.code}</strong>
          </dd>
          <dt>{t('receipt.unit')}</dt>
          <dd>{d.ownerUnitName}</dd>
          <dt>{t('receipt.system')}</dt>
          <dd>{d.systemName}</dd>
          <dt>{t('receipt.receivedAt')}</dt>
          <dd>{formatDateTime(dest.receivedAt ?? d.submittedAt)}</dd>
          <dt>{t('receipt.receiver')}</dt>
          <dd>{dest.receiverName ?? '—'}</dd>
          <dt>{t('receipt.version')}</dt>
          <dd>{d.version}</dd>
          <dt>{t('receipt.dueOn')}</dt>
          <dd>{d.stageDueOn ? t('receipt.dueOnValue', { date: formatDate(d.stageDueOn), days: dest.reviewWorkingDays }) : '—'}</dd>
        </dl>
      </section>
      <h2>{t('receipt.next')}</h2>
      <p>{dest.route === 'NATIONAL' ? t('receipt.nextNational') : t('receipt.nextProvincial')}</p>
      <p>
        <a className="kn-button" href={`/files/dossiers/${d.id}/receipt.pdf`} download>
          {t('receipt.pdf')}
        </a>
      </p>
    </>
  );
}

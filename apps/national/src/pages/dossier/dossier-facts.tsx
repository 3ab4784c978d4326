import { DossierFacts as ReviewDossierFacts } from '@ketnoi/review';
import { formatDate, formatDateTime } from '@ketnoi/ui';
import { SecurityFlag } from '../queue/security-flag.tsx';
import { useT } from '../../use-t.ts';
import type { DossierView } from './dossier-view.ts';

/**
 * The dossier's overview (the shared facts of packages/review) with C06's own rows: where it comes
 * from (central, or the province whose PC06 forwarded it), the A05 confirmation's validity with its
 * flag, and the decisions already taken (approval, suspension, connection).
 */
export function DossierFacts({ dossier: d, userId, provinceName }: { readonly dossier: DossierView; readonly userId: string; readonly provinceName: string | null }) {
  const { t } = useT();
  const route = (
    <>
      <dt>{t('dossier.route')}</dt>
      <dd>{d.route === 'PROVINCIAL' ? t('dossier.route.PROVINCIAL', { province: provinceName ?? d.queueProvinceCode ?? '—' }) : t('dossier.route.NATIONAL')}</dd>
    </>
  );
  return (
    <ReviewDossierFacts dossier={d} userId={userId} afterSystem={route}>
      <dt>{t('dossier.security')}</dt>
      <dd>
        {d.securityValidUntil ? t('dossier.security.validUntil', { date: formatDate(d.securityValidUntil) }) : t('dossier.security.unknown')}
        {d.securityExpiry ? (
          <span className="c06-block">
            <SecurityFlag expiry={d.securityExpiry} validUntil={d.securityValidUntil} />
          </span>
        ) : null}
      </dd>
      {d.approval ? (
        <>
          <dt>{t('dossier.approval')}</dt>
          <dd>{t('dossier.approval.value', { number: d.approval.decision.numberAndSymbol, date: formatDate(d.approval.decision.issuedOn) })}</dd>
        </>
      ) : null}
      {d.suspension ? (
        <>
          <dt>{t('dossier.suspension')}</dt>
          <dd>
            {t('dossier.suspension.since', { date: formatDateTime(d.suspension.since) })} <span lang="vi">{d.suspension.reason}</span>
          </dd>
        </>
      ) : null}
      {d.connection ? (
        <>
          <dt>{t('dossier.connection')}</dt>
          <dd>{t('dossier.connection.value', { date: formatDate(d.connection.connectedOn), channel: t(`dossier.channel.${d.connection.channel}`), reference: d.connection.technicalReference })}</dd>
        </>
      ) : null}
    </ReviewDossierFacts>
  );
}

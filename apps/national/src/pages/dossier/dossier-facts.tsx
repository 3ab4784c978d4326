import { DeadlineBadge, StatusBadge, formatDate, formatDateTime } from '@ketnoi/ui';
import { SecurityFlag } from '../queue/security-flag.tsx';
import { useT } from '../../use-t.ts';
import type { DossierView } from './dossier-view.ts';

/**
 * The dossier's overview: unit, system, where it comes from (central, or the province whose PC06
 * forwarded it), status, dates, deadline, holder, version, the A05 confirmation's validity with its
 * flag, and the decisions already taken (approval, connection).
 */
export function DossierFacts({ dossier: d, userId, provinceName }: { readonly dossier: DossierView; readonly userId: string; readonly provinceName: string | null }) {
  const { t } = useT();
  return (
    <dl className="kn-facts">
      <dt>{t('dossier.unit')}</dt>
      <dd lang="vi">{d.ownerUnitName}</dd>
      <dt>{t('dossier.system')}</dt>
      <dd lang="vi">{d.systemName}</dd>
      <dt>{t('dossier.route')}</dt>
      <dd>{d.route === 'PROVINCIAL' ? t('dossier.route.PROVINCIAL', { province: provinceName ?? d.queueProvinceCode ?? '—' }) : t('dossier.route.NATIONAL')}</dd>
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
      <dd>{d.holderName === null ? t('dossier.holderNone') : d.holderUserId === userId ? `${d.holderName} (${t('dossier.holderMe')})` : d.holderName}</dd>
      <dt>{t('dossier.version')}</dt>
      <dd>{d.version}</dd>
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
    </dl>
  );
}

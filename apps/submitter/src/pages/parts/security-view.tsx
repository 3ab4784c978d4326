import type { SecurityConfirmation } from '@ketnoi/domain';
import { formatDate } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { DocumentReferenceView } from './document-reference-view.tsx';

/** Part 4, read only: the survey's answers and A05's confirmation. */
export function SecurityView({ value }: { readonly value: SecurityConfirmation }) {
  const { t } = useT();
  const yesNo = (b: boolean) => (b ? t('parts.yes') : t('parts.no'));
  const s = value.survey;
  const c = value.confirmation;
  return (
    <>
      <section className="kn-card" aria-labelledby="survey-view-title">
        <h2 id="survey-view-title">{t('parts.survey.title')}</h2>
        {!s ? (
          <p>{t('parts.survey.none')}</p>
        ) : (
          <dl className="kn-facts">
            <dt>{t('parts.survey.informationTypes')}</dt>
            <dd>{s.informationTypes.join('; ') || '—'}</dd>
            <dt>{t('parts.survey.systemType')}</dt>
            <dd>{s.systemType || '—'}</dd>
            <dt>{t('parts.survey.securityLevel')}</dt>
            <dd>{t('system.securityLevelOption', { n: s.securityLevel })}</dd>
            <dt>{t('parts.survey.approvalNumber')}</dt>
            <dd>
              {s.securityLevelApproval.numberAndSymbol || '—'}, {formatDate(s.securityLevelApproval.issuedOn)}
            </dd>
            <dt>{t('parts.survey.hosting')}</dt>
            <dd>{t(`parts.survey.hosting.${s.hosting}`)}</dd>
            <dt>{t('parts.survey.firewall')}</dt>
            <dd>{yesNo(s.network.firewall)}</dd>
            <dt>{t('parts.survey.ips')}</dt>
            <dd>{yesNo(s.network.ips)}</dd>
            <dt>{t('parts.survey.waf')}</dt>
            <dd>{yesNo(s.network.waf)}</dd>
            <dt>{t('parts.survey.malwareProtection')}</dt>
            <dd>{yesNo(s.malwareProtection)}</dd>
            <dt>{t('parts.survey.monitoringSoc')}</dt>
            <dd>{yesNo(s.monitoringSoc)}</dd>
            <dt>{t('parts.survey.loggingEnabled')}</dt>
            <dd>{s.logging.enabled ? t('parts.survey.loggingMonths', { n: s.logging.retentionMonths }) : t('parts.no')}</dd>
            <dt>{t('parts.survey.test')}</dt>
            <dd>{s.lastVulnerabilityTest ? `${t(`parts.survey.test.${s.lastVulnerabilityTest.kind}`)}, ${formatDate(s.lastVulnerabilityTest.on)}` : t('parts.survey.testNone')}</dd>
            <dt>{t('parts.survey.backupEnabled')}</dt>
            <dd>{yesNo(s.backup.enabled)}</dd>
            <dt>{t('parts.survey.backupTested')}</dt>
            <dd>{yesNo(s.backup.tested)}</dd>
            <dt>{t('parts.survey.officer')}</dt>
            <dd>{[s.securityOfficer.name, s.securityOfficer.position, s.securityOfficer.email, s.securityOfficer.phone].filter(Boolean).join(', ') || '—'}</dd>
          </dl>
        )}
      </section>
      <section className="kn-card" aria-labelledby="confirmation-view-title">
        <h2 id="confirmation-view-title">{t('parts.security.confirmationTitle')}</h2>
        <DocumentReferenceView document={c.document}>
          <dt>{t('parts.security.result')}</dt>
          <dd>{c.result ? t(`parts.security.result.${c.result}`) : t('parts.security.resultNone')}</dd>
          <dt>{t('parts.security.validUntil')}</dt>
          <dd>{c.validUntil ? formatDate(c.validUntil) : '—'}</dd>
        </DocumentReferenceView>
      </section>
    </>
  );
}

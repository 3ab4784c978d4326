import type { SecurityConfirmation } from '@ketnoi/domain';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { DocumentView } from './document-view.tsx';

export interface SecurityConfirmationViewProps {
  readonly value: SecurityConfirmation;
  readonly fileHref: (fileId: string) => string;
  readonly headingLevel?: 3 | 4;
}

/**
 * Part 4, read only: the security survey's answers, then A05's confirmation with its PDF. The survey
 * names the security officer: the API gives it to reviewers (an audited read of personal data).
 */
export function SecurityConfirmationView({ value, fileHref, headingLevel = 3 }: SecurityConfirmationViewProps) {
  const { t } = useI18n();
  const Heading = `h${headingLevel}` as const;
  const yesNo = (b: boolean) => (b ? t('review.yes') : t('review.no'));
  const s = value.survey;
  const c = value.confirmation;
  return (
    <>
      <Heading>{t('review.survey.title')}</Heading>
      {!s ? (
        <p>{t('review.survey.none')}</p>
      ) : (
        <dl className="kn-facts">
          <dt>{t('review.survey.informationTypes')}</dt>
          <dd lang="vi">{s.informationTypes.join('; ') || '—'}</dd>
          <dt>{t('review.survey.systemType')}</dt>
          <dd lang="vi">{s.systemType || '—'}</dd>
          <dt>{t('review.survey.securityLevel')}</dt>
          <dd>{t('review.survey.securityLevelValue', { n: s.securityLevel })}</dd>
          <dt>{t('review.survey.approval')}</dt>
          <dd>
            {s.securityLevelApproval.numberAndSymbol || '—'}, {formatDate(s.securityLevelApproval.issuedOn)}
          </dd>
          <dt>{t('review.survey.hosting')}</dt>
          <dd>{t(`review.survey.hosting.${s.hosting}`)}</dd>
          <dt>{t('review.survey.firewall')}</dt>
          <dd>{yesNo(s.network.firewall)}</dd>
          <dt>{t('review.survey.ips')}</dt>
          <dd>{yesNo(s.network.ips)}</dd>
          <dt>{t('review.survey.waf')}</dt>
          <dd>{yesNo(s.network.waf)}</dd>
          <dt>{t('review.survey.malwareProtection')}</dt>
          <dd>{yesNo(s.malwareProtection)}</dd>
          <dt>{t('review.survey.monitoringSoc')}</dt>
          <dd>{yesNo(s.monitoringSoc)}</dd>
          <dt>{t('review.survey.logging')}</dt>
          <dd>{s.logging.enabled ? t('review.survey.loggingMonths', { n: s.logging.retentionMonths }) : t('review.no')}</dd>
          <dt>{t('review.survey.test')}</dt>
          <dd>{s.lastVulnerabilityTest ? `${t(`review.survey.test.${s.lastVulnerabilityTest.kind}`)}, ${formatDate(s.lastVulnerabilityTest.on)}` : t('review.survey.testNone')}</dd>
          <dt>{t('review.survey.backupEnabled')}</dt>
          <dd>{yesNo(s.backup.enabled)}</dd>
          <dt>{t('review.survey.backupTested')}</dt>
          <dd>{yesNo(s.backup.tested)}</dd>
          <dt>{t('review.survey.officer')}</dt>
          <dd lang="vi">{[s.securityOfficer.name, s.securityOfficer.position, s.securityOfficer.email].filter(Boolean).join(', ') || '—'}</dd>
        </dl>
      )}
      <Heading>{t('review.confirmation.title')}</Heading>
      <DocumentView document={c.document} fileHref={fileHref} fileLabel={t('review.doc.confirmationFile')}>
        <dt>{t('review.confirmation.result')}</dt>
        <dd>{c.result ? t(`review.confirmation.result.${c.result}`) : t('review.confirmation.resultNone')}</dd>
        <dt>{t('review.confirmation.validUntil')}</dt>
        <dd>{c.validUntil ? formatDate(c.validUntil) : '—'}</dd>
      </DocumentView>
    </>
  );
}

import type { ServiceRegistration } from '@ketnoi/domain';
import { formatNumber, useI18n } from '../i18n/i18n.tsx';

export interface ServiceRegistrationViewProps {
  readonly value: ServiceRegistration;
  /** The catalogue's name of a service code, when known. */
  readonly serviceName?: (code: string) => string | undefined;
  /** The heading level of each service (the panel's own heading is one above). */
  readonly headingLevel?: 3 | 4;
}

/** Part 3, read only: each registered service with its procedures, purpose, legal basis and volumes. */
export function ServiceRegistrationView({ value, serviceName, headingLevel = 3 }: ServiceRegistrationViewProps) {
  const { t, locale } = useI18n();
  const Heading = `h${headingLevel}` as const;
  if (value.lines.length === 0) return <p>{t('review.services.none')}</p>;
  return (
    <>
      {value.lines.map((line, i) => (
        <div key={`${line.serviceCode}-${i}`} className="kn-review-line">
          <Heading>
            {t('review.services.line', { n: i + 1 })}: {serviceName?.(line.serviceCode) ?? line.serviceCode}
          </Heading>
          <dl className="kn-facts">
            <dt>{t('review.services.service')}</dt>
            <dd className="kn-code">{line.serviceCode}</dd>
            <dt>{t('review.services.procedures')}</dt>
            <dd>
              {line.procedures.length === 0 ? (
                t('review.services.noProcedures')
              ) : (
                <ul className="kn-checklist">
                  {line.procedures.map((p, j) => (
                    <li key={`${p.code}-${j}`}>
                      <span className="kn-code">{p.code}</span> {p.name}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('review.services.purpose')}</dt>
            <dd lang="vi">{line.purpose || '—'}</dd>
            <dt>{t('review.services.legalBasis')}</dt>
            <dd lang="vi">{line.legalBasis || '—'}</dd>
            <dt>{t('review.services.volumePerDay')}</dt>
            <dd>{formatNumber(line.volumePerDay, locale)}</dd>
            <dt>{t('review.services.peakPerSecond')}</dt>
            <dd>{formatNumber(line.peakPerSecond, locale)}</dd>
          </dl>
        </div>
      ))}
    </>
  );
}

import type { ServiceCatalogueEntry, ServiceRegistration } from '@ketnoi/domain';
import { useT } from '../../use-t.ts';
import { formatViNumber } from './whole-number.ts';

/** The service registration, read only. */
export function ServiceRegistrationView({ value, services }: { readonly value: ServiceRegistration; readonly services: readonly ServiceCatalogueEntry[] }) {
  const { t } = useT();
  if (value.lines.length === 0) return <p>{t('parts.services.noLines')}</p>;
  return (
    <>
      {value.lines.map((line, i) => (
        <section key={`${line.serviceCode}-${i}`} className="kn-card" aria-labelledby={`svc-view-${i}`}>
          <h2 id={`svc-view-${i}`}>
            {t('parts.services.line', { n: i + 1 })}: {services.find((s) => s.code === line.serviceCode)?.name ?? line.serviceCode}
          </h2>
          <dl className="kn-facts">
            <dt>{t('parts.services.service')}</dt>
            <dd className="kn-code">{line.serviceCode}</dd>
            <dt>{t('parts.services.procedures')}</dt>
            <dd>
              {line.procedures.length === 0 ? (
                t('parts.services.noProcedures')
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
            <dt>{t('parts.services.purpose')}</dt>
            <dd>{line.purpose || '—'}</dd>
            <dt>{t('parts.services.legalBasis')}</dt>
            <dd>{line.legalBasis || '—'}</dd>
            <dt>{t('parts.services.volumePerDay')}</dt>
            <dd>{formatViNumber(line.volumePerDay)}</dd>
            <dt>{t('parts.services.peakPerSecond')}</dt>
            <dd>{formatViNumber(line.peakPerSecond)}</dd>
          </dl>
        </section>
      ))}
    </>
  );
}

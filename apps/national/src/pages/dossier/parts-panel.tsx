import type { ReactNode } from 'react';
import type { DossierPart } from '@ketnoi/domain';
import { OrgCommitmentView, REVIEW_PARTS, SecurityConfirmationView, ServiceRegistrationView } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { fileHref, SECTION_IDS, type DossierView } from './dossier-view.ts';

/**
 * The four parts, read only, with their documents (PDFs open in a new tab or download) — the shared
 * review panels of packages/ui. The account list is summarised here and shown in full below.
 */
export function PartsPanel({ dossier: d, serviceName }: { readonly dossier: DossierView; readonly serviceName: (code: string) => string | undefined }) {
  const { t } = useT();
  const body: Record<DossierPart, ReactNode> = {
    ORG_COMMITMENT: <OrgCommitmentView value={d.orgCommitment} fileHref={fileHref} />,
    ACCOUNT_LIST: (
      <>
        <p>{t('dossier.parts.accountCount', { n: d.accountCount })}</p>
        <p>
          <a href={`#${SECTION_IDS.accounts}`}>{t('dossier.parts.accountLink')}</a>
        </p>
      </>
    ),
    SERVICE_REGISTRATION: <ServiceRegistrationView value={d.serviceRegistration} serviceName={serviceName} headingLevel={4} />,
    SECURITY_CONFIRMATION: <SecurityConfirmationView value={d.securityConfirmation} fileHref={fileHref} headingLevel={4} />,
  };
  return (
    <section aria-labelledby={SECTION_IDS.parts} className="c06-section">
      <h2 id={SECTION_IDS.parts}>{t('dossier.parts.title')}</h2>
      <div className="c06-parts">
        {REVIEW_PARTS.map((part) => (
          <section key={part} className="kn-card c06-part" aria-labelledby={`part-${part}`}>
            <h3 id={`part-${part}`}>{t(`review.part.${part}`)}</h3>
            {body[part]}
          </section>
        ))}
      </div>
    </section>
  );
}

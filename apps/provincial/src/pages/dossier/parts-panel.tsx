import type { ReactNode } from 'react';
import type { DossierPart } from '@ketnoi/domain';
import { OrgCommitmentView, PartChecklist, REVIEW_PARTS, SecurityConfirmationView, ServiceRegistrationView, type PartReview } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { fileHref, SECTION_IDS, type DossierView } from './dossier-view.ts';

export interface PartsPanelProps {
  readonly dossier: DossierView;
  readonly reviews: Readonly<Record<DossierPart, PartReview>>;
  readonly onReviewChange: (part: DossierPart, next: PartReview) => void;
  readonly serviceName: (code: string) => string | undefined;
}

/**
 * The four parts side by side on a wide screen (stacked on a narrow one), each read only with its
 * review checklist under it. The account list is summarised here and shown in full below (it is wide).
 */
export function PartsPanel({ dossier: d, reviews, onReviewChange, serviceName }: PartsPanelProps) {
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
    <section aria-labelledby={SECTION_IDS.parts} className="pc-section">
      <h2 id={SECTION_IDS.parts}>{t('dossier.parts.title')}</h2>
      <p>{t('dossier.parts.intro')}</p>
      <div className="pc-parts">
        {REVIEW_PARTS.map((part) => (
          <section key={part} className="kn-card pc-part" aria-labelledby={`part-${part}`}>
            <h3 id={`part-${part}`}>{t(`review.part.${part}`)}</h3>
            <div className="pc-part__body">{body[part]}</div>
            <PartChecklist part={part} value={reviews[part]} onChange={(next) => onReviewChange(part, next)} />
          </section>
        ))}
      </div>
    </section>
  );
}

import type { ReactNode } from 'react';
import type { DossierPart } from '@ketnoi/domain';
import { OrgCommitmentView, REVIEW_PARTS, SecurityConfirmationView, ServiceRegistrationView } from '@ketnoi/ui';
import { REVIEW_SECTION_IDS, fileHref, type DossierView } from './dossier-view.ts';
import { useReviewT } from './use-review-t.ts';

export interface PartsPanelProps {
  readonly dossier: DossierView;
  readonly serviceName: (code: string) => string | undefined;
  /** The section's title (each role names it in its own words). */
  readonly title: string;
  /** Said under the title. */
  readonly intro?: ReactNode;
  /** What follows a part's body in its card (PC06: the part's review checklist). */
  readonly partFooter?: (part: DossierPart) => ReactNode;
  /** The app's class prefix: `<prefix>-section`, `<prefix>-parts`, `<prefix>-part`, `<prefix>-part__body`. */
  readonly classPrefix: string;
}

/**
 * The four parts, read only, side by side on a wide screen (stacked on a narrow one), with their
 * documents (PDFs open in a new tab or download) — the shared review panels of packages/ui. The
 * account list is summarised here and shown in full below (it is wide).
 */
export function PartsPanel({ dossier: d, serviceName, title, intro, partFooter, classPrefix: p }: PartsPanelProps) {
  const { t } = useReviewT();
  const body: Record<DossierPart, ReactNode> = {
    ORG_COMMITMENT: <OrgCommitmentView value={d.orgCommitment} fileHref={fileHref} />,
    ACCOUNT_LIST: (
      <>
        <p>{t('dossier.parts.accountCount', { n: d.accountCount })}</p>
        <p>
          <a href={`#${REVIEW_SECTION_IDS.accounts}`}>{t('dossier.parts.accountLink')}</a>
        </p>
      </>
    ),
    SERVICE_REGISTRATION: <ServiceRegistrationView value={d.serviceRegistration} serviceName={serviceName} headingLevel={4} />,
    SECURITY_CONFIRMATION: <SecurityConfirmationView value={d.securityConfirmation} fileHref={fileHref} headingLevel={4} />,
  };
  return (
    <section aria-labelledby={REVIEW_SECTION_IDS.parts} className={`${p}-section`}>
      <h2 id={REVIEW_SECTION_IDS.parts}>{title}</h2>
      {intro}
      <div className={`${p}-parts`}>
        {REVIEW_PARTS.map((part) => (
          <section key={part} className={`kn-card ${p}-part`} aria-labelledby={`part-${part}`}>
            <h3 id={`part-${part}`}>{t(`review.part.${part}`)}</h3>
            <div className={`${p}-part__body`}>{body[part]}</div>
            {partFooter?.(part)}
          </section>
        ))}
      </div>
    </section>
  );
}

/**
 * @ketnoi/review — the data-bound pieces of the reviewer's dossier screen shared by the PC06
 * (apps/provincial) and C06 (apps/national) apps: queries and commands around the presentational
 * review panels of packages/ui.
 */
export { AccountsPanel, ACCOUNT_PAGE_SIZE } from './accounts-panel.tsx';
export { ChangesPanel, type ChangesPanelProps } from './changes-panel.tsx';
export { ClaimPanel, type ClaimPanelProps } from './claim-panel.tsx';
export { DeficienciesView } from './deficiencies-view.tsx';
export { DossierFacts, type DossierFactsProps } from './dossier-facts.tsx';
export { DossierHeading, type DossierHeadingProps } from './dossier-heading.tsx';
export { DossierLoader, type DossierLoaderProps } from './dossier-loader.tsx';
export { REVIEW_SECTION_IDS, fileHref, type AllowedCommand, type DossierView } from './dossier-view.ts';
export { OnThisPage } from './on-this-page.tsx';
export { PartsPanel, type PartsPanelProps } from './parts-panel.tsx';
export { ReviewerQueuePage, type ReviewerQueuePageProps, type ReviewerQueueRow } from './reviewer-queue-page.tsx';
export { reviewScreenMessages, type ReviewScreenMessageKey } from './review-screen-messages.ts';
export { TimelinePanel } from './timeline-panel.tsx';
export { useReviewCommand, type CommandOutcome, type CommandTarget, type ReviewCommandOptions } from './use-review-command.ts';
export { useReviewT, type ReviewHostMessageKey } from './use-review-t.ts';
export { useServiceName } from './use-service-name.ts';

import { REVIEW_SECTION_IDS, type AllowedCommand } from '@ketnoi/review';

export type { AllowedCommand, DossierView } from '@ketnoi/review';

/** Ids of the page's sections, for the "on this page" links: the shared ones and C06's own. */
export const SECTION_IDS = {
  ...REVIEW_SECTION_IDS,
  opinion: 'y-kien-pc06',
  decisions: 'quyet-dinh',
} as const;

/** The decisions C06 takes on a dossier, in the order the page offers them. */
export const DECISIONS = ['APPROVE', 'RETURN', 'REJECT', 'RECORD_CONNECTION', 'SUSPEND', 'RESUME', 'REVOKE'] as const satisfies readonly AllowedCommand[];
export type DecisionCommand = (typeof DECISIONS)[number];

/** Those that cannot be undone: confirmed before they are sent. */
export const IRREVERSIBLE: readonly DecisionCommand[] = ['REJECT', 'REVOKE'];

import { REVIEW_SECTION_IDS } from '@ketnoi/review';

export type { DossierView } from '@ketnoi/review';

/** The supplement-request printout of a returned dossier (apps/server printout-routes.ts). */
export const supplementRequestHref = (dossierId: string): string => `/files/dossiers/${encodeURIComponent(dossierId)}/supplement-request.pdf`;

/** Ids of the page's sections, for the "on this page" links: the shared ones and PC06's own. */
export const SECTION_IDS = {
  ...REVIEW_SECTION_IDS,
  return: 'tra-lai',
  forward: 'chuyen-c06',
} as const;

/** The four parts of a connection dossier after letter 1658/CV-TCTTKĐA (domain.md §1). */
export const DOSSIER_PARTS = ['ORG_COMMITMENT', 'ACCOUNT_LIST', 'SERVICE_REGISTRATION', 'SECURITY_CONFIRMATION'] as const;
export type DossierPart = (typeof DOSSIER_PARTS)[number];

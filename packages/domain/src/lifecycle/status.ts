/** Dossier states (domain.md §4). Final states accept no command. */
export const DOSSIER_STATUSES = [
  'DRAFT',
  'PROVINCIAL_REVIEW',
  'NATIONAL_REVIEW',
  'RETURNED',
  'APPROVED',
  'CONNECTED',
  'SUSPENDED',
  'REJECTED',
  'WITHDRAWN',
  'REVOKED',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const FINAL_STATUSES = ['REJECTED', 'WITHDRAWN', 'REVOKED'] as const satisfies readonly DossierStatus[];

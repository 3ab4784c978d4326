import type { DossierPart } from '@ketnoi/domain';

/**
 * The four parts in the order of letter 1658/CV-TCTTKĐA, as the domain's DOSSIER_PARTS lists them
 * (packages/ui imports only types from the domain; review-parts.test.ts keeps the two equal).
 */
export const REVIEW_PARTS = ['ORG_COMMITMENT', 'ACCOUNT_LIST', 'SERVICE_REGISTRATION', 'SECURITY_CONFIRMATION'] as const satisfies readonly DossierPart[];

export type ChecklistResult = 'OK' | 'NOT_OK';
export type Recommendation = 'APPROVE' | 'REJECT' | 'RETURN';
export const RECOMMENDATION_CHOICES = ['APPROVE', 'RETURN', 'REJECT'] as const satisfies readonly Recommendation[];

/** Roles (domain.md §3). A user has exactly one role and belongs to one unit. */
export const ROLES = ['SUBMITTER', 'PROVINCIAL_REVIEWER', 'NATIONAL_REVIEWER', 'NATIONAL_ADMIN'] as const;
export type Role = (typeof ROLES)[number];

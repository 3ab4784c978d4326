import type { Role } from '@ketnoi/domain';

/**
 * The app's addresses, relative to its base `/c06/` (the router adds it). Pages link with these,
 * never with literal strings, so a route can move in one place.
 */
export const ROUTES = {
  login: '/dang-nhap',
  queue: '/',
  dossier: '/ho-so/:id',
  dashboard: '/tong-quan',
  admin: '/quan-tri',
  adminSection: '/quan-tri/:section',
} as const;

export const dossierPath = (dossierId: string): string => `/ho-so/${encodeURIComponent(dossierId)}`;
export const adminPath = (section: string): string => `/quan-tri/${encodeURIComponent(section)}`;

/** C06 officers decide and watch the country; C06 administrators keep units, users and reference data. */
export const REVIEWER_ROLE: Role = 'NATIONAL_REVIEWER';
export const ADMIN_ROLE: Role = 'NATIONAL_ADMIN';

/** Where each other role works (apps/server/src/web-apps.ts), offered to someone who signs in here by mistake. */
export const HOME_OF_ROLE: Readonly<Partial<Record<Role, string>>> = {
  SUBMITTER: '/don-vi/',
  PROVINCIAL_REVIEWER: '/pc06/',
};

/** The page a role lands on at `/`. */
export const homeOf = (role: Role): string => (role === ADMIN_ROLE ? ROUTES.admin : ROUTES.queue);

import type { Role } from '@ketnoi/domain';

/**
 * The app's addresses, relative to its base `/pc06/` (the router adds it). Pages link with these,
 * never with literal strings, so a route can move in one place.
 */
export const ROUTES = {
  login: '/dang-nhap',
  queue: '/',
  dossier: '/ho-so/:id',
} as const;

export const dossierPath = (dossierId: string): string => `/ho-so/${encodeURIComponent(dossierId)}`;

/** Only PC06 officers use this app; the API refuses other roles anyway (FORBIDDEN_ROLE). */
export const APP_ROLE: Role = 'PROVINCIAL_REVIEWER';

/** Where each other role works (apps/server/src/web-apps.ts), offered to someone who signs in here by mistake. */
export const HOME_OF_ROLE: Readonly<Partial<Record<Role, string>>> = {
  SUBMITTER: '/don-vi/',
  NATIONAL_REVIEWER: '/c06/',
  NATIONAL_ADMIN: '/c06/',
};

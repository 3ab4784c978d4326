import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';

/**
 * One step of a dossier's history as `dossier.timeline` gives it: who by unit and role (never by
 * person), when, and the event's own details (the domain's payload without actor and time).
 */
export type TimelineEntry = inferRouterOutputs<AppRouter>['dossier']['timeline'][number];

/** The instant as an ISO string for `<time dateTime>`, whether JSON brought a string or a test a Date. */
export const isoInstant = (at: string | Date): string => {
  const date = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(date.getTime()) ? String(at) : date.toISOString();
};

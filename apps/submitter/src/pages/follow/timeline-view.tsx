import { useId } from 'react';
import { ROLES, type Role } from '@ketnoi/domain';
import { formatDateTime, Link } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { dossierPath } from '../dossier-routes.ts';
import { EventDetails } from './event-details.tsx';
import { isoInstant, type TimelineEntry } from './timeline-entry.ts';

const KNOWN_EVENTS = new Set([
  'CREATED',
  'SUBMITTED',
  'WITHDRAWN',
  'CLAIMED',
  'RELEASED',
  'RETURNED',
  'FORWARDED',
  'REJECTED',
  'APPROVED',
  'RESUBMITTED',
  'CONNECTION_RECORDED',
  'SUSPENDED',
  'RESUMED',
  'REVOKED',
] as const);
type KnownEvent = typeof KNOWN_EVENTS extends Set<infer E> ? E : never;

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);
const isKnown = (type: string): type is KnownEvent => (KNOWN_EVENTS as Set<string>).has(type);

export interface TimelineViewProps {
  readonly dossierId: string;
  readonly code: string;
  /** As the API gives them: oldest first (by sequence number). */
  readonly events: readonly TimelineEntry[];
}

/**
 * The history of a dossier as an ordered list, oldest first so it reads as the story of the
 * procedure; each step says what happened, when (dd/MM/yyyy HH:mm, Vietnam time) and who by unit and role.
 */
export function TimelineView({ dossierId, code, events }: TimelineViewProps) {
  const { t } = useT();
  const captionId = `timeline-${useId().replaceAll(':', '')}`;
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  return (
    <>
      <p>
        <Link to={dossierPath(dossierId)}>{t('follow.backToDossier', { code })}</Link>
      </p>
      <h1>{t('follow.timeline.title', { code })}</h1>
      <h2 id={captionId} className="visually-hidden">
        {t('follow.timeline.caption')}
      </h2>
      {ordered.length === 0 ? (
        <p>{t('follow.timeline.empty')}</p>
      ) : (
        <ol aria-labelledby={captionId}>
          {ordered.map((e) => {
            const version = typeof e.details.version === 'number' ? e.details.version : '';
            return (
              <li key={e.seq} className="kn-card">
                <h3>{isKnown(e.type) ? t(`follow.event.${e.type}`, { version }) : t('follow.event.unknown', { type: e.type })}</h3>
                <p>
                  <time dateTime={isoInstant(e.occurredAt)}>{formatDateTime(e.occurredAt)}</time>
                  {' · '}
                  {t('follow.timeline.by', { unit: e.actorUnitName, role: isRole(e.actorRole) ? t(`follow.role.${e.actorRole}`) : e.actorRole })}
                </p>
                <EventDetails type={e.type} details={e.details} />
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}

import { useId } from 'react';
import { formatDate, formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { knownKey } from './message-key.ts';
import { REVIEW_PARTS } from './review-parts.ts';

/** One step of `dossier.timeline`: who by unit and role (never by person), when, and its own details. */
export interface TimelineEntry {
  readonly seq: number;
  readonly type: string;
  readonly actorRole: string;
  readonly actorUnitName: string;
  readonly occurredAt: string | Date;
  readonly details: Readonly<Record<string, unknown>>;
}

const isoInstant = (at: string | Date): string => {
  const date = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(date.getTime()) ? String(at) : date.toISOString();
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a step carried, read defensively: a payload of another shape shows nothing rather than something wrong. */
function EventDetails({ type, details }: { readonly type: string; readonly details: Readonly<Record<string, unknown>> }) {
  const { t } = useI18n();
  const label = (key: string, fallback: string) => {
    const k = knownKey(key);
    return k ? t(k) : fallback;
  };
  const stage = isRecord(details.stage) && typeof details.stage.dueOn === 'string' ? details.stage.dueOn : null;
  if (type === 'RETURNED' && Array.isArray(details.deficiencies)) {
    const items = details.deficiencies.filter(isRecord);
    return (
      <>
        <p>{t('review.detail.deficiencies')}:</p>
        <ul className="kn-checklist">
          {items.map((d, i) => (
            <li key={i}>
              <strong>{label(`review.part.${String(d.part)}`, String(d.part))}</strong>
              {Array.isArray(d.rows) && d.rows.length > 0 ? ` (${t('review.detail.rows', { rows: d.rows.join(', ') })})` : ''}: <span lang="vi">{String(d.reason ?? '')}</span>
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (type === 'FORWARDED' && isRecord(details.opinion)) {
    const o = details.opinion;
    const checklist = isRecord(o.checklist) ? o.checklist : {};
    return (
      <>
        <dl className="kn-facts">
          <dt>{t('review.detail.recommendation')}</dt>
          <dd>{label(`review.forward.recommendation.${String(o.recommendation)}`, '—')}</dd>
          {typeof o.note === 'string' && o.note ? (
            <>
              <dt>{t('review.detail.note')}</dt>
              <dd lang="vi">{o.note}</dd>
            </>
          ) : null}
          <dt>{t('review.detail.checklist')}</dt>
          <dd>
            <ul className="kn-checklist">
              {REVIEW_PARTS.filter((p) => typeof checklist[p] === 'string').map((p) => (
                <li key={p}>
                  {t(`review.part.${p}`)}: {label(`review.checklist.${String(checklist[p])}`, String(checklist[p]))}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
        {stage ? <p>{t('review.detail.dueOn', { date: formatDate(stage) })}</p> : null}
      </>
    );
  }
  if ((type === 'REJECTED' || type === 'SUSPENDED' || type === 'REVOKED') && typeof details.reason === 'string') {
    return (
      <p>
        {t('review.detail.reason')}: <span lang="vi">{details.reason}</span>
      </p>
    );
  }
  if (type === 'CLAIMED' && details.takenOverFrom) return <p>{t('review.detail.takenOver')}</p>;
  if ((type === 'SUBMITTED' || type === 'RESUBMITTED') && stage) return <p>{t('review.detail.dueOn', { date: formatDate(stage) })}</p>;
  return null;
}

export interface TimelineViewProps {
  /** As the API gives them; shown oldest first so the list reads as the story of the procedure. */
  readonly events: readonly TimelineEntry[];
  /** The level of each step's heading (the panel's heading is one above). */
  readonly headingLevel?: 3 | 4;
}

/** The dossier's history: what happened, when (Vietnam time) and who by unit and role. */
export function TimelineView({ events, headingLevel = 3 }: TimelineViewProps) {
  const { t } = useI18n();
  const captionId = `timeline-${useId().replaceAll(':', '')}`;
  const label = (key: string, fallback: string) => {
    const k = knownKey(key);
    return k ? t(k) : fallback;
  };
  const eventTitle = (e: TimelineEntry) => {
    const k = knownKey(`review.event.${e.type}`);
    return k ? t(k, { version: typeof e.details.version === 'number' ? e.details.version : '' }) : t('review.event.unknown', { type: e.type });
  };
  const Heading = `h${headingLevel}` as const;
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  if (ordered.length === 0) return <p>{t('review.timeline.empty')}</p>;
  return (
    <>
      <p id={captionId} className="visually-hidden">
        {t('review.timeline.caption')}
      </p>
      <ol aria-labelledby={captionId} className="kn-timeline">
        {ordered.map((e) => (
          <li key={e.seq}>
            <Heading>{eventTitle(e)}</Heading>
            <p>
              <time dateTime={isoInstant(e.occurredAt)}>{formatDateTime(e.occurredAt)}</time>
              {' · '}
              {t('review.timeline.by', { unit: e.actorUnitName, role: label(`review.role.${e.actorRole}`, e.actorRole) })}
            </p>
            <EventDetails type={e.type} details={e.details} />
          </li>
        ))}
      </ol>
    </>
  );
}

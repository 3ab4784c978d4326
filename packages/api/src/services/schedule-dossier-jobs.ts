import type { Kysely, Transaction } from 'kysely';
import { loadCalendar, loadPolicy, type Database } from '@ketnoi/db';
import { addCalendarDays, addMonths, reminderOn, type Policy, type SecurityConfirmation, type StageKind, type WorkingCalendar } from '@ketnoi/domain';
import { causeKeys, enqueueJobs, JOB_QUEUES, type JobRequest } from './jobs-outbox.ts';
import { loadParts } from './dossier-content.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** An instant at a local time of a day in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
const localInstant = (day: string, time: string): Date => new Date(`${day}T${time}:00+07:00`);

/** Reminders and warnings go out at the start of the working day; flags just after midnight. */
const MORNING = '08:00';
const AFTER_MIDNIGHT = '00:05';
/** The expiry warning comes this many days before a security confirmation ends (issue 6). */
export const SECURITY_WARNING_DAYS = 30;

/**
 * A review stage's jobs (domain.md §4 "Deadlines"): the reminder on the working day before it is
 * due, and the overdue flag on the first day after. The cause carries the stage and its due date,
 * so a stage that moves on leaves its jobs with nothing to do.
 */
export function stageJobs(dossierId: string, stage: { kind: StageKind; dueOn: string }, calendar: WorkingCalendar): JobRequest[] {
  const payload = { dossierId, stageKind: stage.kind, dueOn: stage.dueOn };
  return [
    { causeKey: causeKeys.reminder(dossierId, stage.kind, stage.dueOn), queue: JOB_QUEUES.reminder, payload, runAt: localInstant(reminderOn(stage.dueOn, calendar), MORNING) },
    { causeKey: causeKeys.overdue(dossierId, stage.kind, stage.dueOn), queue: JOB_QUEUES.overdue, payload, runAt: localInstant(addCalendarDays(stage.dueOn, 1), AFTER_MIDNIGHT) },
  ];
}

/** The expiry warning 30 days before the confirmation ends, and the re-certification flag the day after. */
export function securityJobs(dossierId: string, validUntil: string): JobRequest[] {
  const payload = { dossierId, validUntil };
  return [
    { causeKey: causeKeys.securityWarning(dossierId, validUntil), queue: JOB_QUEUES.securityWarning, payload, runAt: localInstant(addCalendarDays(validUntil, -SECURITY_WARNING_DAYS), MORNING) },
    { causeKey: causeKeys.securityLapse(dossierId, validUntil), queue: JOB_QUEUES.securityLapse, payload, runAt: localInstant(addCalendarDays(validUntil, 1), AFTER_MIDNIGHT) },
  ];
}

/** [policy] A confirmation is valid until the date it states, else confirmationValidityMonths from its issue (domain.md §4). */
export function confirmationValidUntil(confirmation: SecurityConfirmation, policy: Pick<Policy, 'confirmationValidityMonths'>): string | null {
  const stated = confirmation.confirmation.validUntil;
  if (stated) return stated;
  const issuedOn = confirmation.confirmation.document?.issuedOn;
  return issuedOn ? addMonths(issuedOn, policy.confirmationValidityMonths) : null;
}

/** The end of validity of the security confirmation in a dossier's current version, if it has one. */
export async function currentValidUntil(db: Db, dossierId: string, version: number, policy: Pick<Policy, 'confirmationValidityMonths'>): Promise<string | null> {
  const parts = await loadParts(db, dossierId, version);
  return confirmationValidUntil(parts.securityConfirmation, policy);
}

/** A job in the queue for longer than this without finishing is given another round by the sweep. */
const STUCK_AFTER_MS = 24 * 60 * 60 * 1000;

export const STAGE_STATUSES = ['PROVINCIAL_REVIEW', 'NATIONAL_REVIEW'] as const;
/** Security confirmations are watched for connections approved or made (issue 6). */
export const WATCHED_STATUSES = ['APPROVED', 'CONNECTED'] as const;

/**
 * The daily sweep: re-derives every job that should exist from the dossiers as they are now and
 * enqueues the missing ones (the cause keys make the rest no-ops; times of jobs not yet queued are
 * recomputed with today's holiday calendar). It covers a worker that was down, a clock that moved,
 * and dossiers that existed before the jobs did. Jobs moved into the queue more than a day ago and
 * still unfinished (retries exhausted — a mail server down for hours — or lost with a queue) go
 * back to the outbox for another round. Returns the number of jobs requested and revived.
 */
export async function sweepDueJobs(db: Kysely<Database>, now: Date): Promise<number> {
  const revived = await db
    .updateTable('job_outbox')
    .set({ queued_at: null, run_at: now })
    .where('finished_at', 'is', null)
    .where('queued_at', '<', new Date(now.getTime() - STUCK_AFTER_MS).toISOString())
    .executeTakeFirst();
  const calendar = await loadCalendar(db);
  const policy = await loadPolicy(db);
  const jobs: JobRequest[] = [];
  const running = await db
    .selectFrom('dossiers')
    .select(['id', 'stage_kind', 'stage_due_on'])
    .where('status', 'in', STAGE_STATUSES)
    .where('stage_due_on', 'is not', null)
    .where('stage_kind', 'is not', null)
    .execute();
  for (const d of running) jobs.push(...stageJobs(d.id, { kind: d.stage_kind as StageKind, dueOn: d.stage_due_on! }, calendar));
  const watched = await db.selectFrom('dossiers').select(['id', 'version']).where('status', 'in', WATCHED_STATUSES).execute();
  for (const d of watched) {
    const validUntil = await currentValidUntil(db, d.id, d.version, policy);
    if (validUntil) jobs.push(...securityJobs(d.id, validUntil));
  }
  for (let i = 0; i < jobs.length; i += 500) await enqueueJobs(db, jobs.slice(i, i + 500));
  return jobs.length + Number(revived.numUpdatedRows);
}

import { sql, type Kysely, type Transaction } from 'kysely';
import { loadCalendar, loadPolicy, type Database } from '@ketnoi/db';
import { addCalendarDays, localDate, reminderOn, type StageKind } from '@ketnoi/domain';
import { JOB_QUEUES } from './jobs-outbox.ts';
import { sendingFailure, type Mailer } from './notifications-email.ts';
import { activeHolder, dossierFacts, nationalReviewers, recipientsOf } from './notifications-recipients.ts';
import { storeNotifications, type NotificationDraft } from './notifications-store.ts';
import { escalationText, overdueText, recertificationText, reminderText, securityWarningText, type NotificationKind, type NotificationText } from './notifications-text.ts';
import { currentValidUntil, SECURITY_WARNING_DAYS, STAGE_STATUSES, WATCHED_STATUSES } from './schedule-dossier-jobs.ts';

export interface JobDeps {
  readonly db: Kysely<Database>;
  /** The clock: what is due and what "today" is (tests move it; nothing here reads the wall clock). */
  readonly now: () => Date;
  /** SMTP, or null: emails are then kept in the outbox for the administrator. */
  readonly mailer: Mailer | null;
}

/**
 * What a job did. `ALREADY_DONE`: its cause was handled before (a second delivery does nothing);
 * `REARMED`: not due yet by today's calendar, put back in the outbox for the right time. The
 * others say why nothing was needed (`STAGE_MOVED_ON`, `CONFIRMATION_CHANGED`, …) or what was done.
 */
export type JobOutcome = string;

type Trx = Transaction<Database>;
const localInstant = (day: string, time: string): Date => new Date(`${day}T${time}:00+07:00`);

/**
 * Runs the job of one cause. Each handler decides from the database as it is now, in one
 * transaction with the outbox row locked and then marked finished: a job delivered twice (two
 * workers, a retry after a crash) has its effect once, and a job whose dossier has moved on does
 * nothing. Throws to have the queue retry it later (with backoff).
 */
export async function handleJob(deps: JobDeps, causeKey: string): Promise<JobOutcome> {
  const job = await deps.db.selectFrom('job_outbox').select(['queue', 'payload', 'finished_at']).where('cause_key', '=', causeKey).executeTakeFirst();
  if (!job) return 'UNKNOWN_CAUSE';
  if (job.finished_at !== null) return 'ALREADY_DONE';
  if (job.queue === JOB_QUEUES.email) return sendEmail(deps, causeKey, job.payload as { emailId: string });
  return deps.db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('job_outbox').select(['finished_at']).where('cause_key', '=', causeKey).forUpdate().executeTakeFirst();
    if (!locked || locked.finished_at !== null) return 'ALREADY_DONE';
    const now = deps.now();
    const run = HANDLERS[job.queue];
    const result = run ? await run(trx, job.payload as never, causeKey, now) : { outcome: 'UNKNOWN_QUEUE' };
    if ('rearmAt' in result) {
      await trx.updateTable('job_outbox').set({ queued_at: null, run_at: result.rearmAt, outcome: 'REARMED' }).where('cause_key', '=', causeKey).execute();
      return 'REARMED';
    }
    await trx.updateTable('job_outbox').set({ finished_at: now, outcome: result.outcome }).where('cause_key', '=', causeKey).execute();
    return result.outcome;
  });
}

type Result = { outcome: string } | { rearmAt: Date };
type Handler = (trx: Trx, payload: never, causeKey: string, now: Date) => Promise<Result>;

interface StagePayload {
  readonly dossierId: string;
  readonly stageKind: StageKind;
  readonly dueOn: string;
}
interface SecurityPayload {
  readonly dossierId: string;
  readonly validUntil: string;
}

/** The stage is still the one the job was made for: same kind, same due date, still in review. */
async function stageStillRunning(trx: Trx, p: StagePayload): Promise<boolean> {
  const d = await trx.selectFrom('dossiers').select(['status', 'stage_kind', 'stage_due_on']).where('id', '=', p.dossierId).executeTakeFirst();
  return d !== undefined && (STAGE_STATUSES as readonly string[]).includes(d.status) && d.stage_kind === p.stageKind && d.stage_due_on === p.dueOn;
}

/** The reviewers of a running stage: the holder of the claim, else every reviewer who may take it. */
async function stageReviewers(trx: Trx, p: StagePayload): Promise<string[]> {
  const holder = await activeHolder(trx, p.dossierId);
  if (holder) return [holder];
  return recipientsOf(trx, p.dossierId, [p.stageKind === 'PROVINCIAL' ? 'PROVINCE' : 'NATIONAL']);
}

async function notify(trx: Trx, now: Date, dossierId: string, causeKey: string, kind: NotificationKind, recipients: readonly string[], t: NotificationText): Promise<number> {
  const drafts: NotificationDraft[] = recipients.map((recipientUserId) => ({ recipientUserId, dossierId, kind, causeKey, ...t }));
  return storeNotifications(trx, drafts, now);
}

async function raiseFlag(trx: Trx, dossierId: string, kind: 'STAGE_OVERDUE' | 'RECERTIFICATION_DUE', subject: string, now: Date): Promise<void> {
  await trx.insertInto('dossier_flags').values({ dossier_id: dossierId, kind, subject, raised_at: now }).onConflict((oc) => oc.columns(['dossier_id', 'kind', 'subject']).doNothing()).execute();
}

const reminder: Handler = async (trx, p: StagePayload, causeKey, now) => {
  if (!(await stageStillRunning(trx, p))) return { outcome: 'STAGE_MOVED_ON' };
  const calendar = await loadCalendar(trx);
  const today = localDate(now.toISOString());
  const from = reminderOn(p.dueOn, calendar);
  if (today < from) return { rearmAt: localInstant(from, '08:00') };
  if (today > p.dueOn) return { outcome: 'TOO_LATE' };
  const facts = (await dossierFacts(trx, p.dossierId))!;
  const n = await notify(trx, now, p.dossierId, causeKey, 'DEADLINE_REMINDER', await stageReviewers(trx, p), reminderText(facts, p.stageKind, p.dueOn));
  return { outcome: `REMINDED ${n}` };
};

const overdue: Handler = async (trx, p: StagePayload, causeKey, now) => {
  if (!(await stageStillRunning(trx, p))) return { outcome: 'STAGE_MOVED_ON' };
  const today = localDate(now.toISOString());
  if (today <= p.dueOn) return { rearmAt: localInstant(addCalendarDays(p.dueOn, 1), '00:05') };
  await raiseFlag(trx, p.dossierId, 'STAGE_OVERDUE', `${p.stageKind}:${p.dueOn}`, now);
  const facts = (await dossierFacts(trx, p.dossierId))!;
  let n = await notify(trx, now, p.dossierId, causeKey, 'STAGE_OVERDUE', await stageReviewers(trx, p), overdueText(facts, p.stageKind, p.dueOn));
  // issue 6: a PC06 stage overdue is escalated to C06.
  if (p.stageKind === 'PROVINCIAL') n += await notify(trx, now, p.dossierId, causeKey, 'OVERDUE_ESCALATION', await nationalReviewers(trx), escalationText(facts, p.dueOn));
  return { outcome: `FLAGGED ${n}` };
};

/** The confirmation watched is still the dossier's, and the dossier is still approved or connected. */
async function confirmationStillWatched(trx: Trx, p: SecurityPayload): Promise<string | null> {
  const d = await trx.selectFrom('dossiers').select(['status', 'version']).where('id', '=', p.dossierId).executeTakeFirst();
  if (!d || !(WATCHED_STATUSES as readonly string[]).includes(d.status)) return 'STATUS_MOVED_ON';
  const validUntil = await currentValidUntil(trx, p.dossierId, d.version, await loadPolicy(trx));
  return validUntil === p.validUntil ? null : 'CONFIRMATION_CHANGED';
}

const concerned = (trx: Trx, dossierId: string) => recipientsOf(trx, dossierId, ['UNIT', 'PROVINCE', 'NATIONAL']);

const securityWarning: Handler = async (trx, p: SecurityPayload, causeKey, now) => {
  const stale = await confirmationStillWatched(trx, p);
  if (stale) return { outcome: stale };
  const today = localDate(now.toISOString());
  const from = addCalendarDays(p.validUntil, -SECURITY_WARNING_DAYS);
  if (today < from) return { rearmAt: localInstant(from, '08:00') };
  if (today > p.validUntil) return { outcome: 'TOO_LATE' };
  const facts = (await dossierFacts(trx, p.dossierId))!;
  const n = await notify(trx, now, p.dossierId, causeKey, 'SECURITY_EXPIRY_WARNING', await concerned(trx, p.dossierId), securityWarningText(facts, p.validUntil));
  return { outcome: `WARNED ${n}` };
};

const securityLapse: Handler = async (trx, p: SecurityPayload, causeKey, now) => {
  const stale = await confirmationStillWatched(trx, p);
  if (stale) return { outcome: stale };
  const today = localDate(now.toISOString());
  if (today <= p.validUntil) return { rearmAt: localInstant(addCalendarDays(p.validUntil, 1), '00:05') };
  await raiseFlag(trx, p.dossierId, 'RECERTIFICATION_DUE', p.validUntil, now);
  const facts = (await dossierFacts(trx, p.dossierId))!;
  const n = await notify(trx, now, p.dossierId, causeKey, 'RECERTIFICATION_DUE', await concerned(trx, p.dossierId), recertificationText(facts, p.validUntil));
  return { outcome: `FLAGGED ${n}` };
};

const HANDLERS: Readonly<Record<string, Handler>> = {
  [JOB_QUEUES.reminder]: reminder,
  [JOB_QUEUES.overdue]: overdue,
  [JOB_QUEUES.securityWarning]: securityWarning,
  [JOB_QUEUES.securityLapse]: securityLapse,
};

/**
 * Sends one email, or keeps it when SMTP is not configured. No transaction is held while the mail
 * server answers; a failure is counted on the email (code only) and thrown, so the queue retries.
 */
async function sendEmail(deps: JobDeps, causeKey: string, payload: { emailId: string }): Promise<JobOutcome> {
  const { db } = deps;
  const finish = (outcome: string) => db.updateTable('job_outbox').set({ finished_at: deps.now(), outcome }).where('cause_key', '=', causeKey).where('finished_at', 'is', null).execute();
  const email = await db.selectFrom('email_outbox').select(['id', 'to_address', 'subject', 'body', 'status']).where('id', '=', payload.emailId).executeTakeFirst();
  if (!email || email.status !== 'PENDING') {
    await finish('ALREADY_DONE');
    return 'ALREADY_DONE';
  }
  if (!deps.mailer) {
    await db.updateTable('email_outbox').set({ status: 'KEPT' }).where('id', '=', email.id).where('status', '=', 'PENDING').execute();
    await finish('KEPT');
    return 'KEPT';
  }
  await db.updateTable('email_outbox').set({ attempts: sql`attempts + 1` }).where('id', '=', email.id).execute();
  try {
    await deps.mailer.send({ to: email.to_address, subject: email.subject, text: email.body, messageId: `<${email.id}@ketnoi>` });
  } catch (e) {
    await db.updateTable('email_outbox').set({ last_error: sendingFailure(e) }).where('id', '=', email.id).execute();
    throw new Error(`email not sent (${sendingFailure(e)})`);
  }
  await db.updateTable('email_outbox').set({ status: 'SENT', sent_at: deps.now(), last_error: null }).where('id', '=', email.id).execute();
  await finish('SENT');
  return 'SENT';
}

import type { Kysely, Transaction } from 'kysely';
import type { Database, JsonValue } from '@ketnoi/db';

/**
 * The queues of ketnoi's background jobs (pg-boss queue names). Each row of `job_outbox` names one;
 * the worker moves due rows into that queue and its handler runs them (jobs-handlers.ts).
 */
export const JOB_QUEUES = {
  reminder: 'ketnoi-deadline-reminder',
  overdue: 'ketnoi-stage-overdue',
  securityWarning: 'ketnoi-security-expiry-warning',
  securityLapse: 'ketnoi-security-lapse',
  email: 'ketnoi-email',
  sweep: 'ketnoi-daily-sweep',
} as const;
export type JobQueue = (typeof JOB_QUEUES)[keyof typeof JOB_QUEUES];

/** One cause, one key: the same cause enqueued twice (a retry, the daily sweep) is one job. */
export const causeKeys = {
  reminder: (dossierId: string, stageKind: string, dueOn: string) => `reminder:${dossierId}:${stageKind}:${dueOn}`,
  overdue: (dossierId: string, stageKind: string, dueOn: string) => `overdue:${dossierId}:${stageKind}:${dueOn}`,
  securityWarning: (dossierId: string, validUntil: string) => `security-warning:${dossierId}:${validUntil}`,
  securityLapse: (dossierId: string, validUntil: string) => `security-lapse:${dossierId}:${validUntil}`,
  email: (emailId: string) => `email:${emailId}`,
  transition: (dossierId: string, revision: number) => `transition:${dossierId}:${revision}`,
} as const;

export interface JobRequest {
  readonly causeKey: string;
  readonly queue: JobQueue;
  readonly payload: { readonly [key: string]: JsonValue };
  /** When it may run: the worker moves it into the queue once `now()` has reached it. */
  readonly runAt: Date;
}

/**
 * Writes jobs in the caller's transaction (a rolled-back change leaves none). A job whose cause is
 * already known keeps its row; only a job not yet moved into the queue takes the new run time, so
 * the daily sweep can re-derive times after a change of the holiday calendar.
 */
export async function enqueueJobs(trx: Transaction<Database> | Kysely<Database>, jobs: readonly JobRequest[]): Promise<void> {
  // One statement may not update a row twice: the last request for a cause wins.
  const unique = [...new Map(jobs.map((j) => [j.causeKey, j])).values()];
  if (unique.length === 0) return;
  await trx
    .insertInto('job_outbox')
    .values(unique.map((j) => ({ cause_key: j.causeKey, queue: j.queue, payload: JSON.stringify(j.payload), run_at: j.runAt })))
    .onConflict((oc) =>
      oc
        .column('cause_key')
        .doUpdateSet((eb) => ({ run_at: eb.ref('excluded.run_at') }))
        .where('job_outbox.queued_at', 'is', null)
        .where('job_outbox.finished_at', 'is', null),
    )
    .execute();
}

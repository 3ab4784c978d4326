import PgBoss from 'pg-boss';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import { handleJob, type JobDeps } from './jobs-handlers.ts';
import { JOB_QUEUES } from './jobs-outbox.ts';
import { jobIdOf, pgBossExecutor, transactionExecutor, type SimpleQueryRunner } from './jobs-pgboss-db.ts';
import type { Mailer } from './notifications-email.ts';
import { sweepDueJobs } from './schedule-dossier-jobs.ts';
import { purgeAuthRecords } from './purge-auth-records.ts';

export interface JobWorkerOptions {
  readonly db: Kysely<Database>;
  /** The embedded database (PGlite) when that is what `db` runs on: pg-boss's schema scripts need its `exec`. */
  readonly embedded?: SimpleQueryRunner;
  readonly now: () => Date;
  /** SMTP, or null to keep emails in the outbox. */
  readonly mailer: Mailer | null;
  /** How often each queue is polled (pg-boss: at least 0.5 s). Default 2 s. */
  readonly pollingIntervalSeconds?: number;
  /** How often due outbox rows are moved into the queue. Default 5 s. */
  readonly relayIntervalMs?: number;
  /** First retry after this many seconds, doubling (pg-boss backoff). Default 30 s. */
  readonly retryDelaySeconds?: number;
  /** Cron of the daily sweep in Asia/Ho_Chi_Minh; null runs no cron (tests call `sweep()`). Default 00:10. */
  readonly sweepCron?: string | null;
  /** Whether to poll the queues at all (false: `drain()` only, for tests and tools). Default true. */
  readonly poll?: boolean;
  readonly log?: (level: 'debug' | 'info' | 'warn' | 'error', message: string, details?: Record<string, unknown>) => void;
}

export interface JobWorker {
  /** Moves the outbox rows due by `now()` into the queue, in one transaction with their marking. */
  relayDue(): Promise<number>;
  /** Re-derives the jobs that should exist (the daily sweep), then relays what is due. */
  sweep(): Promise<number>;
  /** Relays, then fetches and runs every job ready in the queues until none is left (tests, tools). */
  drain(): Promise<number>;
  /** Readiness: the queue answers and the relay has run recently. */
  check(): Promise<void>;
  /** For metrics: outbox rows by state (scheduled, due, in the queue) and queue jobs by pg-boss state. */
  stats(): Promise<JobStats>;
  /** Stops polling, waits for the jobs in hand, and lets go of pg-boss (the database stays open). */
  stop(): Promise<void>;
  readonly boss: PgBoss;
}

export interface JobStats {
  readonly outbox: { readonly scheduled: number; readonly due: number; readonly queued: number };
  /** pg-boss states (created, retry, active, completed, failed, …) of ketnoi's jobs still in its job table. */
  readonly queue: Readonly<Record<string, number>>;
}

const HANDLED_QUEUES = [JOB_QUEUES.reminder, JOB_QUEUES.overdue, JOB_QUEUES.securityWarning, JOB_QUEUES.securityLapse, JOB_QUEUES.email] as const;

/**
 * ketnoi's background worker (issue 6): pg-boss on the application's own database (PostgreSQL, or
 * the embedded PGlite through the same Kysely session), fed by the transactional outbox.
 *
 * Why an outbox in front of pg-boss: a change writes its jobs into `job_outbox` in its own
 * transaction, a plain insert in ketnoi's schema, so the API needs no queue at all to run (CLI,
 * tests, a server without the worker) and nothing in a command's transaction touches pg-boss (on
 * PGlite a query outside that transaction would hang it). The cause key is the outbox's primary
 * key and outlives pg-boss's retention, so the daily sweep may enqueue the same cause any number
 * of times. Rows move into pg-boss only when due (`run_at <= now()`): far-off jobs — an expiry
 * warning two years ahead — never wait in pg-boss, whose unstarted jobs expire after 14 days. The
 * move and its marking are one transaction (FOR UPDATE SKIP LOCKED: several processes share the
 * work), with a job id derived from the cause, so a row moved twice is one pg-boss job.
 */
export async function startJobWorker(options: JobWorkerOptions): Promise<JobWorker> {
  const { db, now } = options;
  const log = options.log ?? (() => undefined);
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const relayIntervalMs = options.relayIntervalMs ?? 5000;
  const deps: JobDeps = { db, now, mailer: options.mailer };
  const boss = new PgBoss({
    db: pgBossExecutor(db, options.embedded),
    schema: 'pgboss',
    migrate: true,
    supervise: true,
    schedule: options.sweepCron !== null,
    maintenanceIntervalSeconds: 300,
  } as PgBoss.ConstructorOptions);
  boss.on('error', (e: Error) => log('error', 'job queue error', { error: e.message }));
  await boss.start();
  const queueOptions = { retryLimit: 6, retryDelay: options.retryDelaySeconds ?? 30, retryBackoff: true, expireInSeconds: 15 * 60 };
  // Created once; the settings of the process that starts last apply (a changed retry policy takes effect).
  for (const name of [...HANDLED_QUEUES, JOB_QUEUES.sweep]) {
    await boss.createQueue(name, { name, policy: 'standard', ...queueOptions });
    await boss.updateQueue(name, { name, policy: 'standard', ...queueOptions });
  }

  const workerIds = new Map<string, string>();
  const relayDue = async (): Promise<number> =>
    db.transaction().execute(async (trx) => {
      const at = now();
      const due = await trx
        .selectFrom('job_outbox')
        .select(['cause_key', 'queue', 'run_at'])
        .where('queued_at', 'is', null)
        .where('finished_at', 'is', null)
        .where('run_at', '<=', at.toISOString())
        .orderBy('run_at')
        .limit(200)
        .forUpdate()
        .skipLocked()
        .execute();
      if (due.length === 0) return [];
      const executor = transactionExecutor(trx);
      for (const job of due) {
        await boss.send(job.queue, { causeKey: job.cause_key }, { id: jobIdOf(job.cause_key, new Date(job.run_at)), db: executor } as PgBoss.SendOptions);
      }
      await trx.updateTable('job_outbox').set({ queued_at: at }).where('cause_key', 'in', due.map((j) => j.cause_key)).execute();
      return due;
    }).then((due) => {
      // Committed: wake this process's workers of those queues instead of waiting for their next poll.
      for (const queue of new Set(due.map((j) => j.queue))) {
        const workerId = workerIds.get(queue);
        if (workerId) boss.notifyWorker(workerId);
      }
      return due.length;
    });

  const sweep = async (): Promise<number> => {
    const at = now();
    const n = await sweepDueJobs(db, at);
    await purgeAuthRecords(db, at);
    await relayDue();
    return n;
  };

  const run = async (queue: string, data: unknown): Promise<void> => {
    if (queue === JOB_QUEUES.sweep) {
      await sweep();
      return;
    }
    const causeKey = (data as { causeKey?: unknown } | null)?.causeKey;
    if (typeof causeKey !== 'string') return;
    const outcome = await handleJob(deps, causeKey);
    // One line per job at debug: the demo seed alone sends dozens of emails at start-up.
    log('debug', 'job done', { queue, outcome });
  };

  let lastRelayOk = Date.now();
  let stopping = false;
  let relayTimer: NodeJS.Timeout | undefined;
  let relaying: Promise<unknown> = Promise.resolve();
  const relayLoop = () => {
    if (stopping) return;
    relaying = relayDue()
      .then(() => {
        lastRelayOk = Date.now();
      })
      .catch((e: unknown) => log('warn', 'job relay failed', { error: e instanceof Error ? e.message : String(e) }))
      .finally(() => {
        if (!stopping) relayTimer = setTimeout(relayLoop, relayIntervalMs);
      });
  };

  if (options.poll !== false) {
    for (const name of [...HANDLED_QUEUES, JOB_QUEUES.sweep]) {
      // A batch per poll, each job settled on its own: one failure is retried alone (pg-boss then
      // completes the rest of the batch, still active).
      const workerId = await boss.work(name, { pollingIntervalSeconds, batchSize: 20 }, async (jobs: PgBoss.Job<unknown>[]) => {
        for (const job of jobs) {
          try {
            await run(name, job.data);
          } catch (e) {
            log('warn', 'job failed, will retry', { queue: name, error: e instanceof Error ? e.message : String(e) });
            await boss.fail(name, job.id, { message: e instanceof Error ? e.message : String(e) });
          }
        }
      });
      workerIds.set(name, workerId);
    }
    if (options.sweepCron !== null) await boss.schedule(JOB_QUEUES.sweep, options.sweepCron ?? '10 0 * * *', {}, { tz: 'Asia/Ho_Chi_Minh' });
    // A restart may have missed a day: sweep once now, in the background, then relay on a timer.
    relaying = sweep()
      .catch((e: unknown) => log('warn', 'job sweep failed', { error: e instanceof Error ? e.message : String(e) }))
      .finally(() => {
        if (!stopping) relayTimer = setTimeout(relayLoop, relayIntervalMs);
      });
  }

  const drain = async (): Promise<number> => {
    let handled = 0;
    for (let round = 0; round < 100; round++) {
      await relayDue();
      let found = 0;
      for (const name of [...HANDLED_QUEUES, JOB_QUEUES.sweep]) {
        for (const job of await boss.fetch(name, { batchSize: 50 })) {
          found++;
          try {
            await run(name, job.data);
            await boss.complete(name, job.id);
          } catch (e) {
            await boss.fail(name, job.id, { message: e instanceof Error ? e.message : String(e) });
          }
        }
      }
      handled += found;
      if (found === 0) return handled;
    }
    return handled;
  };

  return {
    boss,
    relayDue,
    sweep,
    drain,
    async check() {
      if (stopping) throw new Error('job worker stopped');
      await boss.getQueueSize(JOB_QUEUES.reminder);
      if (options.poll !== false && Date.now() - lastRelayOk > Math.max(60_000, relayIntervalMs * 10)) throw new Error('job relay has not run recently');
    },
    async stats() {
      const at = now().toISOString();
      const outbox = await db
        .selectFrom('job_outbox')
        .select((eb) => [
          eb.fn.countAll<number>().filterWhere(eb.and([eb('queued_at', 'is', null), eb('run_at', '>', at)])).as('scheduled'),
          eb.fn.countAll<number>().filterWhere(eb.and([eb('queued_at', 'is', null), eb('run_at', '<=', at)])).as('due'),
          eb.fn.countAll<number>().filterWhere(eb.and([eb('queued_at', 'is not', null), eb('finished_at', 'is', null)])).as('queued'),
        ])
        .where('finished_at', 'is', null)
        .executeTakeFirstOrThrow();
      const { rows } = await sql<{ state: string; n: number }>`SELECT state::text AS state, count(*)::int AS n FROM pgboss.job WHERE name LIKE 'ketnoi-%' GROUP BY state`.execute(db);
      return {
        outbox: { scheduled: Number(outbox.scheduled), due: Number(outbox.due), queued: Number(outbox.queued) },
        queue: Object.fromEntries(rows.map((r) => [r.state, Number(r.n)])),
      };
    },
    async stop() {
      stopping = true;
      if (relayTimer) clearTimeout(relayTimer);
      await relaying;
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
      options.mailer?.close();
    },
  };
}

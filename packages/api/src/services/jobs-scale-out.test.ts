import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { createPostgresDatabase, type DatabaseHandle } from '@ketnoi/db';
import { openWorld, type World } from '../testing/world.ts';
import { startJobWorker, type JobWorker } from './jobs-worker.ts';
import { smtpMailer } from './notifications-email.ts';
import { storeNotifications } from './notifications-store.ts';

/**
 * Scale-out (issue 6): two worker processes' worth of pg-boss — each with its own connection pool,
 * polling and relaying on its own timer — against one PostgreSQL run every job once. Sending an
 * email is not idempotent, so a job run twice would show as a second message at the mail server.
 */
describe.skipIf(!process.env.KETNOI_TEST_PG_URL)('two workers on one PostgreSQL', () => {
  let w: World;
  const pools: DatabaseHandle[] = [];
  const workers: JobWorker[] = [];
  let server: SMTPServer;
  const received: string[] = [];

  beforeAll(async () => {
    w = await openWorld('postgres');
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
        stream.on('end', () => {
          received.push(/^Message-ID: (.*)$/im.exec(raw)?.[1]?.trim() ?? '?');
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as { port: number }).port;
    // The demo's emails first go out (to this same server) before the count starts.
    for (let i = 0; i < 2; i++) {
      const pool = createPostgresDatabase(w.url!, 5);
      pools.push(pool);
      workers.push(await startJobWorker({ db: pool.db, now: w.now, mailer: smtpMailer(`smtp://127.0.0.1:${port}`), sweepCron: null, pollingIntervalSeconds: 0.5, relayIntervalMs: 50 }));
    }
  });
  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    for (const pool of pools) await pool.close();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await w?.close();
  });

  const pending = async () => Number((await w.db.selectFrom('email_outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'PENDING').executeTakeFirstOrThrow()).n);

  it('sends each email exactly once', async () => {
    await vi.waitFor(async () => expect(await pending()).toBe(0), { timeout: 15_000, interval: 100 });
    const demoEmails = received.length;
    const users = await w.db.selectFrom('users').select('id').where('email', 'is not', null).execute();
    // 40 notifications (and emails) at once, in one transaction.
    await w.db.transaction().execute((trx) =>
      storeNotifications(
        trx,
        Array.from({ length: 40 }, (_, i) => ({ recipientUserId: users[i % users.length]!.id, dossierId: null, kind: 'RESUMED' as const, causeKey: `scale-out:${i}`, title: `Thử ${i}`, body: 'Thử.' })),
        w.now(),
      ),
    );
    await vi.waitFor(async () => expect(await pending()).toBe(0), { timeout: 15_000, interval: 100 });
    expect(received.length - demoEmails).toBe(40);
    expect(new Set(received).size).toBe(received.length);
    // pg-boss holds exactly one job per email, each completed once.
    const jobs = await sql<{ n: number; completed: number; retried: number }>`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE state = 'completed')::int AS completed, count(*) FILTER (WHERE retry_count > 0)::int AS retried
      FROM (SELECT state, retry_count FROM pgboss.job WHERE name = 'ketnoi-email' UNION ALL SELECT state, retry_count FROM pgboss.archive WHERE name = 'ketnoi-email') j`.execute(w.db);
    const emails = Number((await w.db.selectFrom('email_outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(jobs.rows[0]).toEqual({ n: emails, completed: emails, retried: 0 });
    const outbox = await w.db.selectFrom('job_outbox').select(['outcome']).where('queue', '=', 'ketnoi-email').execute();
    expect(outbox).toHaveLength(emails);
    expect(outbox.every((o) => o.outcome === 'SENT')).toBe(true);
  });
});

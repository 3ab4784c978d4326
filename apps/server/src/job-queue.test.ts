import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { startJobWorker, type JobWorker } from '@ketnoi/api';
import { buildApp } from './app.ts';
import { jobQueueCollector } from './job-queue-metrics.ts';

/** The job queue as server.ts wires it: a /ready check and two gauges on /metrics (issue 6). */
describe.each(testDatabases())('job queue in the server on %s', (kind) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let worker: JobWorker | null = null;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    const now = () => new Date('2026-11-25T02:00:00Z');
    app = await buildApp({
      db: t.db,
      now,
      sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies',
      readinessChecks: [{ name: 'job-queue', check: () => (worker ? worker.check() : Promise.reject(new Error('not started'))) }],
      metricsCollectors: [jobQueueCollector(() => worker)],
    });
    worker = await startJobWorker({ db: t.db, ...(t.pglite ? { embedded: t.pglite } : {}), now, mailer: null, sweepCron: null, relayIntervalMs: 100 });
  });
  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await t?.close();
  });

  it('is ready while the worker runs, shows the queue on /metrics, and not ready once it stops', async () => {
    expect((await app.inject('/ready')).json()).toEqual({ status: 'ready' });
    await t.db.insertInto('job_outbox').values({ cause_key: 'test:later', queue: 'ketnoi-email', payload: JSON.stringify({ emailId: '00000000-0000-4000-8000-000000000000' }), run_at: '2027-01-01T00:00:00Z' }).execute();
    const metrics = (await app.inject('/metrics')).body;
    expect(metrics).toContain('ketnoi_job_outbox{state="scheduled"} 1');
    expect(metrics).toContain('ketnoi_job_outbox{state="due"} 0');
    await worker!.stop();
    const res = await app.inject('/ready');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable', failed: ['job-queue'] });
  });
});

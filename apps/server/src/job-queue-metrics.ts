import { Gauge, type Registry } from 'prom-client';
import type { JobWorker } from '@ketnoi/api';

type Stats = Awaited<ReturnType<JobWorker['stats']>>;

/**
 * Gauges of the background jobs (issue 6), read at each scrape: outbox rows scheduled, due and in
 * the queue (`ketnoi_job_outbox{state}`), and the queue's jobs by pg-boss state, failures included
 * (`ketnoi_job_queue_jobs{state}`). One read of the database serves both gauges of a scrape.
 */
export function jobQueueCollector(workerOf: () => JobWorker | null) {
  let shared: { at: number; stats: Promise<Stats | null> } | null = null;
  const stats = (): Promise<Stats | null> => {
    if (!shared || Date.now() - shared.at > 1000) {
      const worker = workerOf();
      shared = { at: Date.now(), stats: worker ? worker.stats().catch(() => null) : Promise.resolve(null) };
    }
    return shared.stats;
  };
  return (registry: Registry): void => {
    new Gauge({
      name: 'ketnoi_job_outbox',
      help: 'Background jobs in the outbox by state (scheduled, due, queued)',
      labelNames: ['state'],
      registers: [registry],
      async collect() {
        const s = await stats();
        this.reset();
        if (s) for (const [state, n] of Object.entries(s.outbox)) this.set({ state }, n);
      },
    });
    new Gauge({
      name: 'ketnoi_job_queue_jobs',
      help: 'Background jobs in the queue by pg-boss state (created, retry, active, completed, failed)',
      labelNames: ['state'],
      registers: [registry],
      async collect() {
        const s = await stats();
        this.reset();
        if (s) for (const [state, n] of Object.entries(s.queue)) this.set({ state }, n);
      },
    });
  };
}

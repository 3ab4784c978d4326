import { cpus, loadavg } from 'node:os';
import { createPostgresDatabase } from '@ketnoi/db';
import type { Benchmark, BenchContext, BenchReport } from './benchmark.ts';
import { createScratchDatabase } from './lib/database.ts';
import { formatNumber, formatTable } from './lib/table.ts';
import { FULL_SIZE, MEASURED_PROVINCE, QUICK_SIZE, seedNationalScale, type NationalSeed } from './p5/national-seed.ts';
import { measureCases, readCases, type CaseFigures } from './p5/queue-reads.ts';

/** quality.md P5. */
export const P5_AIMS = { maxP99Ms: 50 } as const;

const FULL = { iterations: 200, warmup: 20 };
const QUICK = { iterations: 50, warmup: 5 };

/**
 * P5: the country seeded on PostgreSQL (34 provinces, 20,000 systems and dossiers, 1,000,000 account
 * rows), then every list and queue endpoint through the real router: p50 and p99 per case.
 */
export const p5QueueReads: Benchmark = {
  id: 'p5',
  title: 'P5 — list and queue endpoints at national scale (tRPC router, PostgreSQL)',
  async run(ctx) {
    const size = ctx.settings.quick ? QUICK_SIZE : FULL_SIZE;
    const plan = ctx.settings.quick ? QUICK : FULL;
    const database = await createScratchDatabase();
    ctx.log(`  database ${database.name}`);
    const handle = createPostgresDatabase(database.url, 10);
    try {
      const now = new Date();
      const seed = await seedNationalScale(handle.db, size, now, ctx.log);
      ctx.log(`  seeded in ${seed.seconds.toFixed(1)} s; measuring ${plan.iterations} rounds`);
      const loadBefore = loadavg()[0]!;
      const figures = await measureCases(readCases(handle.db, seed, () => now), { ...plan, log: ctx.log });
      return report(ctx, seed, figures, { loadBefore, loadAfter: loadavg()[0]! });
    } finally {
      await handle.close();
      await database.drop();
    }
  },
};

/** The machine's 1-minute load average around the measurement: p99 on a shared machine follows it. */
export interface MachineLoad {
  readonly loadBefore: number;
  readonly loadAfter: number;
}

export function report(ctx: Pick<BenchContext, 'settings'>, seed: NationalSeed, figures: readonly CaseFigures[], load: MachineLoad | null = null): BenchReport {
  const met = (f: CaseFigures) => f.p99 <= P5_AIMS.maxP99Ms;
  const ms = (v: number) => formatNumber(v, 1);
  const lines = [
    p5QueueReads.title,
    `${seed.provinces} provinces, ${formatNumber(seed.units)} owner units, ${formatNumber(seed.systems)} systems and dossiers, ${formatNumber(seed.accountRows)} account rows (all versions), ${formatNumber(seed.eventRows)} events; seeded in ${seed.seconds.toFixed(1)} s`,
    `PC06 of province ${MEASURED_PROVINCE} (the busiest), C06, and the busiest unit there; ${figures[0]?.calls ?? 0} calls a case, one at a time, round-robin${ctx.settings.quick ? ' (quick mode: indicative only)' : ''}`,
    ...(load ? [`load average (1 min) ${load.loadBefore.toFixed(1)} before, ${load.loadAfter.toFixed(1)} after, on ${cpus().length} CPUs: p99 on a shared machine follows it, p50 much less`] : []),
    '',
    formatTable(
      [
        { title: 'endpoint' },
        { title: 'case' },
        { title: 'answer', align: 'right' },
        { title: 'p50 ms', align: 'right' },
        { title: 'p99 ms', align: 'right' },
        { title: 'max ms', align: 'right' },
        { title: `aim p99 ≤ ${P5_AIMS.maxP99Ms} ms` },
      ],
      figures.map((f) => [f.endpoint, f.what, f.answer, ms(f.p50), ms(f.p99), ms(f.max), met(f) ? 'met' : 'MISSED']),
    ),
    '',
    'answer: items on the page / total (lists), the ALL tab (counts). Through createCaller: input and output schemas, role, jurisdiction and audit included; HTTP and the session lookup are P1\'s.',
  ];
  return {
    text: lines.join('\n'),
    aimsMet: figures.every(met),
    json: { benchmark: 'P5', title: p5QueueReads.title, settings: ctx.settings, aims: P5_AIMS, seed, figures, load },
  };
}

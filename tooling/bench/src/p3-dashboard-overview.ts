import { createPostgresDatabase, migrateToLatest, seedReference } from '@ketnoi/db';
import type { Benchmark, BenchContext, BenchReport } from './benchmark.ts';
import { createScratchDatabase } from './lib/database.ts';
import { formatNumber, formatTable } from './lib/table.ts';
import { measureDashboardOverview, type OverviewMeasurement } from './p3/measure-overview.ts';

/** quality.md P3. */
export const P3_AIMS = { maxP99Ms: 20, minRatioToNaive: 10 } as const;

export const P3_SIZES = {
  full: { dossiers: 100_000, accounts: 1_000_000, fastSamples: 1_000, naiveSamples: 20, warmup: 50 },
  quick: { dossiers: 10_000, accounts: 100_000, fastSamples: 300, naiveSamples: 10, warmup: 20 },
} as const;

/**
 * P3: the national dashboard's overview at 100,000 dossiers / 1,000,000 account rows on
 * PostgreSQL, through the real tRPC router, against the naive GROUP BY in the same run.
 */
export const p3DashboardOverview: Benchmark = {
  id: 'p3',
  title: 'P3 — national dashboard overview (tRPC router, aggregates) vs the naive GROUP BY',
  async run(ctx) {
    const size = ctx.settings.quick ? P3_SIZES.quick : P3_SIZES.full;
    const database = await createScratchDatabase();
    ctx.log(`  database ${database.name}`);
    const handle = createPostgresDatabase(database.url, 4);
    try {
      await migrateToLatest(handle.db);
      await seedReference(handle.db);
      const measured = await measureDashboardOverview(handle.db, { ...size, log: ctx.log });
      return report(ctx, measured);
    } finally {
      await handle.close();
      await database.drop();
    }
  },
};

export function report(ctx: Pick<BenchContext, 'settings'>, m: OverviewMeasurement): BenchReport {
  const ratioP50 = m.naive.p50 / m.router.p50;
  const ratioP99 = m.naive.p99 / m.router.p99;
  const p99Met = m.router.p99 <= P3_AIMS.maxP99Ms;
  const ratioMet = ratioP50 >= P3_AIMS.minRatioToNaive && ratioP99 >= P3_AIMS.minRatioToNaive;
  const ms = (v: number) => formatNumber(v, v < 10 ? 2 : 1);
  const lines = [
    p3DashboardOverview.title,
    `${formatNumber(m.seed.dossiers)} dossiers (${formatNumber(m.seed.dossiers - (m.seed.byStatus.DRAFT ?? 0))} submitted), ${formatNumber(m.seed.accounts)} account rows, ${formatNumber(m.seed.events)} events, ${formatNumber(m.seed.systems)} systems, ${formatNumber(m.seed.units)} units${ctx.settings.quick ? ' (quick mode: indicative only)' : ''}`,
    `seeded in ${formatNumber(m.seedMs / 1000, 1)} s; aggregates rebuilt in ${formatNumber(m.rebuildMs)} ms (${formatNumber(m.aggregateRows.counts)} count rows, ${formatNumber(m.aggregateRows.periods)} period rows)`,
    '',
    formatTable(
      [
        { title: 'case' },
        { title: 'samples', align: 'right' },
        { title: 'p50 ms', align: 'right' },
        { title: 'p99 ms', align: 'right' },
        { title: 'mean ms', align: 'right' },
        { title: 'max ms', align: 'right' },
        { title: 'aim (quality.md P3)' },
      ],
      [
        [
          'national.dashboard.overview via tRPC router (aggregates)',
          formatNumber(m.router.samples),
          ms(m.router.p50),
          ms(m.router.p99),
          ms(m.router.mean),
          ms(m.router.max),
          `p99 ≤ ${P3_AIMS.maxP99Ms} ms ${p99Met ? 'met' : 'MISSED'}`,
        ],
        ['naive GROUP BY over dossiers, account rows, events (baseline)', formatNumber(m.naive.samples), ms(m.naive.p50), ms(m.naive.p99), ms(m.naive.mean), ms(m.naive.max), 'baseline'],
        ['ratio naive / router', '', `${formatNumber(ratioP50, 0)}×`, `${formatNumber(ratioP99, 0)}×`, '', '', `≥ ${P3_AIMS.minRatioToNaive}× ${ratioMet ? 'met' : 'MISSED'}`],
      ],
    ),
    '',
    m.sameAnswer ? 'same answer: the router\'s overview equals the naive one (every figure)' : 'same answer: NO — the aggregates disagree with the naive GROUP BY (aim MISSED)',
    'Both are timed one call at a time on one connection pool (4), interleaved; the overview is 12 months, all of the country.',
  ];
  return {
    text: lines.join('\n'),
    aimsMet: p99Met && ratioMet && m.sameAnswer,
    json: {
      benchmark: 'P3',
      title: p3DashboardOverview.title,
      settings: ctx.settings,
      aims: P3_AIMS,
      seed: m.seed,
      seedMs: m.seedMs,
      rebuildMs: m.rebuildMs,
      aggregateRows: m.aggregateRows,
      router: m.router,
      naive: m.naive,
      ratio: { p50: ratioP50, p99: ratioP99 },
      sameAnswer: m.sameAnswer,
      aimsMet: { p99: p99Met, ratio: ratioMet, sameAnswer: m.sameAnswer },
    },
  };
}

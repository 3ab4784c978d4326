/**
 * P3 measured on one database: the national seed is loaded, the dashboard's aggregates are built
 * by dashboard_rebuild(), then the overview is asked for through the real tRPC router (a C06
 * reviewer's session: role check, input and output schemas) and computed the naive way (GROUP BY
 * over dossiers, account rows and events) in the same run, round-robin so that drift on a shared
 * machine falls on both. Both must give the same overview, or the figures mean nothing.
 */
import { sql, type Kysely } from 'kysely';
import { appRouter, createCallerFactory, dashboardOverviewNaive, rebuildDashboardStats, type SessionUser } from '@ketnoi/api';
import type { Database } from '@ketnoi/db';
import { percentile } from './percentile.ts';
import { seedNationalScale, type NationalSeedReport } from './national-seed.ts';

export interface OverviewOptions {
  readonly dossiers: number;
  readonly accounts: number;
  /** Timed calls of the overview through the router. */
  readonly fastSamples: number;
  /** Timed naive computations (each costs as much as hundreds of overviews). */
  readonly naiveSamples: number;
  /** Untimed calls of each first. */
  readonly warmup: number;
  readonly log: (line: string) => void;
}

export interface Timings {
  readonly samples: number;
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
  readonly max: number;
}

export interface OverviewMeasurement {
  readonly seed: NationalSeedReport;
  readonly seedMs: number;
  readonly rebuildMs: number;
  /** Rows of the aggregate tables the overview reads. */
  readonly aggregateRows: { readonly counts: number; readonly periods: number };
  /** The router's overview and the naive one were the same (deep equality). */
  readonly sameAnswer: boolean;
  readonly router: Timings;
  readonly naive: Timings;
}

/** The end of the seeded data: "today" for the overview (a Wednesday, 09:00 in Hà Nội). */
export const P3_NOW = new Date('2026-11-25T02:00:00.000Z');

export function timings(values: readonly number[]): Timings {
  return {
    samples: values.length,
    p50: percentile(values, 50),
    p99: percentile(values, 99),
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    max: Math.max(...values),
  };
}

/** `db` is migrated and holds the reference data, nothing else. */
export async function measureDashboardOverview(db: Kysely<Database>, options: OverviewOptions): Promise<OverviewMeasurement> {
  const { log } = options;
  log(`  seeding ${options.dossiers.toLocaleString('en-US')} dossiers, about ${options.accounts.toLocaleString('en-US')} account rows`);
  let started = performance.now();
  const seed = await seedNationalScale(db, { dossiers: options.dossiers, accounts: options.accounts, now: P3_NOW }, log);
  const seedMs = performance.now() - started;
  started = performance.now();
  await rebuildDashboardStats(db);
  const rebuildMs = performance.now() - started;
  await sql`ANALYZE dashboard_counts, dashboard_periods`.execute(db);
  const aggregateRows = {
    counts: Number((await db.selectFrom('dashboard_counts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    periods: Number((await db.selectFrom('dashboard_periods').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  };
  log(`  aggregates rebuilt in ${Math.round(rebuildMs)} ms: ${aggregateRows.counts} + ${aggregateRows.periods} rows`);

  const c06 = await db.selectFrom('units').select(['id', 'name']).where('kind', '=', 'C06').executeTakeFirstOrThrow();
  const user: SessionUser = { userId: '00000000-0000-4000-8000-00000000c006', username: 'c06.bench', displayName: 'C06', role: 'NATIONAL_REVIEWER', unitId: c06.id, unitName: c06.name, provinceCode: null };
  const caller = createCallerFactory(appRouter)({
    db,
    now: () => P3_NOW,
    session: { user, signIn: async () => {}, signOut: async () => {} },
    requestId: 'bench-p3',
    clientAddress: '127.0.0.1',
    idempotencyKey: null,
  });
  const overview = () => caller.national.dashboard.overview({});
  const naive = () => dashboardOverviewNaive(db, { granularity: 'month', periods: 12 }, P3_NOW);

  const [fromRouter, fromGroupBy] = await Promise.all([overview(), naive()]);
  const sameAnswer = JSON.stringify(fromRouter) === JSON.stringify(fromGroupBy);
  log(`  the router's overview and the naive GROUP BY ${sameAnswer ? 'agree' : 'DISAGREE'} (${fromRouter.totals.dossiers} submitted dossiers, ${fromRouter.totals.accounts} accounts)`);

  for (let i = 0; i < options.warmup; i += 1) await overview();
  for (let i = 0; i < Math.min(options.warmup, 2); i += 1) await naive();
  const time = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  const routerMs: number[] = [];
  const naiveMs: number[] = [];
  const perRound = Math.max(1, Math.ceil(options.fastSamples / options.naiveSamples));
  log(`  timing: ${options.fastSamples} overviews and ${options.naiveSamples} naive counts, interleaved`);
  for (let round = 0; round < options.naiveSamples; round += 1) {
    naiveMs.push(await time(naive));
    for (let i = 0; i < perRound && routerMs.length < options.fastSamples; i += 1) routerMs.push(await time(overview));
  }
  while (routerMs.length < options.fastSamples) routerMs.push(await time(overview));
  return { seed, seedMs, rebuildMs, aggregateRows, sameAnswer, router: timings(routerMs), naive: timings(naiveMs) };
}

/**
 * P5's measurement: every list and queue endpoint called through the real tRPC router (input
 * parsing, role check, jurisdiction, output schemas, audit rows for personal-data reads), in
 * process, one call at a time, cases taken round-robin so that drift spreads over all of them.
 * HTTP and the session lookup are P1's subject and are left out here.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import { appRouter, createCallerFactory, type SessionUser } from '@ketnoi/api';
import type { Database } from '@ketnoi/db';
import type { Role } from '@ketnoi/domain';
import type { NationalSeed, SeededUser } from './national-seed.ts';

export interface ReadCase {
  readonly endpoint: string;
  readonly what: string;
  readonly call: () => Promise<unknown>;
}

export interface CaseFigures {
  readonly endpoint: string;
  readonly what: string;
  readonly calls: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** What the last call answered: "items/total" for pages, a count otherwise. */
  readonly answer: string;
}

const createCaller = createCallerFactory(appRouter);

function callerFor(db: Kysely<Database>, now: () => Date, user: SeededUser, role: Role) {
  const session: SessionUser = { ...user, role };
  return createCaller({ db, now, session: { user: session, signIn: async () => {}, signOut: async () => {} }, requestId: `bench-p5-${randomUUID()}`, clientAddress: '127.0.0.1', idempotencyKey: null });
}

/** The cases of quality.md P5: the queues with several filters, searches and sorts, counts, the other lists. */
export function readCases(db: Kysely<Database>, seed: NationalSeed, now: () => Date): ReadCase[] {
  const pc06 = callerFor(db, now, seed.pc06, 'PROVINCIAL_REVIEWER');
  const c06 = callerFor(db, now, seed.c06, 'NATIONAL_REVIEWER');
  const unit = callerFor(db, now, seed.submitter, 'SUBMITTER');
  const today = now().toISOString().slice(0, 10);
  const ninetyDaysAgo = new Date(now().getTime() - 90 * 86_400_000).toISOString().slice(0, 10);
  const c = (endpoint: string, what: string, call: () => Promise<unknown>): ReadCase => ({ endpoint, what, call });
  return [
    c('provincial.queue', 'all, by due date', () => pc06.provincial.queue({})),
    c('provincial.queue', 'to receive', () => pc06.provincial.queue({ tab: 'TO_RECEIVE' })),
    c('provincial.queue', 'in review, held by me', () => pc06.provincial.queue({ tab: 'IN_REVIEW', heldByMe: true })),
    c('provincial.queue', `search "${seed.searchWords.unit}"`, () => pc06.provincial.queue({ q: seed.searchWords.unit })),
    c('provincial.queue', 'search "Sở Tư pháp", by unit', () => pc06.provincial.queue({ q: 'Sở Tư pháp', sort: 'unit' })),
    c('provincial.queue', 'CONNECTED, by unit desc, page 3', () => pc06.provincial.queue({ status: ['CONNECTED'], sort: 'unit', dir: 'desc', page: 3 })),
    c('provincial.queue', 'overdue, by submission', () => pc06.provincial.queue({ deadline: 'OVERDUE', sort: 'submitted' })),
    c('provincial.queue', 'one unit, submitted in 90 days', () => pc06.provincial.queue({ unitId: seed.submitter.unitId, submittedFrom: ninetyDaysAgo, submittedTo: today })),
    c('provincial.queue', 'forwarded, updated desc, 100 a page', () => pc06.provincial.queue({ tab: 'FORWARDED', sort: 'updated', dir: 'desc', pageSize: 100 })),
    c('provincial.counts', 'no filter', () => pc06.provincial.counts()),
    c('provincial.counts', `search "${seed.searchWords.unit}"`, () => pc06.provincial.counts({ q: seed.searchWords.unit })),
    c('provincial.filterOptions', 'units and systems', () => pc06.provincial.filterOptions()),
    c('national.queue', 'all, by due date', () => c06.national.queue({})),
    c('national.queue', 'to receive, province 79', () => c06.national.queue({ tab: 'TO_RECEIVE', provinceCode: '79' })),
    c('national.queue', `search "${seed.searchWords.system}"`, () => c06.national.queue({ q: seed.searchWords.system })),
    c('national.queue', 'search "dien bien", by code desc', () => c06.national.queue({ q: 'dien bien', sort: 'code', dir: 'desc' })),
    c('national.queue', 'search a code', () => c06.national.queue({ q: seed.searchWords.code })),
    c('national.queue', 'returned by C06', () => c06.national.queue({ tab: 'RETURNED' })),
    c('national.queue', 'decided, updated desc, page 10', () => c06.national.queue({ tab: 'DECIDED', sort: 'updated', dir: 'desc', page: 10 })),
    c('national.counts', 'no filter', () => c06.national.counts()),
    c('national.counts', 'search "dien bien"', () => c06.national.counts({ q: 'dien bien' })),
    c('national.dashboard.list', 'CONNECTED', () => c06.national.dashboard.list({ filter: { stage: 'CONNECTED' } })),
    c('national.dashboard.list', 'overdue', () => c06.national.dashboard.list({ filter: { overdue: true } })),
    c('submitter.dossiers.list', "the busiest unit's", () => unit.submitter.dossiers.list({})),
    c('submitter.systems.list', "the busiest unit's", () => unit.submitter.systems.list()),
    c('dossier.accounts', `PC06, ${seed.typicalDossier.rows} rows, page 1`, () => pc06.dossier.accounts({ dossierId: seed.typicalDossier.id })),
    c('dossier.accounts', `PC06, ${seed.typicalDossier.rows} rows, q "nguyen"`, () => pc06.dossier.accounts({ dossierId: seed.typicalDossier.id, q: 'nguyen' })),
    c('dossier.accounts', `PC06, ${seed.largestDossier.rows} rows, last page`, () => pc06.dossier.accounts({ dossierId: seed.largestDossier.id, page: Math.ceil(seed.largestDossier.rows / 20) })),
    c('dossier.accounts', `PC06, ${seed.largestDossier.rows} rows, q "tran"`, () => pc06.dossier.accounts({ dossierId: seed.largestDossier.id, q: 'tran' })),
  ];
}

const answerOf = (result: unknown): string => {
  if (Array.isArray(result)) return String(result.length);
  if (result && typeof result === 'object') {
    const r = result as { items?: unknown[]; total?: number; tabs?: Record<string, number>; units?: unknown[]; systems?: unknown[] };
    if (Array.isArray(r.items)) return `${r.items.length}/${r.total ?? '?'}`;
    if (r.tabs) return `all ${r.tabs.ALL}`;
    if (Array.isArray(r.units)) return `${r.units.length} units, ${r.systems?.length ?? 0} systems`;
  }
  return '';
};

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of nothing');
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** `warmup` calls of each case, then `iterations` rounds of one call of each case. */
export async function measureCases(cases: readonly ReadCase[], opts: { iterations: number; warmup: number; log?: (line: string) => void }): Promise<CaseFigures[]> {
  const answers = new Map<number, string>();
  for (let i = 0; i < opts.warmup; i++) for (const [n, c] of cases.entries()) answers.set(n, answerOf(await c.call()));
  const times = cases.map(() => [] as number[]);
  for (let round = 0; round < opts.iterations; round++) {
    for (const [n, c] of cases.entries()) {
      const t0 = performance.now();
      const result = await c.call();
      times[n]!.push(performance.now() - t0);
      if (round === opts.iterations - 1) answers.set(n, answerOf(result));
    }
    if (opts.log && (round + 1) % 50 === 0) opts.log(`  round ${round + 1}/${opts.iterations}`);
  }
  return cases.map((c, n) => {
    const sorted = [...times[n]!].sort((a, b) => a - b);
    return { endpoint: c.endpoint, what: c.what, calls: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1]!, answer: answers.get(n) ?? '' };
  });
}

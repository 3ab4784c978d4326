import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { report } from '../p3-dashboard-overview.ts';
import { parseArgs } from '../settings.ts';
import { measureDashboardOverview } from './measure-overview.ts';
import { percentile } from './percentile.ts';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(percentile(values, 50)).toBe(100);
    expect(percentile(values, 99)).toBe(198);
    expect(percentile([7], 99)).toBe(7);
  });
});

describe.each(testDatabases())('P3 harness on %s (300 dossiers)', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('seeds a consistent country, and the router and the naive GROUP BY give the same overview', async () => {
    const lines: string[] = [];
    const m = await measureDashboardOverview(t.db, { dossiers: 300, accounts: 3_000, fastSamples: 12, naiveSamples: 3, warmup: 1, log: (l) => lines.push(l) });
    expect(m.seed.dossiers).toBe(300);
    expect(m.seed.accounts).toBeGreaterThan(2_000);
    expect(m.seed.accounts).toBeLessThan(4_000);
    expect(Object.keys(m.seed.byStatus)).toEqual(expect.arrayContaining(['APPROVED', 'CONNECTED', 'DRAFT', 'NATIONAL_REVIEW', 'PROVINCIAL_REVIEW', 'REJECTED', 'RETURNED', 'WITHDRAWN']));
    expect(m.sameAnswer).toBe(true);
    expect(m.aggregateRows.counts).toBeGreaterThan(10);
    expect(m.router.samples).toBe(12);
    expect(m.naive.samples).toBe(3);
    expect(m.router.p99).toBeGreaterThanOrEqual(m.router.p50);
    // Every submitted dossier has a SUBMITTED event; the projection of open stages matches the last stage event.
    const { rows } = await (await import('kysely')).sql<{ n: number }>`
      SELECT count(*)::int AS n FROM dossiers d
       WHERE d.status IN ('PROVINCIAL_REVIEW', 'NATIONAL_REVIEW')
         AND d.stage_due_on::text <> (SELECT e.payload->'stage'->>'dueOn' FROM dossier_events e
                                       WHERE e.dossier_id = d.id AND e.type IN ('SUBMITTED', 'FORWARDED') ORDER BY e.seq DESC LIMIT 1)`.execute(t.db);
    expect(rows[0]!.n).toBe(0);
    const text = report({ settings: parseArgs(['p3', '--quick']).settings }, m).text;
    expect(text).toMatch(/national\.dashboard\.overview via tRPC router \(aggregates\)\s+12/);
    expect(text).toMatch(/ratio naive \/ router/);
    expect(text).toContain("same answer: the router's overview equals the naive one");
    expect(lines.some((l) => l.includes('agree'))).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { report } from '../p5-queue-reads.ts';
import { parseArgs } from '../settings.ts';
import { MEASURED_PROVINCE, seedNationalScale, type NationalSeed } from './national-seed.ts';
import { measureCases, percentile, readCases } from './queue-reads.ts';

const TINY = { dossiers: 400, accounts: 8_000, unitsPerProvince: 2 };

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });
});

describe.each(testDatabases())('P5 harness on %s (a tiny country)', (kind) => {
  let t: TestDatabase;
  let seed: NationalSeed;
  const now = new Date('2026-11-25T02:00:00Z');
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    seed = await seedNationalScale(t.db, TINY, now);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('seeds every province, the dossiers and about the account rows asked for, searchable', async () => {
    expect(seed.provinces).toBe(34);
    expect(seed.dossiers).toBe(TINY.dossiers);
    expect(seed.accountRows).toBeGreaterThanOrEqual(TINY.accounts * 0.9);
    const byProvince = await t.db.selectFrom('dossiers').select('queue_province_code').distinct().execute();
    expect(byProvince.length).toBeGreaterThan(20);
    const unsearchable = await t.db.selectFrom('dossiers').select('id').where('search_text', '=', '').execute();
    expect(unsearchable).toEqual([]);
    // People appear on several lists: the duplicate warnings have something to find.
    const shared = await t.db.selectFrom('account_rows').select('personal_id').groupBy('personal_id').having((eb) => eb.fn.count('dossier_id').distinct(), '>', 1).execute();
    expect(shared.length).toBeGreaterThan(0);
  });

  it('calls every case through the router and reports p50/p99 against the aim', async () => {
    const cases = readCases(t.db, seed, () => now);
    const figures = await measureCases(cases, { iterations: 2, warmup: 1 });
    expect(figures).toHaveLength(cases.length);
    for (const f of figures) {
      expect(f.calls).toBe(2);
      expect(Number.isFinite(f.p99) && f.p99 >= f.p50 && f.max >= f.p99).toBe(true);
    }
    const answer = (endpoint: string, what: string) => figures.find((f) => f.endpoint === endpoint && f.what === what)!.answer;
    // The queue lists what the counts count, for the province measured.
    const visible = await t.db.selectFrom('dossiers').select((eb) => eb.fn.countAll<number>().as('n')).where('queue_province_code', '=', MEASURED_PROVINCE).where('submitted_at', 'is not', null).executeTakeFirstOrThrow();
    expect(answer('provincial.counts', 'no filter')).toBe(`all ${Number(visible.n)}`);
    expect(answer('provincial.queue', 'all, by due date')).toMatch(new RegExp(`^\\d+/${Number(visible.n)}$`));
    expect(answer('dossier.accounts', `PC06, ${seed.typicalDossier.rows} rows, page 1`)).toMatch(/^\d+\/\d+$/);
    const r = report({ settings: parseArgs(['p5', '--quick'], {}).settings }, seed, figures);
    expect(r.text).toMatch(/^provincial\.queue +all, by due date .* (met|MISSED)$/m);
    expect(r.json).toMatchObject({ benchmark: 'P5', aims: { maxP99Ms: 50 } });
  });
});

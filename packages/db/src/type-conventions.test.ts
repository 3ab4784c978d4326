import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabases } from './testing.js';
import type { TestDatabase } from './testing.js';

const PROBE = sql<Record<string, unknown>>`
  SELECT 9007199254740991::int8 AS big,
         count(*) AS n,
         42::int4 AS i4,
         1.50::numeric AS amount,
         '2025-07-01'::date AS day,
         NULL::date AS no_day,
         '2025-01-02T03:04:05.678+07:00'::timestamptz AS at,
         ARRAY['2025-01-01'::date, NULL] AS days,
         ARRAY[1::int8, 2::int8] AS bigs,
         ARRAY['2025-01-02T03:04:05Z'::timestamptz] AS ats,
         '\\x00ff10'::bytea AS bytes,
         '{"b":[1,"x"],"a":null}'::jsonb AS doc,
         ARRAY['XAC_THUC_THONG_TIN','TRA_CUU_CU_TRU']::text[] AS codes,
         '079'::char(12) AS padded,
         true AS flag
    FROM (VALUES (1), (2)) v(x)`;

const EXPECTED = {
  big: 9007199254740991,
  n: 2,
  i4: 42,
  amount: '1.50',
  day: '2025-07-01',
  no_day: null,
  at: '2025-01-01T20:04:05.678Z',
  days: ['2025-01-01', null],
  bigs: [1, 2],
  ats: ['2025-01-02T03:04:05.000Z'],
  bytes: Buffer.from([0x00, 0xff, 0x10]),
  doc: { a: null, b: [1, 'x'] },
  codes: ['XAC_THUC_THONG_TIN', 'TRA_CUU_CU_TRU'],
  padded: '079         ',
  flag: true,
};

describe.each(testDatabases())('type conventions on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t?.close());

  it('returns the same JavaScript values and types for the same row', async () => {
    const { rows } = await PROBE.execute(t.db);
    expect(rows[0]).toStrictEqual(EXPECTED);
    expect(Buffer.isBuffer(rows[0]?.bytes)).toBe(true);
  });

  it('reads table columns with the same shapes (date, timestamptz default, bigserial id)', async () => {
    const dossierlessRow = await t.db
      .insertInto('calendar_days')
      .values({ day: '2030-01-01', kind: 'HOLIDAY', name: 'Kiểm tra' })
      .returningAll()
      .executeTakeFirstOrThrow();
    expect(dossierlessRow).toStrictEqual({ day: '2030-01-01', kind: 'HOLIDAY', name: 'Kiểm tra' });
    const policy = await t.db.selectFrom('policies').select(['value', 'updated_at']).where('key', '=', 'provincialReviewWorkingDays').executeTakeFirstOrThrow();
    expect(policy.value).toBe(3);
    expect(policy.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});

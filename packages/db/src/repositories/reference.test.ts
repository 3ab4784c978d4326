import { DEFAULT_POLICY } from '@ketnoi/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabases } from '../testing.js';
import type { TestDatabase } from '../testing.js';
import { loadReference, mergePolicy } from './reference.js';

describe.each(testDatabases())('loadReference on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t?.close());

  it('returns the domain shapes: provinces with successors, services in order, the calendar and the policy', async () => {
    const ref = await loadReference(t.db);
    expect(ref.provinces.filter((p) => p.validTo === null)).toHaveLength(34);
    expect(ref.provinces.find((p) => p.code === 'H02')).toEqual({
      code: 'H02',
      name: 'Tỉnh Hà Giang',
      validFrom: '2008-08-01',
      validTo: '2025-07-01',
      successorCode: '08',
    });
    expect(ref.services.map((s) => s.code)).toEqual(['XAC_THUC_THONG_TIN', 'TRA_CUU_THONG_TIN', 'XAC_DINH_SO_DINH_DANH', 'TRA_CUU_CU_TRU']);
    expect(ref.calendar.holidays.has('2025-09-02')).toBe(true);
    expect(ref.calendar.holidays.has('2026-02-17')).toBe(true); // mùng 1 Tết Bính Ngọ
    expect(ref.calendar.holidays.has('2026-03-02')).toBe(false);
    expect(ref.calendar.workingWeekends.has('2025-04-26')).toBe(true);
    expect(ref.policy).toEqual(DEFAULT_POLICY);
  });

  it('uses a policy an administrator stored, over the default', async () => {
    await t.db.updateTable('policies').set({ value: JSON.stringify(7) }).where('key', '=', 'nationalReviewWorkingDays').execute();
    const ref = await loadReference(t.db);
    expect(ref.policy).toEqual({ ...DEFAULT_POLICY, nationalReviewWorkingDays: 7 });
  });
});

describe('mergePolicy', () => {
  it('falls back to the default for unknown keys, wrong types and values outside the allowed ones', () => {
    const merged = mergePolicy([
      { key: 'provincialReviewWorkingDays', value: '4' },
      { key: 'minimumSecurityLevel', value: -1 },
      { key: 'deadlineOnResubmit', value: 'pause' },
      { key: 'somethingElse', value: 1 },
      { key: 'accountHolderMaxAge', value: 65 },
    ]);
    expect(merged).toEqual({ ...DEFAULT_POLICY, accountHolderMaxAge: 65 });
    expect(merged).not.toHaveProperty('somethingElse');
  });
});

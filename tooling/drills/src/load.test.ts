import { describe, expect, it } from 'vitest';
import { breaks, loadDrill } from './load.ts';

describe('where a load step breaks', () => {
  it('at a p99 over 1 s or more than 1 % errors', () => {
    expect(breaks(1_000, 0, 1_000)).toBe(false);
    expect(breaks(1_001, 0, 1_000)).toBe(true);
    expect(breaks(50, 10, 1_000)).toBe(false);
    expect(breaks(50, 11, 1_000)).toBe(true);
  });
});

const pgUrl = process.env.KETNOI_TEST_PG_URL;

// The mix and its answers, not its speed (figures are for `pnpm drill load`).
describe.skipIf(!pgUrl)('pnpm drill load on PostgreSQL, one short step', () => {
  it('runs lists, views and mutations as signed-in users of each role, all answered', async () => {
    const result = await loadDrill({ adminUrl: pgUrl!, steps: [6], stepSeconds: 2, seed: 1 });
    const [step] = result.steps;
    expect(step!.users).toBe(6);
    expect(step!.errorKinds).toEqual([]);
    expect(step!.errors).toBe(0);
    expect(step!.requests).toBeGreaterThan(20);
    expect(step!.share.list).toBeGreaterThan(0);
    expect(step!.share.view).toBeGreaterThan(0);
    expect(step!.share.mutation).toBeGreaterThan(0);
    expect(result.report).toContain('req/s');
  });
});

import { describe, expect, it } from 'vitest';
import { cpuBetween, processCpuMs, snapshotCpu } from './cpu.ts';

describe('processCpuMs', () => {
  it('reads this process and grows when it works', () => {
    const before = processCpuMs(process.pid);
    expect(before).not.toBeNull();
    const until = Date.now() + 150;
    let x = 0;
    while (Date.now() < until) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    expect(processCpuMs(process.pid)!).toBeGreaterThan(before!);
  });

  it('is null for a process that does not exist', () => {
    expect(processCpuMs(2 ** 30)).toBeNull();
  });
});

describe('cpuBetween', () => {
  it('sums per group and counts new processes from zero', async () => {
    const before = new Map([['server', new Map([[10, 100]])]]);
    const after = new Map([['server', new Map([[10, 130], [11, 5]])]]);
    expect(cpuBetween(before, after)).toEqual({ server: 35 });
    const snap = await snapshotCpu({ self: async () => [process.pid] });
    expect(snap.get('self')!.get(process.pid)).toBeGreaterThanOrEqual(0);
  });
});

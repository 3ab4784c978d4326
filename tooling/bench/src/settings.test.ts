import { describe, expect, it } from 'vitest';
import { parseArgs } from './settings.ts';

describe('parseArgs', () => {
  it('defaults to quality.md protocol: 3 s warm-up, 3 × 10 s, 50 connections, 2 threads', () => {
    expect(parseArgs([], {})).toEqual({
      selected: [],
      settings: { quick: false, warmupSeconds: 3, durationSeconds: 10, runs: 3, connections: 50, threads: 2, profile: false, rows: null },
    });
  });

  it('quick mode is one 3 s run; selection is case-insensitive', () => {
    const { selected, settings } = parseArgs(['P1', '--quick'], {});
    expect(selected).toEqual(['p1']);
    expect(settings.runs).toBe(1);
    expect(settings.durationSeconds).toBe(3);
  });

  it('flags win over BENCH_* variables, which win over defaults', () => {
    const { settings } = parseArgs(['--runs=5'], { BENCH_RUNS: '2', BENCH_DURATION: '7' });
    expect(settings.runs).toBe(5);
    expect(settings.durationSeconds).toBe(7);
    expect(parseArgs(['p2', '--rows=5000'], {}).settings.rows).toBe(5000);
    expect(parseArgs([], { BENCH_ROWS: '2000' }).settings.rows).toBe(2000);
  });

  it('refuses unknown flags and nonsense numbers', () => {
    expect(() => parseArgs(['--fast'], {})).toThrow(/unknown flag/);
    expect(() => parseArgs(['--duration=0'], {})).toThrow(/duration/);
    expect(() => parseArgs(['--rows=0'], {})).toThrow(/rows/);
  });
});

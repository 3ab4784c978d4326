import type { BenchSettings } from './benchmark.ts';

export interface ParsedArgs {
  readonly selected: readonly string[];
  readonly settings: BenchSettings;
}

/**
 * `pnpm bench [p1 p2 …] [--quick] [--runs=N] [--duration=S] [--warmup=S] [--connections=N] [--threads=N] [--profile] [--rows=N]`.
 * Full mode is quality.md's protocol (3 s warm-up, 3 × 10 s, 50 connections, 2 threads); quick is 1 × 3 s.
 */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ParsedArgs {
  const selected: string[] = [];
  const flags = new Map<string, string>();
  for (const arg of argv) {
    if (arg === '--') continue;
    const flag = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (flag) flags.set(flag[1]!, flag[2] ?? 'true');
    else selected.push(arg.toLowerCase());
  }
  const known = new Set(['quick', 'runs', 'duration', 'warmup', 'connections', 'threads', 'profile', 'rows']);
  for (const name of flags.keys()) if (!known.has(name)) throw new Error(`unknown flag --${name}`);
  const quick = flags.has('quick') || env.BENCH_QUICK === '1';
  const num = (flag: string, envName: string, fallback: number, min: number): number => {
    const raw = flags.get(flag) ?? env[envName];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${flag} / ${envName}: expected a number ≥ ${min}, got "${raw}"`);
    return value;
  };
  return {
    selected,
    settings: {
      quick,
      warmupSeconds: num('warmup', 'BENCH_WARMUP', quick ? 1 : 3, 0),
      durationSeconds: num('duration', 'BENCH_DURATION', quick ? 3 : 10, 1),
      runs: Math.round(num('runs', 'BENCH_RUNS', quick ? 1 : 3, 1)),
      connections: Math.round(num('connections', 'BENCH_CONNECTIONS', 50, 1)),
      threads: Math.round(num('threads', 'BENCH_THREADS', 2, 1)),
      profile: flags.has('profile') || env.BENCH_PROFILE === '1',
      rows: flags.has('rows') || env.BENCH_ROWS ? Math.round(num('rows', 'BENCH_ROWS', 0, 1)) : null,
    },
  };
}

import type { BenchSettings } from '../benchmark.ts';
import { median } from './stats.ts';
import { runWrk, type WrkResult } from './wrk.ts';

export interface LoadCase {
  readonly id: string;
  readonly label: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface CaseMeasurement {
  readonly id: string;
  readonly label: string;
  readonly url: string;
  readonly runs: readonly WrkResult[];
  /** Medians over the runs, each figure on its own. */
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/**
 * Warms every case up, then runs them round-robin (A B C D, A B C D, …) so that drift on a shared
 * machine spreads over all cases instead of landing on one; reports medians per case.
 * Any non-2xx answer or socket error fails the measurement: a fast 401 is not a result.
 */
export async function measureCases(cases: readonly LoadCase[], settings: BenchSettings, log: (line: string) => void): Promise<CaseMeasurement[]> {
  const load = (c: LoadCase, seconds: number) =>
    runWrk({ url: c.url, headers: c.headers, connections: settings.connections, threads: settings.threads, durationSeconds: seconds });
  if (settings.warmupSeconds > 0) {
    for (const c of cases) {
      log(`  warm-up ${c.id} (${settings.warmupSeconds} s)`);
      check(c, (await load(c, settings.warmupSeconds)).result);
    }
  }
  const runs = new Map<string, WrkResult[]>(cases.map((c) => [c.id, []]));
  for (let i = 1; i <= settings.runs; i++) {
    for (const c of cases) {
      const { result } = await load(c, settings.durationSeconds);
      check(c, result);
      runs.get(c.id)!.push(result);
      log(`  run ${i}/${settings.runs} ${c.id}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.latencyMs.p50.toFixed(2)} ms, p99 ${result.latencyMs.p99.toFixed(2)} ms`);
    }
  }
  return cases.map((c) => {
    const rs = runs.get(c.id)!;
    return {
      id: c.id,
      label: c.label,
      url: c.url,
      runs: rs,
      requestsPerSecond: median(rs.map((r) => r.requestsPerSecond)),
      p50Ms: median(rs.map((r) => r.latencyMs.p50)),
      p99Ms: median(rs.map((r) => r.latencyMs.p99)),
    };
  });
}

function check(c: LoadCase, r: WrkResult): void {
  if (r.non2xx > 0 || r.socketErrors > 0) {
    throw new Error(`case ${c.id}: ${r.non2xx} non-2xx answers and ${r.socketErrors} socket errors out of ${r.requests} requests — the figures would be meaningless`);
  }
}

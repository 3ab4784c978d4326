import type { BenchSettings } from '../benchmark.ts';
import { cpuBetween, snapshotCpu, type CpuGroups } from './cpu.ts';
import { median } from './stats.ts';
import { runWrk, type WrkResult } from './wrk.ts';

export interface LoadCase {
  readonly id: string;
  readonly label: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Processes serving this case (server, its PostgreSQL backends): CPU ms per request is reported. */
  readonly cpu?: CpuGroups;
}

export interface RunMeasurement extends WrkResult {
  /** CPU ms per completed request, per group of LoadCase.cpu. */
  readonly cpuMsPerRequest: Readonly<Record<string, number>>;
}

export interface CaseMeasurement {
  readonly id: string;
  readonly label: string;
  readonly url: string;
  /** Requests completed during the warm-up (side effects such as audit rows are counted against them too). */
  readonly warmupRequests: number;
  readonly runs: readonly RunMeasurement[];
  /** Medians over the runs, each figure on its own. */
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly cpuMsPerRequest: Readonly<Record<string, number>>;
}

/**
 * Warms every case up, then runs them round-robin (A B C D, A B C D, …) so that drift on a shared
 * machine spreads over all cases instead of landing on one; reports medians per case.
 * Any non-2xx answer or socket error fails the measurement: a fast 401 is not a result.
 */
export async function measureCases(cases: readonly LoadCase[], settings: BenchSettings, log: (line: string) => void): Promise<CaseMeasurement[]> {
  const load = (c: LoadCase, seconds: number) =>
    runWrk({ url: c.url, headers: c.headers, connections: settings.connections, threads: settings.threads, durationSeconds: seconds });
  const warmups = new Map<string, number>(cases.map((c) => [c.id, 0]));
  if (settings.warmupSeconds > 0) {
    for (const c of cases) {
      log(`  warm-up ${c.id} (${settings.warmupSeconds} s)`);
      const { result } = await load(c, settings.warmupSeconds);
      check(c, result);
      warmups.set(c.id, result.requests);
    }
  }
  const runs = new Map<string, RunMeasurement[]>(cases.map((c) => [c.id, []]));
  for (let i = 1; i <= settings.runs; i++) {
    for (const c of cases) {
      const before = await snapshotCpu(c.cpu ?? {});
      const { result } = await load(c, settings.durationSeconds);
      const used = cpuBetween(before, await snapshotCpu(c.cpu ?? {}));
      check(c, result);
      const cpuMsPerRequest = Object.fromEntries(Object.entries(used).map(([name, ms]) => [name, ms / Math.max(result.requests, 1)]));
      runs.get(c.id)!.push({ ...result, cpuMsPerRequest });
      const cpuText = Object.entries(cpuMsPerRequest).map(([name, ms]) => `, ${name} CPU ${ms.toFixed(3)} ms/req`).join('');
      log(`  run ${i}/${settings.runs} ${c.id}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.latencyMs.p50.toFixed(2)} ms, p99 ${result.latencyMs.p99.toFixed(2)} ms${cpuText}`);
    }
  }
  return cases.map((c) => {
    const rs = runs.get(c.id)!;
    const groups = Object.keys(c.cpu ?? {});
    return {
      id: c.id,
      label: c.label,
      url: c.url,
      warmupRequests: warmups.get(c.id)!,
      runs: rs,
      requestsPerSecond: median(rs.map((r) => r.requestsPerSecond)),
      p50Ms: median(rs.map((r) => r.latencyMs.p50)),
      p99Ms: median(rs.map((r) => r.latencyMs.p99)),
      cpuMsPerRequest: Object.fromEntries(groups.map((g) => [g, median(rs.map((r) => r.cpuMsPerRequest[g] ?? 0))])),
    };
  });
}

function check(c: LoadCase, r: WrkResult): void {
  if (r.non2xx > 0 || r.socketErrors > 0) {
    throw new Error(`case ${c.id}: ${r.non2xx} non-2xx answers and ${r.socketErrors} socket errors out of ${r.requests} requests — the figures would be meaningless`);
  }
}

import { readFileSync } from 'node:fs';
import { queryOnce } from './database.ts';

/** Linux clock ticks per second (`getconf CLK_TCK`), 100 on every kernel this runs on. */
const CLOCK_TICKS = 100;

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat; null when the
 * process is gone or /proc is unavailable. The fields after the command name are counted from the
 * last ')' because a command name may contain spaces.
 */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state(0) … utime(11) stime(12), i.e. fields 14 and 15 of proc(5).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** A named group of processes whose CPU time is read before and after each load run. */
export type CpuGroups = Readonly<Record<string, () => Promise<readonly number[]>>>;

export type CpuSnapshot = ReadonlyMap<string, ReadonlyMap<number, number>>;

export async function snapshotCpu(groups: CpuGroups): Promise<CpuSnapshot> {
  const snapshot = new Map<string, Map<number, number>>();
  for (const [name, pids] of Object.entries(groups)) {
    const times = new Map<number, number>();
    for (const pid of await pids()) {
      const ms = processCpuMs(pid);
      if (ms !== null) times.set(pid, ms);
    }
    snapshot.set(name, times);
  }
  return snapshot;
}

/** CPU ms used per group between two snapshots; a process that appeared in between counts from 0. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): Record<string, number> {
  const used: Record<string, number> = {};
  for (const [name, times] of after) {
    let sum = 0;
    for (const [pid, ms] of times) sum += ms - (before.get(name)?.get(pid) ?? 0);
    used[name] = sum;
  }
  return used;
}

/** PIDs of PostgreSQL backends serving one database, by application_name (each server sets its own). */
export function backendPids(url: string, database: string, applicationName: string): () => Promise<number[]> {
  return async () =>
    (
      await queryOnce<{ pid: number }>(
        url,
        `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = $2 AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
        [database, applicationName],
      )
    ).map((r) => r.pid);
}

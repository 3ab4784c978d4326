import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** What one wrk run measured. Latencies are in milliseconds. */
export interface WrkResult {
  readonly requestsPerSecond: number;
  readonly requests: number;
  readonly durationSeconds: number;
  readonly latencyMs: { readonly p50: number; readonly p75: number; readonly p90: number; readonly p99: number };
  /** wrk counts HTTP status >= 400 here; any is a failed benchmark (a 401 is fast, not a result). */
  readonly non2xx: number;
  readonly socketErrors: number;
}

export interface WrkOptions {
  readonly url: string;
  readonly connections: number;
  readonly threads: number;
  readonly durationSeconds: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly timeoutSeconds?: number;
}

const UNIT_TO_MS: Readonly<Record<string, number>> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Converts wrk's time notation ("812.00us", "1.53ms", "2.01s", "1.00m") to milliseconds. */
export function wrkTimeToMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text.trim());
  if (!match) throw new Error(`wrk: unreadable time "${text}"`);
  return Number(match[1]) * UNIT_TO_MS[match[2]!]!;
}

/** wrk's duration line ("10.02s", "1.00m") in seconds. */
function wrkDurationToSeconds(text: string): number {
  return wrkTimeToMs(text) / 1000;
}

/** Reads the text wrk prints with `--latency`. Throws when a figure the bench needs is missing. */
export function parseWrkOutput(text: string): WrkResult {
  const percentile = (p: string): number => {
    const match = new RegExp(`^\\s*${p}%\\s+([\\d.]+(?:us|ms|s|m|h))\\s*$`, 'm').exec(text);
    if (!match) throw new Error(`wrk: no ${p}% line in "Latency Distribution" (was --latency given?)`);
    return wrkTimeToMs(match[1]!);
  };
  if (!/Latency Distribution/.test(text)) throw new Error('wrk: output has no "Latency Distribution" section');
  const rps = /^Requests\/sec:\s+([\d.]+)\s*$/m.exec(text);
  if (!rps) throw new Error('wrk: no "Requests/sec" line');
  const total = /^\s*(\d+) requests in ([\d.]+(?:us|ms|s|m|h)),/m.exec(text);
  if (!total) throw new Error('wrk: no "N requests in T" line');
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(text);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  return {
    requestsPerSecond: Number(rps[1]),
    requests: Number(total[1]),
    durationSeconds: wrkDurationToSeconds(total[2]!),
    latencyMs: { p50: percentile('50'), p75: percentile('75'), p90: percentile('90'), p99: percentile('99') },
    non2xx: non2xx ? Number(non2xx[1]) : 0,
    socketErrors: socket ? socket.slice(1, 5).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

/** Runs wrk once against 127.0.0.1 and returns its parsed figures and raw text. */
export async function runWrk(options: WrkOptions): Promise<{ result: WrkResult; raw: string }> {
  const url = new URL(options.url);
  // Load stays on this machine: the bench measures the server, never someone else's host.
  if (url.hostname !== '127.0.0.1') throw new Error(`wrk: refusing to load ${url.hostname}; only 127.0.0.1`);
  const args = ['--latency', '-c', String(options.connections), '-t', String(options.threads), '-d', `${options.durationSeconds}s`];
  args.push('--timeout', `${options.timeoutSeconds ?? 10}s`);
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}: ${value}`);
  args.push(options.url);
  const { stdout } = await execFileAsync('wrk', args, { maxBuffer: 1 << 20 });
  return { result: parseWrkOutput(stdout), raw: stdout };
}

/** Makes sure `wrk` is on PATH; installs the Debian package when it is not (the machines run as root). */
export function ensureWrk(log: (line: string) => void): void {
  if (spawnSync('which', ['wrk']).status === 0) return;
  log('wrk không có trên máy: chạy `apt-get install -y wrk`…');
  const install = spawnSync('apt-get', ['install', '-y', 'wrk'], { stdio: 'inherit' });
  if (install.status !== 0 || spawnSync('which', ['wrk']).status !== 0) {
    throw new Error('wrk could not be installed (apt-get install -y wrk failed); install it and run again');
  }
}

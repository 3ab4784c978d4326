import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';
import { ARTIFACTS_DIR, SERVER_DIR } from './repo-paths.ts';

/**
 * Each run keeps the server's output here, kept after it for people to read:
 * `<time>-<pid>.log` (its JSON log lines, pino) and `<time>-<pid>.console.txt` (everything else:
 * the start-up banner, anything written outside the logger). A file per run, so two runs at once
 * never write into one file; files older than a day are removed.
 */
export const SERVER_LOGS_DIR = join(ARTIFACTS_DIR, 'server-logs');
const KEEP_LOGS_MS = 24 * 60 * 60_000;

function newRunLogPaths(): { log: string; console: string } {
  mkdirSync(SERVER_LOGS_DIR, { recursive: true });
  for (const name of readdirSync(SERVER_LOGS_DIR)) {
    const file = join(SERVER_LOGS_DIR, name);
    if (Date.now() - statSync(file).mtimeMs > KEEP_LOGS_MS) rmSync(file, { force: true });
  }
  const stem = join(SERVER_LOGS_DIR, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
  return { log: `${stem}.log`, console: `${stem}.console.txt` };
}

export interface RunningServer {
  readonly baseUrl: string;
  readonly pid: number;
  /** This run's files in SERVER_LOGS_DIR, written as the server runs. */
  readonly logPath: string;
  readonly consolePath: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 180_000;

/**
 * Starts the real server (`server.ts --demo`) as its own process on a free port, over a fresh
 * PGlite folder of its own: never DATABASE_URL nor var/pglite, which a developer's server may hold
 * locked (PGlite is single-process, docs/architecture). Resolves once GET /ready answers 200.
 * Logging is on, as in production: the run's log is checked for personal data (zz-logs-clean).
 */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const dataRoot = mkdtempSync(join(tmpdir(), 'ketnoi-e2e-server-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    KETNOI_LOG: '1',
    KETNOI_SESSION_SECRET: randomBytes(32).toString('base64url'),
    KETNOI_PGLITE_DIR: join(dataRoot, 'pglite'),
  };
  delete env.DATABASE_URL;
  delete env.KETNOI_ORIGINS;
  // Serve the dist/ this run just built, not a deployment folder set in the shell.
  delete env.KETNOI_WEB_APPS_ROOT;

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts', '--demo'], {
    cwd: SERVER_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The tail is kept to explain a failed start; all of it goes to the artifacts.
  const paths = newRunLogPaths();
  const logFile = createWriteStream(paths.log);
  const consoleFile = createWriteStream(paths.console);
  let output = '';
  const keep = (text: string) => {
    output = (output + text).slice(-4000);
  };
  splitLines(child.stdout, (line) => {
    keep(`${line}\n`);
    (line.startsWith('{') ? logFile : consoleFile).write(`${line}\n`);
  });
  splitLines(child.stderr, (line) => {
    keep(`${line}\n`);
    consoleFile.write(`${line}\n`);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const outputClosed = Promise.all([streamEnded(child.stdout), streamEnded(child.stderr)]);

  const baseUrl = `http://127.0.0.1:${port}`;
  const removeData = () => rmSync(dataRoot, { recursive: true, force: true });
  const stop = async () => {
    await stopByPid(child, exited);
    await Promise.race([outputClosed, new Promise((r) => setTimeout(r, 5_000).unref())]);
    await Promise.all([closeFile(logFile), closeFile(consoleFile)]);
    removeData();
  };

  try {
    await waitUntilReady(baseUrl, exited);
  } catch (e) {
    await stop();
    throw new Error(`e2e: máy chủ không sẵn sàng (${(e as Error).message}).\n--- đầu ra máy chủ ---\n${output}`);
  }
  if (child.pid === undefined) throw new Error('e2e: máy chủ không có PID');
  return { baseUrl, pid: child.pid, logPath: paths.log, consolePath: paths.console, stop };
}

async function waitUntilReady(baseUrl: string, exited: Promise<number | null>): Promise<void> {
  let gone: number | null | undefined;
  void exited.then((code) => (gone = code));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`tiến trình đã thoát với mã ${gone}`);
    try {
      const res = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not listening yet: migrations and the demo seed run before listen()
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`quá ${READY_TIMEOUT_MS / 1000} giây`);
}

/** SIGTERM by PID (the server closes PGlite and its folder lock), SIGKILL if it hangs. */
async function stopByPid(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  process.kill(child.pid, 'SIGTERM');
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 15_000).unref());
  if ((await Promise.race([exited, timer])) === 'timeout') {
    process.kill(child.pid, 'SIGKILL');
    await exited;
  }
}

/** Calls `onLine` for each complete line of a child's output (and the last, unterminated one). */
function splitLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (!stream) return;
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) onLine(line);
  });
  stream.on('end', () => {
    if (pending) onLine(pending);
    pending = '';
  });
}

function streamEnded(stream: NodeJS.ReadableStream | null): Promise<void> {
  return new Promise((resolve) => {
    if (!stream || (stream as { readableEnded?: boolean }).readableEnded) return resolve();
    stream.once('end', resolve);
    stream.once('close', resolve);
  });
}

function closeFile(file: WriteStream): Promise<void> {
  return new Promise((resolve) => file.end(resolve));
}

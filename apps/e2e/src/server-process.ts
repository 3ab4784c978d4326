import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';
import { SERVER_DIR } from './repo-paths.ts';

export interface RunningServer {
  readonly baseUrl: string;
  readonly pid: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 180_000;

/**
 * Starts the real server (`server.ts --demo`) as its own process on a free port, over a fresh
 * PGlite folder of its own: never DATABASE_URL nor var/pglite, which a developer's server may hold
 * locked (PGlite is single-process, docs/architecture). Resolves once GET /ready answers 200.
 */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const dataRoot = mkdtempSync(join(tmpdir(), 'ketnoi-e2e-server-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    KETNOI_LOG: '0',
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
  // Kept only to explain a failed start; the server logs no personal data (KETNOI_LOG=0 besides).
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const baseUrl = `http://127.0.0.1:${port}`;
  const removeData = () => rmSync(dataRoot, { recursive: true, force: true });
  const stop = async () => {
    await stopByPid(child, exited);
    removeData();
  };

  try {
    await waitUntilReady(baseUrl, exited);
  } catch (e) {
    await stop();
    throw new Error(`e2e: máy chủ không sẵn sàng (${(e as Error).message}).\n--- đầu ra máy chủ ---\n${output}`);
  }
  if (child.pid === undefined) throw new Error('e2e: máy chủ không có PID');
  return { baseUrl, pid: child.pid, stop };
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

import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** apps/server, where `src/server.ts` runs from (as `pnpm start` runs it). */
const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const READY_TIMEOUT_MS = 180_000;

export interface ServerProcess {
  readonly baseUrl: string;
  readonly pid: number;
  /** SIGTERM (the server's own shutdown), SIGKILL if it hangs. */
  stop(): Promise<void>;
}

/** A TCP port free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * The real server (`src/server.ts` through tsx) as its own process on a free port of 127.0.0.1,
 * configured only through the environment, as an operator starts it. Resolves once GET /ready
 * answers 200; a start that fails throws with the last lines the process wrote.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: SERVER_DIR, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let gone = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => ((gone = true), resolve())));
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    process.kill(child.pid, 'SIGTERM');
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 15_000).unref());
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      process.kill(child.pid, 'SIGKILL');
      await exited;
    }
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server exited while starting:\n${tail}`);
    try {
      const res = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok && child.pid !== undefined) return { baseUrl, pid: child.pid, stop };
    } catch {
      // not listening yet: migrations run before listen()
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${tail}`);
}

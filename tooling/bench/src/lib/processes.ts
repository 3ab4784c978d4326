import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { onCleanup } from './cleanup.ts';

export interface StartOptions {
  /** Shown in messages. */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  /** Polled until it answers 200. */
  readonly readyUrl: string;
  readonly readyTimeoutMs?: number;
}

export interface ChildServer {
  readonly name: string;
  readonly pid: number;
  /** Last lines of stdout/stderr, for error messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

const OUTPUT_KEEP = 8_000;

/**
 * Starts a server as a child process (the bench never imports apps/server: dependency rule
 * server-is-a-leaf) and waits until it answers. The child is stopped by its PID on cleanup.
 */
export async function startChildServer(options: StartOptions): Promise<ChildServer> {
  const child = spawn(options.command, [...options.args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`${options.name}: could not start ${options.command}`);
  const pid = child.pid;
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEEP);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const server: ChildServer = {
    name: options.name,
    pid,
    output: () => output,
    stop: (graceMs = 5_000) => stopChild(child, exited, graceMs),
  };
  const forget = onCleanup(`stop ${options.name} (pid ${pid})`, () => server.stop());
  void exited.then(forget);

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (true) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${options.name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`);
    }
    try {
      const res = await fetch(options.readyUrl, { signal: AbortSignal.timeout(1_000) });
      if (res.status === 200) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${options.name} not ready at ${options.readyUrl} after ${options.readyTimeoutMs ?? 60_000} ms:\n${output}`);
    }
    await sleep(200);
  }
}

async function stopChild(child: ChildProcess, exited: Promise<void>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  process.kill(child.pid!, 'SIGTERM');
  const timer = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, 'SIGKILL');
  }, graceMs);
  await exited;
  clearTimeout(timer);
}

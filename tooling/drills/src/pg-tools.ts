import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** How to get the client programs on the machines ketnoi runs on (Debian). */
export const INSTALL_HINT =
  'Cài gói PostgreSQL client / install the PostgreSQL client: `apt-get install -y postgresql-client` ' +
  '(Debian/Ubuntu; its major version must be at least the server\'s).';

export class PgToolMissingError extends Error {
  constructor(readonly tool: string, detail: string) {
    super(`Không tìm thấy ${tool} / ${tool} not found (${detail}).\n${INSTALL_HINT}`);
    this.name = 'PgToolMissingError';
  }
}

export interface PgTools {
  readonly pgDump: string;
  readonly pgRestore: string;
  /** e.g. 15 for `pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)`. */
  readonly major: number;
  readonly version: string;
}

/** `pg_dump` and `pg_restore` from PATH (or PG_BIN), with their version; throws with how to install them. */
export async function findPgTools(env: NodeJS.ProcessEnv = process.env): Promise<PgTools> {
  const bin = (name: string) => (env.PG_BIN ? `${env.PG_BIN.replace(/\/$/, '')}/${name}` : name);
  const versionOf = async (tool: string): Promise<string> => {
    try {
      const { stdout } = await run(bin(tool), ['--version'], { timeout: 10_000 });
      return stdout.trim();
    } catch (e) {
      throw new PgToolMissingError(tool, (e as NodeJS.ErrnoException).code ?? (e as Error).message);
    }
  };
  const dumpVersion = await versionOf('pg_dump');
  await versionOf('pg_restore');
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(dumpVersion);
  if (!match) throw new PgToolMissingError('pg_dump', `unexpected version line «${dumpVersion}»`);
  return { pgDump: bin('pg_dump'), pgRestore: bin('pg_restore'), major: Number(match[1]), version: `${match[1]}.${match[2] ?? '0'}` };
}

/**
 * The exact commands the README gives operators: a custom-format dump, restored into an empty
 * database without the original owner, stopping at the first error.
 */
export function dumpArgs(url: string, file: string): string[] {
  return ['--format=custom', `--file=${file}`, `--dbname=${url}`];
}

export function restoreArgs(url: string, file: string): string[] {
  return ['--exit-on-error', '--no-owner', `--dbname=${url}`, file];
}

export async function runTool(program: string, args: string[]): Promise<void> {
  try {
    await run(program, args, { timeout: 30 * 60_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (e) {
    const err = e as Error & { stderr?: string; code?: number | string };
    // The URL may hold a password: name the program and its error, not the arguments.
    throw new Error(`${program.split('/').pop()} thất bại / failed (${err.code ?? 'error'}): ${(err.stderr ?? err.message).trim()}`);
  }
}

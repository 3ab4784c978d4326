import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { onCleanup } from './cleanup.ts';

/** The project's PostgreSQL (toolchain.md): trust auth, maintenance database `postgres`. */
export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** Where scratch databases are created: the first of these variables that is set, else the default. */
export function adminDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.BENCH_ADMIN_DATABASE_URL || env.KETNOI_BENCH_PG_URL || env.DATABASE_URL || DEFAULT_ADMIN_URL;
}

/**
 * Creates `bench_<random>` for one run and registers its `DROP … WITH (FORCE)` (the servers may
 * still hold connections when the bench is interrupted).
 */
export async function createScratchDatabase(adminUrl = adminDatabaseUrl()): Promise<ScratchDatabase> {
  const name = `bench_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // One drop, shared: the benchmark's own `finally` and the Ctrl-C cleanup may both ask for it,
  // and the process must not exit while the first one is still running.
  let dropping: Promise<void> | null = null;
  const drop = () =>
    (dropping ??= withAdmin(adminUrl, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }));
  onCleanup(`drop database ${name}`, drop);
  return { name, url: url.toString(), drop };
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** One query on the scratch database (counts, ids), on a short-lived connection. */
export async function queryOnce<R extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  return withAdmin(url, async (c) => (await c.query<R>(text, values)).rows);
}

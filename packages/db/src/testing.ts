import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { createPgliteDatabase, createPostgresDatabase } from './connection.js';
import type { DatabaseHandle, DatabaseKind, PgliteDatabaseHandle } from './connection.js';
import { migrateToLatest } from './migrate.js';
import { seedReference } from './seed-reference.js';

/**
 * Test harness (a separate entry, `@ketnoi/db/testing`, so production code never loads it).
 *
 *   describe.each(testDatabases())('… on %s', (kind) => {
 *     let t: TestDatabase;
 *     beforeAll(async () => { t = await openTestDatabase(kind); });
 *     afterAll(() => t.close());
 *   });
 */

export type TestDatabase = DatabaseHandle & {
  /** postgres only: the URL of this test's own database (for a second pool, a superuser client…). */
  readonly url?: string;
  /** pglite only: the embedded instance (its `exec` runs multi-statement scripts, e.g. the job queue's). */
  readonly pglite?: PgliteDatabaseHandle['pglite'];
};

/** Always PGlite; also PostgreSQL when KETNOI_TEST_PG_URL names an admin connection. */
export function testDatabases(): DatabaseKind[] {
  return process.env.KETNOI_TEST_PG_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** Set by testing-global-setup.ts: a file holding the snapshot built once for the whole run. */
export const PGLITE_SNAPSHOT_ENV = 'KETNOI_TEST_PGLITE_SNAPSHOT';

/** A migrated, reference-seeded PGlite data directory (uncompressed tar). */
export async function buildPgliteSnapshot(): Promise<Blob> {
  const handle = await createPgliteDatabase({ memory: true });
  try {
    await migrateToLatest(handle.db);
    await seedReference(handle.db);
    return await handle.pglite.dumpDataDir('none');
  } finally {
    await handle.close();
  }
}

let pgliteSnapshot: Promise<Blob> | undefined;

/**
 * A fresh PGlite costs seconds (toolchain.md), so migrate and seed once (per run with the global
 * setup, else per process) and load the dumped data directory into each new in-memory instance.
 */
function migratedPgliteSnapshot(): Promise<Blob> {
  pgliteSnapshot ??= (async () => {
    const file = process.env[PGLITE_SNAPSHOT_ENV];
    if (file !== undefined && existsSync(file)) return new Blob([readFileSync(file)]);
    return buildPgliteSnapshot();
  })();
  return pgliteSnapshot;
}

/** A migrated, reference-seeded database of its own; close() drops it. */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const snapshot = await migratedPgliteSnapshot();
    const handle = await createPgliteDatabase({ memory: true, loadDataDir: snapshot });
    return { db: handle.db, kind: 'pglite', pglite: handle.pglite, close: handle.close };
  }
  const adminUrl = process.env.KETNOI_TEST_PG_URL;
  if (!adminUrl) throw new Error('KETNOI_TEST_PG_URL is not set: no PostgreSQL to test against');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = databaseUrl(adminUrl, name);
  const handle = createPostgresDatabase(url, 20);
  try {
    await migrateToLatest(handle.db);
    await seedReference(handle.db);
  } catch (e) {
    await handle.close();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw e;
  }
  return {
    db: handle.db,
    kind: 'postgres',
    url,
    close: async () => {
      await handle.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Same server and credentials as `adminUrl`, another database. */
export function databaseUrl(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

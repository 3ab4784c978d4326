import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import lockfile from 'proper-lockfile';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema.js';
import { PGLITE_PARSERS, PG_TYPE_OVERRIDES } from './type-conventions.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** PostgreSQL URL; defaults to process.env.DATABASE_URL. When absent, embedded PGlite is used. */
  url?: string;
  /** PGlite data directory; defaults to KETNOI_PGLITE_DIR, else <repo>/var/pglite. */
  dataDir?: string;
  /** PGlite in memory (tests, demos): nothing written to disk. */
  memory?: boolean;
  /** PGlite only: start from a `dumpDataDir()` snapshot (tests load a migrated, seeded one). */
  loadDataDir?: Blob | File;
  /** pg only: pool size. */
  maxConnections?: number;
}

export const DEFAULT_PGLITE_DIR = fileURLToPath(new URL('../../../var/pglite', import.meta.url));

/** Opens a pg Pool when a URL is given (or DATABASE_URL is set), else an embedded PGlite. */
export async function createDatabase(opts: CreateDatabaseOptions = {}): Promise<DatabaseHandle> {
  const url = opts.url ?? process.env.DATABASE_URL;
  if (url !== undefined && url !== '') return createPostgresDatabase(url, opts.maxConnections);
  return createPgliteDatabase(opts);
}

export function createPostgresDatabase(url: string, maxConnections = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, types: PG_TYPE_OVERRIDES });
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

export interface PgliteDatabaseHandle extends DatabaseHandle {
  readonly kind: 'pglite';
  /** The embedded instance, for snapshots (`dumpDataDir`) and backups. */
  readonly pglite: PGlite;
}

export async function createPgliteDatabase(opts: CreateDatabaseOptions = {}): Promise<PgliteDatabaseHandle> {
  let dataDir: string | undefined;
  if (opts.memory !== true) {
    dataDir = opts.dataDir ?? (process.env.KETNOI_PGLITE_DIR || DEFAULT_PGLITE_DIR);
    // toolchain.md: PGlite fails when the parent folder of its data directory is missing.
    mkdirSync(dirname(dataDir), { recursive: true });
  }
  // PGlite does not lock its folder: two processes on one folder would corrupt it (the server and
  // a CLI command, say). A lock directory beside it, refreshed while open, keeps it to one process.
  const unlock = dataDir !== undefined ? await lockDataDir(dataDir) : async () => {};
  try {
    const client = await PGlite.create({
      ...(dataDir !== undefined ? { dataDir } : {}),
      ...(opts.loadDataDir !== undefined ? { loadDataDir: opts.loadDataDir } : {}),
      parsers: PGLITE_PARSERS,
      // Always: the queues' search index (migration 0004) needs it, and a data directory that has
      // it cannot be opened without it.
      extensions: { pg_trgm },
    });
    const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
    return {
      db,
      kind: 'pglite',
      pglite: client,
      close: async () => {
        await db.destroy();
        await unlock();
      },
    };
  } catch (e) {
    await unlock();
    throw e;
  }
}

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(`Cơ sở dữ liệu nhúng tại ${dataDir} đang được một tiến trình khác sử dụng (máy chủ ketnoi?). Hãy dừng tiến trình đó, hoặc dùng PostgreSQL (DATABASE_URL) để nhiều tiến trình cùng truy cập.`);
    this.name = 'DataDirLockedError';
  }
}

async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, { realpath: false, stale: 15_000, update: 5_000 });
  } catch (e) {
    if ((e as { code?: string }).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw e;
  }
}

import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from '@ketnoi/db';

/** What pg-boss asks of a database (its `db` option): one SQL text with positional values. */
export interface PgBossExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[]; rowCount?: number }>;
}

/**
 * The embedded database's simple-query entry (PGlite's `exec`): several statements in one text.
 * pg-boss creates and migrates its schema with such texts (`BEGIN; …; COMMIT;`), which PGlite's
 * `query` (the extended protocol, one statement) refuses.
 */
export interface SimpleQueryRunner {
  exec(text: string): Promise<ReadonlyArray<{ rows: unknown[]; affectedRows?: number }>>;
}

const rowsOf = (r: { rows: unknown[]; numAffectedRows?: bigint }) => ({ rows: r.rows as any[], rowCount: r.numAffectedRows === undefined ? r.rows.length : Number(r.numAffectedRows) });

/**
 * pg-boss over ketnoi's own Kysely instance, so the queue lives in the same database and goes
 * through the same connections (pool on PostgreSQL; on PGlite the dialect's single session, which
 * serialises everything: a query on `db` while a transaction holds that session would wait for
 * ever, so nothing here runs inside a caller's transaction — see `transactionExecutor`).
 *
 * A text with values is one statement (extended protocol). A text without values may hold several
 * statements: it runs on one connection taken from Kysely (PGlite: through `exec` while Kysely's
 * lock is held), and when it fails half-way through an explicit BEGIN the session is rolled back
 * before the connection goes back, so no later query lands in an aborted transaction.
 */
export function pgBossExecutor(db: Kysely<Database>, embedded?: SimpleQueryRunner): PgBossExecutor {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return rowsOf(await db.executeQuery(CompiledQuery.raw(text, values)));
      return db.connection().execute(async (conn) => {
        try {
          if (embedded) {
            const results = await embedded.exec(text);
            const last = results.at(-1);
            return { rows: (last?.rows ?? []) as any[], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
          }
          return rowsOf(await conn.executeQuery(CompiledQuery.raw(text, [])));
        } catch (e) {
          await conn.executeQuery(CompiledQuery.raw('ROLLBACK', [])).catch(() => undefined);
          throw e;
        }
      });
    },
  };
}

/**
 * pg-boss bound to a Kysely transaction (its per-call `db` option): what it writes commits or rolls
 * back with the transaction. Single statements only (all that `send` and `complete` issue).
 */
export function transactionExecutor(trx: Transaction<Database>): PgBossExecutor {
  return {
    async executeSql(text, values) {
      return rowsOf(await trx.executeQuery(CompiledQuery.raw(text, values ?? [])));
    },
  };
}

/**
 * The queue's job id of one arming of one cause: a name-based UUID (RFC 9562 version 5 layout over
 * SHA-256 bits). Moving the same outbox row twice gives the same id, which pg-boss inserts once.
 */
export function jobIdOf(causeKey: string, runAt: Date): string {
  const h = createHash('sha256').update(`${causeKey}@${runAt.toISOString()}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@ketnoi/db';
import { appError } from '../errors.ts';

/**
 * Runs a mutation at most once per (user, idempotency key). The key row is inserted inside the
 * mutation's own transaction: a concurrent request with the same key waits on the unique index
 * and then finds the committed answer; a failed attempt rolls the key back so it can be retried.
 * The same key with a different body is refused (quality W3).
 */
export async function withIdempotency<T>(
  db: Kysely<Database>,
  scope: { userId: string; key: string; procedure: string; input: unknown },
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  const requestHash = createHash('sha256').update(scope.procedure).update('\0').update(stableJson(scope.input)).digest('hex');
  for (let attempt = 0; attempt < 3; attempt++) {
    const previous = await findKey(db, scope.userId, scope.key);
    if (previous) return answerFrom<T>(previous, requestHash);
    try {
      return await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('idempotency_keys')
          .values({ user_id: scope.userId, key: scope.key, procedure: scope.procedure, request_hash: requestHash, status: 'PENDING', response: null })
          .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
          .returning('key')
          .executeTakeFirst();
        if (!inserted) throw new KeyTaken();
        const result = await work(trx);
        await trx
          .updateTable('idempotency_keys')
          .set({ status: 'DONE', response: JSON.stringify(result ?? null) })
          .where('user_id', '=', scope.userId)
          .where('key', '=', scope.key)
          .execute();
        return result;
      });
    } catch (err) {
      if (!(err instanceof KeyTaken)) throw err;
      // Another request with this key committed between our look-up and our insert: read its answer.
    }
  }
  throw appError('IDEMPOTENCY_IN_PROGRESS');
}

class KeyTaken extends Error {}

async function findKey(db: Kysely<Database>, userId: string, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status', 'response'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
}

function answerFrom<T>(row: { request_hash: string; status: string; response: unknown }, requestHash: string): T {
  if (row.request_hash !== requestHash) throw appError('IDEMPOTENCY_KEY_REUSED');
  if (row.status !== 'DONE') throw appError('IDEMPOTENCY_IN_PROGRESS');
  return (typeof row.response === 'string' ? JSON.parse(row.response) : row.response) as T;
}

/** JSON with sorted keys, so that the same body hashes the same whatever the key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

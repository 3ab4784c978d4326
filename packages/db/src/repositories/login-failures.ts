import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Login throttling counted in the database so that every server process sees the same count
 * (quality.md N1). `key` is chosen by the caller (e.g. a hash of username and client address),
 * never a raw username or address, so no personal data lands here.
 */
export async function recordLoginFailure(db: Kysely<Database>, key: string, at: Date = new Date()): Promise<void> {
  await db.insertInto('login_failures').values({ key, failed_at: at }).execute();
}

export async function countLoginFailures(db: Kysely<Database>, key: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', '=', key)
    .where('failed_at', '>=', since.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function clearLoginFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

export async function purgeLoginFailures(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db.deleteFrom('login_failures').where('failed_at', '<', before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

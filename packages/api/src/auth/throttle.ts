import type { Kysely } from 'kysely';
import { clearLoginFailures, countLoginFailures, recordLoginFailure, type Database } from '@ketnoi/db';

/**
 * Failed logins are counted in the database, not in memory, so that every server process sees
 * the same count: per account name and per client address, over a sliding window.
 */
export const THROTTLE = { windowMinutes: 15, perUsername: 5, perAddress: 30 } as const;

const userKey = (username: string) => `u:${username.trim().toLowerCase()}`;
const addressKey = (address: string) => `a:${address}`;

export async function isThrottled(db: Kysely<Database>, username: string, address: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const [byUser, byAddress] = await Promise.all([countLoginFailures(db, userKey(username), since), countLoginFailures(db, addressKey(address), since)]);
  return byUser >= THROTTLE.perUsername || byAddress >= THROTTLE.perAddress;
}

export async function recordFailure(db: Kysely<Database>, username: string, address: string, now: Date): Promise<void> {
  await recordLoginFailure(db, userKey(username), now);
  await recordLoginFailure(db, addressKey(address), now);
}

export async function clearFailures(db: Kysely<Database>, username: string): Promise<void> {
  await clearLoginFailures(db, userKey(username));
}

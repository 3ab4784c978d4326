import type { Kysely, Transaction } from 'kysely';
import type { Database, RoleName, UserRow } from '../schema.js';

export interface NewUserInput {
  username: string;
  displayName: string;
  email?: string | null;
  /** Already hashed (argon2id, by the caller): this package never sees a password. */
  passwordHash: string;
  role: RoleName;
  unitId: string;
}

/** Usernames are compared case-insensitively: stored and looked up lowercased and trimmed. */
export const normaliseUsername = (username: string): string => username.trim().toLowerCase();

export async function createUser(db: Kysely<Database> | Transaction<Database>, input: NewUserInput): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({
      username: normaliseUsername(input.username),
      display_name: input.displayName,
      email: input.email ?? null,
      password_hash: input.passwordHash,
      role: input.role,
      unit_id: input.unitId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUserByUsername(db: Kysely<Database> | Transaction<Database>, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', normaliseUsername(username)).executeTakeFirst();
}

export async function findUserById(db: Kysely<Database> | Transaction<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface UserListItem {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: RoleName;
  readonly unitId: string;
  readonly unitName: string;
  readonly provinceCode: string | null;
  readonly active: boolean;
}

/** Users with their unit, for administration and the CLI (no hashes, no e-mail). */
export async function listUsers(db: Kysely<Database>, filter: { unitId?: string; activeOnly?: boolean } = {}): Promise<UserListItem[]> {
  let q = db
    .selectFrom('users as u')
    .innerJoin('units as n', 'n.id', 'u.unit_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.unit_id', 'n.name as unit_name', 'n.province_code', 'u.active'])
    .orderBy('u.username');
  if (filter.unitId !== undefined) q = q.where('u.unit_id', '=', filter.unitId);
  if (filter.activeOnly === true) q = q.where('u.active', '=', true);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    unitId: r.unit_id,
    unitName: r.unit_name,
    provinceCode: r.province_code,
    active: r.active,
  }));
}

/** Revokes every live session of a user (quality.md A3: a disabled or moved user is out at once). */
export async function revokeUserSessions(db: Kysely<Database> | Transaction<Database>, userId: string): Promise<number> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export type DisableUserResult = { readonly disabled: true; readonly userId: string; readonly revokedSessions: number } | { readonly disabled: false };

/**
 * Disables a user and revokes all their sessions in the same transaction, so no request can slip
 * through between the two (quality.md A3). Disabling an already disabled user revokes any session
 * left and keeps the first disabled_at.
 */
export async function disableUser(db: Kysely<Database> | Transaction<Database>, username: string): Promise<DisableUserResult> {
  const run = async (trx: Transaction<Database>): Promise<DisableUserResult> => {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'disabled_at'])
      .where('username', '=', normaliseUsername(username))
      .forUpdate()
      .executeTakeFirst();
    if (user === undefined) return { disabled: false };
    await trx
      .updateTable('users')
      .set((eb) => ({ active: false, disabled_at: eb.fn.coalesce('disabled_at', eb.val(new Date().toISOString())) }))
      .where('id', '=', user.id)
      .execute();
    const revokedSessions = await revokeUserSessions(trx, user.id);
    return { disabled: true, userId: user.id, revokedSessions };
  };
  return db.isTransaction ? run(db as Transaction<Database>) : db.transaction().execute(run);
}

/** Re-enables a disabled user (their old sessions stay revoked). */
export async function enableUser(db: Kysely<Database> | Transaction<Database>, username: string): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ active: true, disabled_at: null })
    .where('username', '=', normaliseUsername(username))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Sets a new password hash and revokes existing sessions (a changed password ends other logins). */
export async function setPasswordHash(db: Kysely<Database>, username: string, passwordHash: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, password_changed_at: new Date() })
      .where('username', '=', normaliseUsername(username))
      .returning('id')
      .executeTakeFirst();
    if (user === undefined) return false;
    await revokeUserSessions(trx, user.id);
    return true;
  });
}

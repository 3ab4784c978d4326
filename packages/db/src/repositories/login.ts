import type { Kysely } from 'kysely';
import type { Database, RoleName } from '../schema.js';
import { normaliseUsername } from './users.js';

export interface LoginCandidate {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly role: RoleName;
  readonly active: boolean;
  readonly unitId: string;
  readonly unitName: string;
  readonly provinceCode: string | null;
}

/** The user and unit facts a session carries; one query at login. */
export async function findUserForLogin(db: Kysely<Database>, username: string): Promise<LoginCandidate | undefined> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('units as n', 'n.id', 'u.unit_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.password_hash', 'u.role', 'u.active', 'n.id as unit_id', 'n.name as unit_name', 'n.province_code', 'n.active as unit_active'])
    .where('u.username', '=', normaliseUsername(username))
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    role: row.role,
    active: row.active && row.unit_active,
    unitId: row.unit_id,
    unitName: row.unit_name,
    provinceCode: row.province_code,
  };
}

import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@ketnoi/db';
import type { SessionUser } from '../context.ts';
import { appError } from '../errors.ts';
import { visibleTo } from './jurisdiction.ts';

/**
 * Loads a dossier row the user may see, or NOT_FOUND — the same answer whether it does not exist
 * or belongs to another jurisdiction, so that nothing leaks through error messages.
 */
export async function requireVisibleDossier(db: Kysely<Database> | Transaction<Database>, user: SessionUser, dossierId: string) {
  const row = await db
    .selectFrom('dossiers')
    .selectAll('dossiers')
    .where('dossiers.id', '=', dossierId)
    .where(visibleTo(user))
    .executeTakeFirst();
  if (!row) throw appError('NOT_FOUND');
  return row;
}

import type { Transaction } from 'kysely';
import type { Database } from '@ketnoi/db';
import type { SessionUser } from '../context.ts';
import { appError } from '../errors.ts';
import { requireVisibleDossier } from './dossier-access.ts';
import { editableVersionOf, ensureWorkingVersion } from './dossier-content.ts';
import { loadState } from './dossier-events.ts';

/**
 * Opens the version of a dossier the unit may edit, inside the caller's transaction: the dossier is
 * locked on the revision the user saw (a concurrent submit or return makes this a VERSION_CONFLICT),
 * and after a return the next version is created on first need. Returns the dossier id and the
 * editable version.
 */
export async function lockEditableVersion(trx: Transaction<Database>, user: SessionUser, dossierId: string, expectedRevision: number, now: Date) {
  const row = await requireVisibleDossier(trx, user, dossierId);
  const locked = await trx.updateTable('dossiers').set({ updated_at: now }).where('id', '=', row.id).where('revision', '=', expectedRevision).executeTakeFirst();
  if (Number(locked.numUpdatedRows) !== 1) throw appError('VERSION_CONFLICT');
  const { state } = await loadState(trx, row.id);
  const editable = editableVersionOf(state);
  if (editable === null) throw appError('DOMAIN_REFUSED', 'Hồ sơ đã gửi đi: chỉ sửa được khi còn là bản nháp hoặc khi bị trả lại để bổ sung.');
  if (editable > state.version) await ensureWorkingVersion(trx, row.id, state.version);
  return { dossierId: row.id, version: editable };
}

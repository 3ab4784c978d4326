import { sql, type Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import type { SessionUser } from '../context.ts';
import { visibleTo } from './jurisdiction.ts';

/** Columns a dossier list shows: no personal data. */
export function dossierSummaryQuery(db: Kysely<Database>, user: SessionUser) {
  return db
    .selectFrom('dossiers')
    .innerJoin('units', 'units.id', 'dossiers.owner_unit_id')
    .innerJoin('systems', 'systems.id', 'dossiers.system_id')
    .leftJoin('users as holder', 'holder.id', 'dossiers.holder_user_id')
    .where(visibleTo(user))
    .select([
      'dossiers.id',
      'dossiers.code',
      'dossiers.status',
      'dossiers.route',
      'dossiers.queue_province_code as queueProvinceCode',
      'dossiers.filed_province_code as filedProvinceCode',
      'dossiers.version',
      'dossiers.revision',
      'dossiers.stage_kind as stageKind',
      'dossiers.stage_due_on as stageDueOn',
      'dossiers.submitted_at as submittedAt',
      'dossiers.updated_at as updatedAt',
      'dossiers.created_at as createdAt',
      'units.id as ownerUnitId',
      'units.name as ownerUnitName',
      'systems.id as systemId',
      'systems.name as systemName',
      'holder.display_name as holderName',
      'dossiers.holder_user_id as holderUserId',
    ]);
}

export async function countVisible(db: Kysely<Database>, user: SessionUser, status?: string): Promise<number> {
  let q = db.selectFrom('dossiers').where(visibleTo(user)).select(sql<number>`count(*)::int`.as('n'));
  if (status) q = q.where('dossiers.status', '=', status as never);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

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
    // Units see who handles their dossier by unit and role (timeline), not the officer: for them
    // the holder join never matches.
    .leftJoin('users as holder', (join) => join.onRef('holder.id', '=', 'dossiers.holder_user_id').on(sql.lit(user.role !== 'SUBMITTER'), '=', true))
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
      'dossiers.amends_dossier_id as amendsDossierId',
      'units.id as ownerUnitId',
      'units.name as ownerUnitName',
      'systems.id as systemId',
      'systems.name as systemName',
      'holder.display_name as holderName',
      'holder.id as holderUserId',
    ]);
}

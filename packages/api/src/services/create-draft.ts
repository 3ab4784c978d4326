import { sql, type Transaction } from 'kysely';
import { loadReference, refreshDossierSearchText, type Database } from '@ketnoi/db';
import { createDossier, fold, localDate, routeDossier, type DossierState } from '@ketnoi/domain';
import type { SessionUser } from '../context.ts';
import { appError, refused } from '../errors.ts';
import { actorOf } from './actor.ts';
import { requireVisibleDossier } from './dossier-access.ts';
import { appendEvents, loadState, projection } from './dossier-events.ts';

/** Statuses in which an amendment is still being handled (not yet connected, nor ended). */
const OPEN_STATUSES = ['DRAFT', 'PROVINCIAL_REVIEW', 'NATIONAL_REVIEW', 'RETURNED', 'APPROVED'] as const;

/** A new draft dossier for one of the unit's systems: the row, version 1 and the CREATED event. */
export async function createDraft(trx: Transaction<Database>, user: SessionUser, systemId: string, now: Date) {
  const system = await trx.selectFrom('systems').select(['id']).where('id', '=', systemId).where('owner_unit_id', '=', user.unitId).executeTakeFirst();
  if (!system) throw appError('NOT_FOUND', 'Không tìm thấy hệ thống thông tin của đơn vị.');
  return insertDraft(trx, user, system.id, now, null);
}

/**
 * An amendment of a connected dossier (domain.md §4): a new draft of the same system, linked to
 * it, starting from the connected content (parts and accounts) so the unit edits only what changes.
 */
export async function createAmendment(trx: Transaction<Database>, user: SessionUser, connectedId: string, now: Date) {
  const connected = await requireVisibleDossier(trx, user, connectedId);
  const { state } = await loadState(trx, connected.id);
  const open = await trx
    .selectFrom('dossiers')
    .select('id')
    .where('amends_dossier_id', '=', connected.id)
    .where('status', 'in', OPEN_STATUSES)
    .executeTakeFirst();
  const draft = await insertDraft(trx, user, connected.system_id, now, { dossierId: connected.id, state, openAmendment: !!open });
  await sql`update dossier_versions n set service_registration = c.service_registration, org_commitment = c.org_commitment, security_confirmation = c.security_confirmation
    from dossier_versions c where c.dossier_id = ${connected.id} and c.version = ${state.version} and n.dossier_id = ${draft.dossierId} and n.version = 1`.execute(trx);
  await sql`insert into account_rows (dossier_id, version, row_number, full_name, personal_id, date_of_birth, sex, position, work_unit, phone, email, username, services)
    select ${draft.dossierId}, 1, row_number, full_name, personal_id, date_of_birth, sex, position, work_unit, phone, email, username, services
    from account_rows where dossier_id = ${connected.id} and version = ${state.version}`.execute(trx);
  return draft;
}

async function insertDraft(trx: Transaction<Database>, user: SessionUser, systemId: string, now: Date, amends: { dossierId: string; state: DossierState; openAmendment: boolean } | null) {
  const unit = await trx.selectFrom('units').select(['level', 'province_code']).where('id', '=', user.unitId).executeTakeFirstOrThrow();
  const reference = await loadReference(trx);
  const at = now.toISOString();
  const routed = routeDossier({ ownerUnit: { level: unit.level, provinceCode: unit.province_code }, provinces: reference.provinces, on: localDate(at) });
  if (!routed.ok) throw refused(routed.issues);
  const created = createDossier({ ownerUnitId: user.unitId, routing: routed.value, ...(amends ? { amends } : {}) }, actorOf(user), at);
  if (!created.ok) throw refused(created.issues);
  const state = fold([created.value]);
  const row = await trx
    .insertInto('dossiers')
    .values({ system_id: systemId, owner_unit_id: user.unitId, amends_dossier_id: amends?.dossierId ?? null, ...projection(state), created_at: at, updated_at: at })
    .returning(['id', 'code'])
    .executeTakeFirstOrThrow();
  // The code is given by the database: the search text follows the insert.
  await refreshDossierSearchText(trx, { dossierId: row.id });
  await trx
    .insertInto('dossier_versions')
    .values({
      dossier_id: row.id,
      version: 1,
      service_registration: JSON.stringify({ lines: [] }),
      org_commitment: JSON.stringify({ document: null }),
      security_confirmation: JSON.stringify({ survey: null, confirmation: { document: null, result: null, validUntil: null } }),
    })
    .execute();
  await appendEvents(trx, row.id, 0, [created.value]);
  return { dossierId: row.id, code: row.code, revision: state.revision, status: state.status };
}

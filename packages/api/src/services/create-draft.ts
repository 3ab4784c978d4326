import type { Transaction } from 'kysely';
import { loadReference, type Database } from '@ketnoi/db';
import { createDossier, fold, localDate, routeDossier } from '@ketnoi/domain';
import type { SessionUser } from '../context.ts';
import { appError, refused } from '../errors.ts';
import { actorOf } from './actor.ts';
import { appendEvents, projection } from './dossier-events.ts';

/** A new draft dossier for one of the unit's systems: the row, version 1 and the CREATED event. */
export async function createDraft(trx: Transaction<Database>, user: SessionUser, systemId: string, now: Date) {
  const system = await trx.selectFrom('systems').select(['id', 'owner_unit_id']).where('id', '=', systemId).where('owner_unit_id', '=', user.unitId).executeTakeFirst();
  if (!system) throw appError('NOT_FOUND', 'Không tìm thấy hệ thống thông tin của đơn vị.');
  const unit = await trx.selectFrom('units').select(['level', 'province_code']).where('id', '=', user.unitId).executeTakeFirstOrThrow();
  const reference = await loadReference(trx);
  const at = now.toISOString();
  const routed = routeDossier({ ownerUnit: { level: unit.level, provinceCode: unit.province_code }, provinces: reference.provinces, on: localDate(at) });
  if (!routed.ok) throw refused(routed.issues);
  const created = createDossier({ ownerUnitId: user.unitId, routing: routed.value }, actorOf(user), at);
  if (!created.ok) throw refused(created.issues);
  const state = fold([created.value]);
  const row = await trx
    .insertInto('dossiers')
    .values({ system_id: system.id, owner_unit_id: user.unitId, ...projection(state), created_at: at, updated_at: at })
    .returning(['id', 'code'])
    .executeTakeFirstOrThrow();
  await trx.insertInto('dossier_versions').values({ dossier_id: row.id, version: 1, service_registration: JSON.stringify({ lines: [] }), org_commitment: JSON.stringify({ document: null }), security_confirmation: JSON.stringify({ survey: null, confirmation: { document: null, result: null, validUntil: null } }) }).execute();
  await appendEvents(trx, row.id, 0, [created.value]);
  return { dossierId: row.id, code: row.code, revision: state.revision, status: state.status };
}

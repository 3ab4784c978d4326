import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@ketnoi/db';
import { fold, type DossierEvent, type DossierState } from '@ketnoi/domain';

type Db = Kysely<Database> | Transaction<Database>;

/** The event log of one dossier, in order. Each stored payload is the whole domain event. */
export async function loadEvents(db: Db, dossierId: string): Promise<DossierEvent[]> {
  const rows = await db.selectFrom('dossier_events').select('payload').where('dossier_id', '=', dossierId).orderBy('seq').execute();
  return rows.map((r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as DossierEvent);
}

/** The state is the fold of the events (domain.md §4), never read from the projection row. */
export async function loadState(db: Db, dossierId: string): Promise<{ events: DossierEvent[]; state: DossierState }> {
  const events = await loadEvents(db, dossierId);
  return { events, state: fold(events) };
}

export async function appendEvents(trx: Transaction<Database>, dossierId: string, fromRevision: number, events: readonly DossierEvent[]): Promise<void> {
  if (events.length === 0) return;
  await trx
    .insertInto('dossier_events')
    .values(
      events.map((event, i) => ({
        dossier_id: dossierId,
        seq: fromRevision + i + 1,
        type: event.type,
        actor_user_id: event.actor.userId,
        actor_role: event.actor.role,
        actor_unit_id: event.actor.unitId,
        payload: JSON.stringify(event),
        occurred_at: event.at,
      })),
    )
    .execute();
}

/** The projection row that queues and dashboards read; written in the same transaction as the events. */
export function projection(state: DossierState) {
  return {
    status: state.status,
    route: state.route,
    filed_province_code: state.filedProvinceCode,
    queue_province_code: state.queueProvinceCode,
    holder_user_id: state.holder?.userId ?? null,
    version: state.version,
    revision: state.revision,
    stage_kind: state.stage?.kind ?? null,
    stage_started_at: state.stage?.startedAt ?? null,
    stage_due_on: state.stage?.dueOn ?? null,
  };
}

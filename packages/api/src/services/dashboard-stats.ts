import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '@ketnoi/db';
import { evolve, localDate, type DossierEvent, type DossierState } from '@ketnoi/domain';
import { GRANULARITIES, periodOf, type Granularity } from './dashboard-periods.ts';

/**
 * Keeps the national dashboard's aggregates (migration 0005) in step with a dossier, in the
 * transaction of the command that changes it. Only submitted dossiers are counted (drafts are the
 * unit's own work); claims and releases change no figure and cost nothing here.
 *
 * Rows are locked in one global order (sorted keys, counts before periods), so two commands moving
 * dossiers between the same figures in opposite directions wait for each other instead of
 * deadlocking.
 */
export interface DashboardChange {
  readonly dossierId: string;
  readonly before: DossierState;
  readonly events: readonly DossierEvent[];
  /** Whether the dossier had been submitted before this command (dossiers.submitted_at). */
  readonly wasSubmitted: boolean;
}

interface CountsKey {
  readonly status: DossierState['status'];
  readonly province_code: string | null;
  readonly central_body_id: string | null;
  readonly stage_started_on: string | null;
  readonly stage_due_on: string | null;
}

/** Where a dossier in this state is counted (the same columns dashboard_rebuild() groups by). */
export function countsKeyOf(state: DossierState): CountsKey {
  return {
    status: state.status,
    province_code: state.queueProvinceCode,
    central_body_id: state.route === 'NATIONAL' ? state.ownerUnitId : null,
    stage_started_on: state.stage ? localDate(state.stage.startedAt) : null,
    stage_due_on: state.stage?.dueOn ?? null,
  };
}

const keyText = (k: object) => JSON.stringify(Object.values(k));

type PeriodCounters = {
  submitted: number;
  approved: number;
  connected: number;
  provincial_completed: number;
  provincial_on_time: number;
  national_completed: number;
  national_on_time: number;
};

const STAGE_ENDING: ReadonlySet<DossierEvent['type']> = new Set(['FORWARDED', 'RETURNED', 'REJECTED', 'APPROVED']);

export async function recordDashboardChange(trx: Transaction<Database>, change: DashboardChange): Promise<void> {
  const { before, events } = change;
  if (events.length === 0) return;

  // ---- dashboard_counts: leave the figure the dossier was in, join the one it is in now
  const after = events.reduce(evolve, before);
  const inAfter = change.wasSubmitted || events.some((e) => e.type === 'SUBMITTED');
  const from = change.wasSubmitted ? countsKeyOf(before) : null;
  const to = inAfter ? countsKeyOf(after) : null;
  const unchanged = from !== null && to !== null && keyText(from) === keyText(to) && before.version === after.version;
  if ((from !== null || to !== null) && !unchanged) {
    const accounts = await accountCounts(trx, change.dossierId, [...new Set([from && before.version, to && after.version].filter((v): v is number => typeof v === 'number'))]);
    const deltas = new Map<string, CountsKey & { dossiers: number; accounts: number }>();
    const add = (key: CountsKey, dossiers: number, accountRows: number) => {
      const text = keyText(key);
      const row = deltas.get(text) ?? { ...key, dossiers: 0, accounts: 0 };
      deltas.set(text, { ...row, dossiers: row.dossiers + dossiers, accounts: row.accounts + accountRows });
    };
    if (from) add(from, -1, -(accounts.get(before.version) ?? 0));
    if (to) add(to, 1, accounts.get(after.version) ?? 0);
    const rows = [...deltas.entries()]
      .filter(([, r]) => r.dossiers !== 0 || r.accounts !== 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, r]) => r);
    if (rows.length > 0) {
      await trx
        .insertInto('dashboard_counts')
        .values(rows)
        .onConflict((oc) =>
          oc.constraint('dashboard_counts_key').doUpdateSet((eb) => ({
            dossiers: eb('dashboard_counts.dossiers', '+', eb.ref('excluded.dossiers')),
            accounts: eb('dashboard_counts.accounts', '+', eb.ref('excluded.accounts')),
          })),
        )
        .execute();
    }
    // A figure left empty goes, so the table keeps only what exists (open stages move day by day).
    if (from) {
      await trx
        .deleteFrom('dashboard_counts')
        .where((eb) =>
          eb.and([
            eb('status', '=', from.status),
            eb('province_code', 'is not distinct from', from.province_code),
            eb('central_body_id', 'is not distinct from', from.central_body_id),
            eb('stage_started_on', 'is not distinct from', from.stage_started_on),
            eb('stage_due_on', 'is not distinct from', from.stage_due_on),
            eb('dossiers', '=', 0),
            eb('accounts', '=', 0),
          ]),
        )
        .execute();
    }
  }

  // ---- dashboard_periods: what each event did, in the week and the month of its local day, where the dossier then was
  const periods = new Map<string, { granularity: Granularity; period_start: string; province_code: string | null; central_body_id: string | null } & PeriodCounters>();
  let state = before;
  for (const event of events) {
    const next = evolve(state, event);
    const counters: Partial<PeriodCounters> = {};
    if (event.type === 'SUBMITTED') counters.submitted = 1;
    if (event.type === 'APPROVED') counters.approved = 1;
    if (event.type === 'CONNECTION_RECORDED') counters.connected = 1;
    if (STAGE_ENDING.has(event.type) && state.stage) {
      const onTime = localDate(event.at) <= state.stage.dueOn ? 1 : 0;
      if (state.stage.kind === 'PROVINCIAL') Object.assign(counters, { provincial_completed: 1, provincial_on_time: onTime });
      else Object.assign(counters, { national_completed: 1, national_on_time: onTime });
    }
    if (Object.keys(counters).length > 0) {
      const { province_code, central_body_id } = countsKeyOf(next);
      for (const granularity of GRANULARITIES) {
        const key = { granularity, period_start: periodOf(localDate(event.at), granularity).from, province_code, central_body_id };
        const text = keyText(key);
        const row = periods.get(text) ?? { ...key, submitted: 0, approved: 0, connected: 0, provincial_completed: 0, provincial_on_time: 0, national_completed: 0, national_on_time: 0 };
        for (const [name, value] of Object.entries(counters) as [keyof PeriodCounters, number][]) row[name] += value;
        periods.set(text, row);
      }
    }
    state = next;
  }
  const periodRows = [...periods.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
  if (periodRows.length > 0) {
    await trx
      .insertInto('dashboard_periods')
      .values(periodRows)
      .onConflict((oc) =>
        oc.constraint('dashboard_periods_key').doUpdateSet((eb) => ({
          submitted: eb('dashboard_periods.submitted', '+', eb.ref('excluded.submitted')),
          approved: eb('dashboard_periods.approved', '+', eb.ref('excluded.approved')),
          connected: eb('dashboard_periods.connected', '+', eb.ref('excluded.connected')),
          provincial_completed: eb('dashboard_periods.provincial_completed', '+', eb.ref('excluded.provincial_completed')),
          provincial_on_time: eb('dashboard_periods.provincial_on_time', '+', eb.ref('excluded.provincial_on_time')),
          national_completed: eb('dashboard_periods.national_completed', '+', eb.ref('excluded.national_completed')),
          national_on_time: eb('dashboard_periods.national_on_time', '+', eb.ref('excluded.national_on_time')),
        })),
      )
      .execute();
  }
}

async function accountCounts(trx: Transaction<Database>, dossierId: string, versions: readonly number[]): Promise<Map<number, number>> {
  if (versions.length === 0) return new Map();
  const rows = await trx
    .selectFrom('account_rows')
    .select(['version', (eb) => eb.fn.countAll<number>().as('n')])
    .where('dossier_id', '=', dossierId)
    .where('version', 'in', versions)
    .groupBy('version')
    .execute();
  return new Map(rows.map((r) => [r.version, Number(r.n)]));
}

/**
 * Recomputes both aggregate tables from dossiers, account rows and events (0005's
 * dashboard_rebuild()): for data loaded in bulk (benchmarks), or as a repair.
 */
export async function rebuildDashboardStats(db: Kysely<Database> | Transaction<Database>): Promise<void> {
  await sql`SELECT dashboard_rebuild()`.execute(db);
}

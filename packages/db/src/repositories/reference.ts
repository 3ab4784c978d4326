import { DEFAULT_POLICY } from '@ketnoi/domain';
import type { Policy, Province, ServiceCatalogueEntry } from '@ketnoi/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Database, JsonValue } from '../schema.js';

/** The shape of the domain's WorkingCalendar (days as 'yyyy-MM-dd'). */
export interface ReferenceCalendar {
  readonly holidays: Set<string>;
  readonly workingWeekends: Set<string>;
}

export interface ReferenceData {
  /** Current and historical provinces (the latter with validTo and successorCode). */
  readonly provinces: Province[];
  readonly services: ServiceCatalogueEntry[];
  readonly calendar: ReferenceCalendar;
  readonly policy: Policy;
}

type DbOrTrx = Kysely<Database> | Transaction<Database>;

export async function loadProvinces(db: DbOrTrx): Promise<Province[]> {
  const rows = await db.selectFrom('provinces').selectAll().orderBy('valid_to', (ob) => ob.desc().nullsFirst()).orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, name: r.name, validFrom: r.valid_from, validTo: r.valid_to, successorCode: r.successor_code }));
}

export async function loadServices(db: DbOrTrx): Promise<ServiceCatalogueEntry[]> {
  const rows = await db.selectFrom('services').selectAll().orderBy('sort_order').orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, name: r.name, active: r.active }));
}

export async function loadCalendar(db: DbOrTrx): Promise<ReferenceCalendar> {
  const rows = await db.selectFrom('calendar_days').select(['day', 'kind']).execute();
  const calendar: ReferenceCalendar = { holidays: new Set(), workingWeekends: new Set() };
  for (const r of rows) (r.kind === 'HOLIDAY' ? calendar.holidays : calendar.workingWeekends).add(r.day);
  return calendar;
}

/**
 * Policy values stored per key, merged over DEFAULT_POLICY: a stored value of the wrong type (or an
 * unknown key) is ignored, so a bad edit falls back to the documented default instead of breaking
 * deadlines.
 */
export async function loadPolicy(db: DbOrTrx): Promise<Policy> {
  const rows = await db.selectFrom('policies').select(['key', 'value']).execute();
  return mergePolicy(rows);
}

export function mergePolicy(rows: readonly { key: string; value: JsonValue }[]): Policy {
  const merged: Record<string, unknown> = { ...DEFAULT_POLICY };
  for (const { key, value } of rows) {
    if (!Object.hasOwn(DEFAULT_POLICY, key)) continue;
    const fallback = (DEFAULT_POLICY as unknown as Record<string, unknown>)[key];
    if (typeof value !== typeof fallback) continue;
    if (typeof value === 'number' && !(Number.isInteger(value) && value >= 0)) continue;
    if (key === 'deadlineOnResubmit' && value !== 'restart' && value !== 'resume') continue;
    merged[key] = value;
  }
  return merged as unknown as Policy;
}

export async function loadReference(db: DbOrTrx): Promise<ReferenceData> {
  // Sequential on purpose: inside a transaction there is one connection to share.
  const provinces = await loadProvinces(db);
  const services = await loadServices(db);
  const calendar = await loadCalendar(db);
  const policy = await loadPolicy(db);
  return { provinces, services, calendar, policy };
}

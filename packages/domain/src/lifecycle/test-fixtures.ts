import { CALENDAR_2025 } from '../calendar/test-calendar-2025';
import { DEFAULT_POLICY } from '../reference';
import type { Routing } from '../routing/routing';
import type { Actor } from './actor';
import type { DecideContext } from './decide';
import { createDossier } from './create';
import type { CreatedEvent } from './event';

/** Test actors: one owner unit (U1, local in Bắc Ninh 24), PC06 of 24 and of 01, C06, an admin. */
export const submitter: Actor = { userId: 'sub-1', role: 'SUBMITTER', unitId: 'U1', provinceCode: null };
export const otherSubmitter: Actor = { userId: 'sub-9', role: 'SUBMITTER', unitId: 'U9', provinceCode: null };
export const pc06a: Actor = { userId: 'pc-24-a', role: 'PROVINCIAL_REVIEWER', unitId: 'PC06-24', provinceCode: '24' };
export const pc06b: Actor = { userId: 'pc-24-b', role: 'PROVINCIAL_REVIEWER', unitId: 'PC06-24', provinceCode: '24' };
export const pc06Other: Actor = { userId: 'pc-01-a', role: 'PROVINCIAL_REVIEWER', unitId: 'PC06-01', provinceCode: '01' };
export const c06a: Actor = { userId: 'c06-a', role: 'NATIONAL_REVIEWER', unitId: 'C06', provinceCode: null };
export const c06b: Actor = { userId: 'c06-b', role: 'NATIONAL_REVIEWER', unitId: 'C06', provinceCode: null };
export const admin: Actor = { userId: 'adm-1', role: 'NATIONAL_ADMIN', unitId: 'C06', provinceCode: null };

export const LOCAL_ROUTING: Routing = { route: 'PROVINCIAL', filedProvinceCode: 'H24', queueProvinceCode: '24' };
export const NATIONAL_ROUTING: Routing = { route: 'NATIONAL' };

export const ctxAt = (now: string, extra: Partial<DecideContext> = {}): DecideContext => ({
  now,
  calendar: CALENDAR_2025,
  policy: DEFAULT_POLICY,
  ...extra,
});

export const created = (routing: Routing, at = '2025-07-01T02:00:00Z', ownerUnitId = 'U1'): CreatedEvent => {
  const r = createDossier({ ownerUnitId, routing }, { ...submitter, unitId: ownerUnitId }, at);
  if (!r.ok) throw new Error('fixture');
  return r.value;
};

import { error, type Result } from '../issue';
import type { Routing } from '../routing/routing';
import type { Actor } from './actor';
import type { CreatedEvent } from './event';

export interface CreateDossierInput {
  readonly ownerUnitId: string;
  /** From routeDossier() for the owner unit today; routed again on submission. */
  readonly routing: Routing;
}

/** A new draft: only a submitter of the owner unit creates one (domain.md §3). */
export const createDossier = (input: CreateDossierInput, actor: Actor, now: string): Result<CreatedEvent> => {
  if (actor.role !== 'SUBMITTER') {
    return { ok: false, issues: [error('ROLE_NOT_ALLOWED', 'Chỉ cán bộ của đơn vị chủ quản được lập hồ sơ đăng ký kết nối.')] };
  }
  if (actor.unitId !== input.ownerUnitId) return { ok: false, issues: [error('NOT_YOUR_UNIT', 'Bạn chỉ được lập hồ sơ cho đơn vị của mình.')] };
  return { ok: true, value: { type: 'CREATED', at: now, actor, ownerUnitId: input.ownerUnitId, routing: input.routing }, warnings: [] };
};

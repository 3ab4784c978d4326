import { error, type Result } from '../issue';
import type { Routing } from '../routing/routing';
import type { Actor } from './actor';
import type { CreatedEvent } from './event';
import type { DossierState } from './state';

export interface CreateDossierInput {
  readonly ownerUnitId: string;
  /** From routeDossier() for the owner unit today; routed again on submission. */
  readonly routing: Routing;
  /**
   * For an amendment: the connected dossier it changes, as it stands now, and whether another
   * amendment of it is still open (domain.md §4: after CONNECTED, a change of accounts or services
   * is a new dossier linked to the connected one; the connected set changes only when approved).
   */
  readonly amends?: { readonly dossierId: string; readonly state: DossierState; readonly openAmendment: boolean };
}

/** A new draft: only a submitter of the owner unit creates one (domain.md §3). */
export const createDossier = (input: CreateDossierInput, actor: Actor, now: string): Result<CreatedEvent> => {
  if (actor.role !== 'SUBMITTER') {
    return { ok: false, issues: [error('ROLE_NOT_ALLOWED', 'Chỉ cán bộ của đơn vị chủ quản được lập hồ sơ đăng ký kết nối.')] };
  }
  if (actor.unitId !== input.ownerUnitId) return { ok: false, issues: [error('NOT_YOUR_UNIT', 'Bạn chỉ được lập hồ sơ cho đơn vị của mình.')] };
  const amends = input.amends;
  if (amends) {
    if (amends.state.ownerUnitId !== input.ownerUnitId) return { ok: false, issues: [error('NOT_YOUR_UNIT', 'Bạn chỉ được đề nghị thay đổi hồ sơ của đơn vị mình.')] };
    if (amends.state.status !== 'CONNECTED') {
      return { ok: false, issues: [error('AMENDMENT_NOT_CONNECTED', 'Chỉ lập hồ sơ điều chỉnh cho hệ thống đang kết nối chính thức; hồ sơ chưa kết nối thì sửa trực tiếp khi còn là bản nháp hoặc bị trả lại.')] };
    }
    if (amends.openAmendment) {
      return { ok: false, issues: [error('AMENDMENT_ALREADY_OPEN', 'Đã có một hồ sơ điều chỉnh của kết nối này đang xử lý. Hãy hoàn tất hoặc rút hồ sơ đó trước.')] };
    }
  }
  return {
    ok: true,
    value: { type: 'CREATED', at: now, actor, ownerUnitId: input.ownerUnitId, routing: input.routing, ...(amends ? { amendsDossierId: amends.dossierId } : {}) },
    warnings: [],
  };
};

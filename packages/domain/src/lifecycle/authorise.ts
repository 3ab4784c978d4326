import { error, type Issue } from '../issue';
import type { Actor } from './actor';
import { COMMAND_TYPES, type CommandType } from './command';
import { COMMAND_LABELS_VI, STATUS_LABELS_VI } from './labels';
import type { DossierState } from './state';
import { FINAL_STATUSES } from './status';
import { ruleFor, type Relation } from './transitions';

const NOT_YOUR_UNIT = (): Issue => error('NOT_YOUR_UNIT', 'Hồ sơ không thuộc đơn vị của bạn.');
const OUT_OF_JURISDICTION = (): Issue => error('OUT_OF_JURISDICTION', 'Hồ sơ không thuộc phạm vi xử lý của đơn vị bạn.');

/**
 * Who may see the dossier at all. Checked before the table so that a refusal to an outsider says
 * nothing about the dossier, not even its status (domain.md §3: province A never sees province B).
 */
const outsiderIssue = (state: DossierState, actor: Actor): Issue | null => {
  switch (actor.role) {
    case 'NATIONAL_ADMIN':
      return error('ROLE_NOT_ALLOWED', 'Quản trị viên quản lý đơn vị, người dùng và danh mục; không thực hiện thao tác trên hồ sơ.');
    case 'SUBMITTER':
      return actor.unitId === state.ownerUnitId ? null : NOT_YOUR_UNIT();
    case 'PROVINCIAL_REVIEWER':
      return holdsRelation(state, actor, 'PROVINCE') ? null : OUT_OF_JURISDICTION();
    case 'NATIONAL_REVIEWER':
      return null;
  }
};

export const holdsRelation = (state: DossierState, actor: Actor, relation: Relation): boolean => {
  switch (relation) {
    case 'OWNER_UNIT':
      return actor.role === 'SUBMITTER' && actor.unitId === state.ownerUnitId;
    case 'PROVINCE':
      return (
        actor.role === 'PROVINCIAL_REVIEWER' &&
        state.route === 'PROVINCIAL' &&
        actor.provinceCode !== null &&
        actor.provinceCode === state.queueProvinceCode
      );
    case 'HOLDER':
      return state.holder !== null && state.holder.userId === actor.userId && state.holder.unitId === actor.unitId;
    case 'NATIONAL':
      return actor.role === 'NATIONAL_REVIEWER';
  }
};

const relationIssue = (state: DossierState, relation: Relation, command: CommandType): Issue => {
  switch (relation) {
    case 'OWNER_UNIT':
      return NOT_YOUR_UNIT();
    case 'PROVINCE':
      return OUT_OF_JURISDICTION();
    case 'NATIONAL':
      return error('ROLE_NOT_ALLOWED', 'Chỉ cán bộ thẩm định của C06 được thực hiện thao tác này.');
    case 'HOLDER':
      return error(
        'CLAIM_REQUIRED',
        state.holder === null
          ? `Bạn cần nhận xử lý hồ sơ trước khi ${COMMAND_LABELS_VI[command]}.`
          : `Hồ sơ đang do cán bộ khác nhận xử lý: hãy nhận xử lý (tiếp quản) trước khi ${COMMAND_LABELS_VI[command]}.`,
      );
  }
};

/**
 * Whether `actor` may send `command` to a dossier in `state`, by THE table (transitions.ts) plus the
 * claim rule: one holder at a time, taken over only within the same unit (domain.md §4).
 * Returns the refusal, or null. Payload checks (dates, completeness) are decide()'s.
 */
export const authorise = (state: DossierState, command: CommandType, actor: Actor): Issue | null => {
  const outsider = outsiderIssue(state, actor);
  if (outsider) return outsider;

  if ((FINAL_STATUSES as readonly string[]).includes(state.status)) {
    return error('FINAL_STATE', `Hồ sơ đã ở trạng thái cuối “${STATUS_LABELS_VI[state.status]}”, không nhận thêm thao tác nào.`);
  }
  const rule = ruleFor(state.status, command);
  if (!rule) {
    const possible = allowedCommands(state, actor).map((c) => COMMAND_LABELS_VI[c]);
    return error(
      'TRANSITION_NOT_ALLOWED',
      `Không thể ${COMMAND_LABELS_VI[command]} khi hồ sơ ở trạng thái “${STATUS_LABELS_VI[state.status]}”. ` +
        (possible.length > 0 ? `Bạn có thể: ${possible.join(', ')}.` : 'Ở trạng thái này bạn không có thao tác nào.'),
    );
  }
  if (rule.who.role !== actor.role) {
    return error('ROLE_NOT_ALLOWED', `Vai trò của bạn không được ${COMMAND_LABELS_VI[command]} ở trạng thái “${STATUS_LABELS_VI[state.status]}”.`);
  }
  for (const relation of rule.who.relations) {
    if (!holdsRelation(state, actor, relation)) return relationIssue(state, relation, command);
  }
  if (command === 'CLAIM' && state.holder !== null) {
    if (state.holder.userId === actor.userId && state.holder.unitId === actor.unitId) {
      return error('ALREADY_CLAIMED', 'Bạn đang nhận xử lý hồ sơ này.');
    }
    // A takeover stays inside the unit that holds the claim (domain.md §4: "another reviewer of the same unit").
    if (state.holder.unitId !== actor.unitId) {
      return error('CLAIMED_BY_ANOTHER_UNIT', 'Hồ sơ đang do đơn vị khác nhận xử lý.');
    }
  }
  return null;
};

/** The commands `actor` may send now: the same table and checks as decide(), for showing buttons. */
export const allowedCommands = (state: DossierState, actor: Actor): CommandType[] =>
  COMMAND_TYPES.filter((command) => ruleFor(state.status, command) !== undefined && authorise(state, command, actor) === null);

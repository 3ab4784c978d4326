import { localDate } from '../calendar/local-date';
import { addWorkingDays, nextWorkingDayOnOrAfter, workingDaysBetween, type WorkingCalendar } from '../calendar/working-days';
import { error, type Issue, type Result } from '../issue';
import type { Policy } from '../reference';
import type { Routing } from '../routing/routing';
import type { Actor } from './actor';
import { authorise } from './authorise';
import { COMMAND_TYPES, commandSchema, type Command, type CommandType } from './command';
import type { DossierEvent } from './event';
import type { Stage, StageKind } from './stage';
import type { DossierState } from './state';

export interface DecideContext {
  /** ISO instant of the decision; the day counts in Asia/Ho_Chi_Minh. */
  readonly now: string;
  readonly calendar: WorkingCalendar;
  readonly policy: Policy;
  /** Needed for SUBMIT and RESUBMIT: computed by the caller with routeDossier() on the day. */
  readonly routing?: Routing;
  /** For SUBMIT and RESUBMIT: the completeness check (domain.md §5); any error blocks, warnings pass through. */
  readonly completenessIssues?: readonly Issue[];
}

const refuse = (...issues: Issue[]): Result<never> => ({ ok: false, issues });
const accept = (events: DossierEvent[], warnings: readonly Issue[] = []): Result<DossierEvent[]> => ({ ok: true, value: events, warnings });

const stageKindOf = (routing: Routing): StageKind => (routing.route === 'PROVINCIAL' ? 'PROVINCIAL' : 'NATIONAL');

const fullDays = (kind: StageKind, policy: Policy): number =>
  kind === 'PROVINCIAL' ? policy.provincialReviewWorkingDays : policy.nationalReviewWorkingDays;

/** A new review clock: due on the n-th working day after the day of receipt (domain.md §4 "Deadlines"). */
const startStage = (kind: StageKind, ctx: DecideContext): Stage => ({
  kind,
  startedAt: ctx.now,
  dueOn: addWorkingDays(localDate(ctx.now), fullDays(kind, ctx.policy), ctx.calendar),
});

/**
 * The clock after a resubmission: a new full deadline by default, since processing time counts from
 * receipt of a complete dossier (NĐ 61/2018); under policy 'resume', the working days that were left
 * when the same stage was returned (none left: due on the next working day).
 */
const restartStage = (state: DossierState, kind: StageKind, ctx: DecideContext): Stage => {
  const paused = state.pausedStage;
  if (ctx.policy.deadlineOnResubmit !== 'resume' || paused === null || paused.kind !== kind) return startStage(kind, ctx);
  const today = localDate(ctx.now);
  const dueOn = paused.remainingWorkingDays > 0 ? addWorkingDays(today, paused.remainingWorkingDays, ctx.calendar) : nextWorkingDayOnOrAfter(today, ctx.calendar);
  return { kind, startedAt: ctx.now, dueOn };
};

const requireRouting = (ctx: DecideContext): Routing => {
  if (!ctx.routing) throw new Error('decide(SUBMIT/RESUBMIT) needs ctx.routing from routeDossier()');
  return ctx.routing;
};

const completenessGate = (ctx: DecideContext): Result<never> | null => {
  const errors = (ctx.completenessIssues ?? []).filter((i) => i.severity === 'error');
  if (errors.length === 0) return null;
  // Every failing item at once (domain.md §4), after the summary.
  return refuse(
    error('DOSSIER_INCOMPLETE', `Hồ sơ chưa đầy đủ: còn ${errors.length} nội dung cần hoàn thiện trước khi nộp.`),
    ...errors,
  );
};

const completenessWarnings = (ctx: DecideContext): readonly Issue[] => (ctx.completenessIssues ?? []).filter((i) => i.severity === 'warning');

/**
 * Check a command by an actor against the dossier's state and produce the events to store.
 * Refusals are Issues with stable codes; nothing is stored for them. Pure: time, calendar, policy,
 * routing and the completeness result come in through `ctx`.
 */
export const decide = (state: DossierState, input: Command, actor: Actor, ctx: DecideContext): Result<DossierEvent[]> => {
  // Who and when first (the table), then the payload: an actor who may not act learns nothing more.
  const type: unknown = (input as { type?: unknown }).type;
  if (!(COMMAND_TYPES as readonly unknown[]).includes(type)) return refuse(error('INVALID_COMMAND', 'Thao tác không hợp lệ.', ['type']));
  const refusal = authorise(state, type as CommandType, actor);
  if (refusal) return refuse(refusal);
  const parsed = commandSchema.safeParse(input);
  if (!parsed.success) {
    return refuse(...parsed.error.issues.map((i) => error('INVALID_COMMAND', i.message, i.path.filter((p): p is string | number => typeof p !== 'symbol'))));
  }
  const command = parsed.data;

  const at = ctx.now;
  const today = localDate(ctx.now);
  switch (command.type) {
    case 'SUBMIT': {
      const gate = completenessGate(ctx);
      if (gate) return gate;
      const routing = requireRouting(ctx);
      return accept([{ type: 'SUBMITTED', at, actor, routing, stage: startStage(stageKindOf(routing), ctx) }], completenessWarnings(ctx));
    }
    case 'RESUBMIT': {
      const gate = completenessGate(ctx);
      if (gate) return gate;
      const routing = requireRouting(ctx);
      const stage = restartStage(state, stageKindOf(routing), ctx);
      return accept([{ type: 'RESUBMITTED', at, actor, routing, stage, version: state.version + 1 }], completenessWarnings(ctx));
    }
    case 'WITHDRAW':
      return accept([{ type: 'WITHDRAWN', at, actor }]);
    case 'CLAIM':
      return accept([{ type: 'CLAIMED', at, actor, takenOverFrom: state.holder }]);
    case 'RELEASE':
      return accept([{ type: 'RELEASED', at, actor }]);
    case 'RETURN': {
      // The clock stops while the dossier is returned (domain.md §4); keep what was left for 'resume'.
      const pausedStage = state.stage
        ? { kind: state.stage.kind, remainingWorkingDays: Math.max(0, workingDaysBetween(today, state.stage.dueOn, ctx.calendar)) }
        : null;
      return accept([{ type: 'RETURNED', at, actor, deficiencies: command.deficiencies, pausedStage }]);
    }
    case 'FORWARD':
      return accept([{ type: 'FORWARDED', at, actor, opinion: command.opinion, stage: startStage('NATIONAL', ctx) }]);
    case 'REJECT':
      return accept([{ type: 'REJECTED', at, actor, reason: command.reason }]);
    case 'APPROVE':
      // A document's issue date is not in the future (domain.md §5 "Document reference").
      if (command.decision.issuedOn > today) {
        return refuse(error('DECISION_DATE_IN_FUTURE', 'Ngày ban hành quyết định phê duyệt không được sau ngày hôm nay.', ['decision', 'issuedOn']));
      }
      return accept([{ type: 'APPROVED', at, actor, decision: command.decision }]);
    case 'RECORD_CONNECTION': {
      if (command.connectedOn > today) {
        return refuse(error('CONNECTION_DATE_IN_FUTURE', 'Ngày kết nối không được sau ngày hôm nay.', ['connectedOn']));
      }
      const approvedOn = state.approval?.decision.issuedOn;
      if (approvedOn !== undefined && command.connectedOn < approvedOn) {
        return refuse(error('CONNECTION_BEFORE_APPROVAL', 'Ngày kết nối không được trước ngày ban hành quyết định phê duyệt.', ['connectedOn']));
      }
      const { type: _type, ...connection } = command;
      return accept([{ type: 'CONNECTION_RECORDED', at, actor, connection }]);
    }
    case 'SUSPEND':
      return accept([{ type: 'SUSPENDED', at, actor, reason: command.reason }]);
    case 'RESUME':
      return accept([{ type: 'RESUMED', at, actor }]);
    case 'REVOKE':
      return accept([{ type: 'REVOKED', at, actor, reason: command.reason }]);
  }
};

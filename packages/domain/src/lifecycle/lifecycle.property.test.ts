import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../calendar/calendar-date';
import { localDate } from '../calendar/local-date';
import { CALENDAR_2025 } from '../calendar/test-calendar-2025';
import { addWorkingDays, isWorkingDay } from '../calendar/working-days';
import { error } from '../issue';
import { DEFAULT_POLICY, type Policy } from '../reference';
import { routeDossier } from '../routing/route';
import { REGISTRY_2025 } from '../routing/test-registry';
import type { Actor } from './actor';
import { allowedCommands } from './authorise';
import { COMMAND_TYPES, type Command, type CommandType } from './command';
import { createDossier } from './create';
import { decide } from './decide';
import { dossierEventSchema, type DossierEvent } from './event';
import { evolve, fold } from './evolve';
import { initialState, type DossierState } from './state';
import type { DossierStatus } from './status';

/**
 * quality.md W1: 10,000 random command sequences by random actors on random dossiers.
 * The expected rows below are copied from domain.md §4 by hand, independently of transitions.ts,
 * so that a wrong row in the table is caught rather than mirrored.
 */
const SPEC: Record<string, DossierStatus | 'BY_ROUTE' | 'SAME'> = {
  'DRAFT SUBMIT SUBMITTER': 'BY_ROUTE',
  'DRAFT WITHDRAW SUBMITTER': 'WITHDRAWN',
  'RETURNED WITHDRAW SUBMITTER': 'WITHDRAWN',
  'PROVINCIAL_REVIEW CLAIM PROVINCIAL_REVIEWER': 'SAME',
  'PROVINCIAL_REVIEW RELEASE PROVINCIAL_REVIEWER': 'SAME',
  'PROVINCIAL_REVIEW RETURN PROVINCIAL_REVIEWER': 'RETURNED',
  'PROVINCIAL_REVIEW FORWARD PROVINCIAL_REVIEWER': 'NATIONAL_REVIEW',
  'NATIONAL_REVIEW CLAIM NATIONAL_REVIEWER': 'SAME',
  'NATIONAL_REVIEW RELEASE NATIONAL_REVIEWER': 'SAME',
  'NATIONAL_REVIEW RETURN NATIONAL_REVIEWER': 'RETURNED',
  'NATIONAL_REVIEW REJECT NATIONAL_REVIEWER': 'REJECTED',
  'NATIONAL_REVIEW APPROVE NATIONAL_REVIEWER': 'APPROVED',
  'RETURNED RESUBMIT SUBMITTER': 'BY_ROUTE',
  'APPROVED RECORD_CONNECTION NATIONAL_REVIEWER': 'CONNECTED',
  'CONNECTED SUSPEND NATIONAL_REVIEWER': 'SUSPENDED',
  'SUSPENDED RESUME NATIONAL_REVIEWER': 'CONNECTED',
  'CONNECTED REVOKE NATIONAL_REVIEWER': 'REVOKED',
  'SUSPENDED REVOKE NATIONAL_REVIEWER': 'REVOKED',
};
const HOLDER_COMMANDS: readonly CommandType[] = ['RELEASE', 'RETURN', 'FORWARD', 'REJECT', 'APPROVE'];
/** Refusals about the payload or the context, not about who or when: the table allowed the command. */
const PAYLOAD_REFUSALS = new Set(['INVALID_COMMAND', 'DOSSIER_INCOMPLETE', 'DECISION_DATE_IN_FUTURE', 'CONNECTION_DATE_IN_FUTURE', 'CONNECTION_BEFORE_APPROVAL']);
const REVIEW: readonly DossierStatus[] = ['PROVINCIAL_REVIEW', 'NATIONAL_REVIEW'];

const CURRENT = REGISTRY_2025.filter((p) => p.validTo === null).map((p) => p.code);

interface Step {
  readonly actor: number;
  readonly guided: boolean;
  readonly command: number;
  readonly daysLater: number;
  readonly minute: number;
  readonly incomplete: boolean;
  readonly variant: number;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  actor: fc.nat(),
  guided: fc.boolean(),
  command: fc.nat(),
  daysLater: fc.constantFrom(0, 0, 0, 1, 1, 2, 3, 7),
  minute: fc.integer({ min: 0, max: 1439 }),
  incomplete: fc.boolean(),
  variant: fc.nat({ max: 9 }),
});

const scenarioArb = fc.record({
  central: fc.boolean(),
  ownerProvince: fc.constantFrom(...REGISTRY_2025.map((p) => p.code)),
  otherProvinceIndex: fc.nat(),
  startOffset: fc.integer({ min: 0, max: 150 }),
  resume: fc.boolean(),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 30 }),
});

/** A command of the given type with a payload; some variants are invalid on purpose. */
const buildCommand = (type: CommandType, variant: number, today: string): Command => {
  switch (type) {
    case 'RETURN':
      return variant === 0
        ? { type, deficiencies: [] }
        : { type, deficiencies: [{ part: 'ACCOUNT_LIST', rows: [2 + variant], reason: 'Ngày sinh không khớp số định danh.' }] };
    case 'FORWARD':
      return {
        type,
        opinion: { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: variant < 3 ? 'NOT_OK' : 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' }, recommendation: 'APPROVE', note: 'Đủ điều kiện.' },
      };
    case 'REJECT':
    case 'SUSPEND':
    case 'REVOKE':
      return { type, reason: variant === 0 ? '' : 'Không bảo đảm an toàn thông tin.' };
    case 'APPROVE':
      return { type, decision: { numberAndSymbol: `${100 + variant}/QĐ-C06`, issuedOn: variant === 0 ? addCalendarDays(today, 1) : today } };
    case 'RECORD_CONNECTION':
      return { type, connectedOn: variant === 0 ? addCalendarDays(today, 1) : today, channel: variant < 5 ? 'NDXP' : 'LGSP', technicalReference: `KN-${variant}` };
    default:
      return { type };
  }
};

const instantAt = (day: string, minute: number): string => {
  // Hà Nội local time → UTC instant written with an explicit +07:00 offset.
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  return `${day}T${hh}:${mm}:00+07:00`;
};

describe('lifecycle properties (quality.md W1)', () => {
  it('10,000 random command sequences by random actors respect the table, the claims, the routing and the clock', () => {
    let accepted = 0;
    let refused = 0;
    const reached = new Set<string>();
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const policy: Policy = { ...DEFAULT_POLICY, deadlineOnResubmit: s.resume ? 'resume' : 'restart' };
        const ownerUnit = s.central ? ({ level: 'CENTRAL', provinceCode: null } as const) : ({ level: 'LOCAL', provinceCode: s.ownerProvince } as const);
        let day = addCalendarDays('2025-07-01', s.startOffset);
        const routeOn = (on: string) => {
          const r = routeDossier({ ownerUnit, provinces: REGISTRY_2025, on });
          if (!r.ok) throw new Error('the 2025 registry routes every province after 1 July 2025');
          return r.value;
        };
        const firstRouting = routeOn(day);
        const queue = firstRouting.route === 'PROVINCIAL' ? firstRouting.queueProvinceCode : null;
        const expectedQueue = s.central ? null : (REGISTRY_2025.find((p) => p.code === s.ownerProvince)?.successorCode ?? s.ownerProvince);
        expect(queue).toBe(expectedQueue);
        const otherProvince = CURRENT.filter((c) => c !== queue)[s.otherProvinceIndex % (CURRENT.length - 1)]!;
        const reviewerProvince = queue ?? '01';

        const owner: Actor = { userId: 'sub-owner', role: 'SUBMITTER', unitId: 'UNIT-OWNER', provinceCode: null };
        const actors: Actor[] = [
          owner,
          { userId: 'sub-other', role: 'SUBMITTER', unitId: 'UNIT-OTHER', provinceCode: null },
          { userId: 'pc-a', role: 'PROVINCIAL_REVIEWER', unitId: `PC06-${reviewerProvince}`, provinceCode: reviewerProvince },
          { userId: 'pc-b', role: 'PROVINCIAL_REVIEWER', unitId: `PC06-${reviewerProvince}`, provinceCode: reviewerProvince },
          { userId: 'pc-x', role: 'PROVINCIAL_REVIEWER', unitId: `PC06-${otherProvince}`, provinceCode: otherProvince },
          { userId: 'c06-a', role: 'NATIONAL_REVIEWER', unitId: 'C06', provinceCode: null },
          { userId: 'c06-b', role: 'NATIONAL_REVIEWER', unitId: 'C06', provinceCode: null },
          { userId: 'admin', role: 'NATIONAL_ADMIN', unitId: 'C06', provinceCode: null },
        ];
        const outsiders = new Set(['sub-other', 'pc-x', 'admin', ...(s.central ? ['pc-a', 'pc-b'] : [])]);

        const createdResult = createDossier({ ownerUnitId: owner.unitId, routing: firstRouting }, owner, instantAt(day, 480));
        if (!createdResult.ok) throw new Error('owner creates');
        const events: DossierEvent[] = [createdResult.value];
        let state: DossierState = initialState(createdResult.value);

        for (const step of s.steps) {
          day = addCalendarDays(day, step.daysLater);
          const now = instantAt(day, step.minute);
          const today = localDate(now);
          // Guided steps pick an actor who can do something and one of their buttons, to walk deep into the
          // lifecycle; unguided steps send any command by anyone.
          const able = actors.filter((a) => allowedCommands(state, a).length > 0);
          const pool = step.guided && able.length > 0 ? able : actors;
          const actor = pool[step.actor % pool.length]!;
          const allowed = allowedCommands(state, actor);
          const type = step.guided && allowed.length > 0 ? allowed[step.command % allowed.length]! : COMMAND_TYPES[step.command % COMMAND_TYPES.length]!;
          const command = buildCommand(type, step.variant, today);
          const before = JSON.stringify(state);
          const from = state;
          const result = decide(state, command, actor, {
            now,
            calendar: CALENDAR_2025,
            policy,
            routing: routeOn(today),
            completenessIssues: step.incomplete && step.variant < 3 ? [error('ACCOUNT_LIST_EMPTY', 'Danh sách tài khoản trống.')] : [],
          });
          // Refused or not, decide never touches the state it was given.
          expect(JSON.stringify(state)).toBe(before);

          if (!result.ok) {
            refused += 1;
            expect(result.issues.length).toBeGreaterThan(0);
            const code = result.issues[0]!.code;
            // A refusal the table did not cause can only be about the payload or the context.
            if (allowed.includes(type)) expect(PAYLOAD_REFUSALS.has(code), code).toBe(true);
            else expect(PAYLOAD_REFUSALS.has(code), code).toBe(false);
            continue;
          }

          accepted += 1;
          // Every accepted command is a row of domain.md §4, in the table's own view too.
          const row = SPEC[`${from.status} ${type} ${actor.role}`];
          expect(row, `${from.status} ${type} ${actor.role}`).toBeDefined();
          expect(allowed).toContain(type);
          expect(outsiders.has(actor.userId)).toBe(false);
          if (HOLDER_COMMANDS.includes(type)) expect(from.holder?.userId).toBe(actor.userId);
          if (type === 'CLAIM' && from.holder) expect(from.holder.unitId).toBe(actor.unitId);
          if (actor.role === 'SUBMITTER') expect(actor.unitId).toBe(from.ownerUnitId);
          expect(result.value).toHaveLength(1);
          const event = result.value[0]!;
          if (event.type === 'CLAIMED') expect(event.takenOverFrom).toEqual(from.holder);
          state = evolve(state, event);
          events.push(event);
          reached.add(state.status);

          const expected = row === 'SAME' ? from.status : row === 'BY_ROUTE' ? (s.central ? 'NATIONAL_REVIEW' : 'PROVINCIAL_REVIEW') : row;
          expect(state.status).toBe(expected);
          // Routing never puts a local dossier in another province's queue.
          expect(state.queueProvinceCode).toBe(expectedQueue);
          if (state.status === 'PROVINCIAL_REVIEW') expect(state.route).toBe('PROVINCIAL');
          // The clock: runs only in review, stopped while returned, and always due on a working day.
          if (REVIEW.includes(state.status)) {
            expect(state.stage).not.toBeNull();
            expect(state.stage!.kind).toBe(state.status === 'PROVINCIAL_REVIEW' ? 'PROVINCIAL' : 'NATIONAL');
            expect(isWorkingDay(state.stage!.dueOn, CALENDAR_2025), state.stage!.dueOn).toBe(true);
          } else {
            expect(state.stage).toBeNull();
            expect(state.holder).toBeNull();
          }
          // A stage that starts now is due in the full number of working days (restart) or on/after today (resume).
          if (event.type === 'SUBMITTED' || event.type === 'FORWARDED' || event.type === 'RESUBMITTED') {
            const kind = state.stage!.kind;
            const full = addWorkingDays(today, kind === 'PROVINCIAL' ? policy.provincialReviewWorkingDays : policy.nationalReviewWorkingDays, CALENDAR_2025);
            if (event.type === 'RESUBMITTED' && s.resume) expect(state.stage!.dueOn >= today && state.stage!.dueOn <= full).toBe(true);
            else expect(state.stage!.dueOn).toBe(full);
          }
        }

        // The state built step by step is the fold of the stored events, also after a JSON round trip.
        expect(state.revision).toBe(events.length);
        expect(fold(events)).toEqual(state);
        const stored = (JSON.parse(JSON.stringify(events)) as unknown[]).map((e) => dossierEventSchema.parse(e));
        expect(fold(stored)).toEqual(state);
      }),
      { numRuns: 10_000 },
    );
    expect(accepted).toBeGreaterThan(10_000);
    expect(refused).toBeGreaterThan(10_000);
    // The walk reached every state, final ones included.
    expect([...reached].sort()).toEqual(['APPROVED', 'CONNECTED', 'NATIONAL_REVIEW', 'PROVINCIAL_REVIEW', 'REJECTED', 'RETURNED', 'REVOKED', 'SUSPENDED', 'WITHDRAWN']);
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../reference';
import { error, type Result } from '../issue';
import type { Actor } from './actor';
import { allowedCommands } from './authorise';
import type { Command } from './command';
import { createDossier } from './create';
import { decide, type DecideContext } from './decide';
import { dossierEventSchema, type DossierEvent } from './event';
import { evolve, fold } from './evolve';
import { initialState, type DossierState } from './state';
import { admin, c06a, c06b, created, ctxAt, LOCAL_ROUTING, NATIONAL_ROUTING, otherSubmitter, pc06a, pc06b, pc06Other, submitter } from './test-fixtures';

// Monday 7 July 2025, 09:00 in Hà Nội.
const MON = '2025-07-07T02:00:00Z';
const TUE = '2025-07-08T02:00:00Z';
const NEXT_MON = '2025-07-14T02:00:00Z';

const OPINION = { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' }, recommendation: 'APPROVE', note: '' } as const;
const RETURN: Command = { type: 'RETURN', deficiencies: [{ part: 'ACCOUNT_LIST', rows: [3, 7], reason: 'Sai ngày sinh.' }] };

/** Apply a command, expecting success; keeps the history for fold checks. */
class Dossier {
  events: DossierEvent[];
  state: DossierState;
  constructor(first = created(LOCAL_ROUTING)) {
    this.events = [first];
    this.state = initialState(first);
  }
  try(command: Command, actor: Actor, ctx: DecideContext): Result<DossierEvent[]> {
    const r = decide(this.state, command, actor, ctx);
    if (r.ok) {
      this.events.push(...r.value);
      this.state = r.value.reduce(evolve, this.state);
    }
    return r;
  }
  do(command: Command, actor: Actor, ctx: DecideContext = ctxAt(MON)): this {
    const r = this.try(command, actor, ctx);
    if (!r.ok) throw new Error(`refused: ${r.issues.map((i) => i.code).join(', ')}`);
    return this;
  }
}

const refusal = (r: Result<unknown>): string[] => (r.ok ? [] : r.issues.map((i) => i.code));
const submitCtx = (now = MON, routing = LOCAL_ROUTING) => ctxAt(now, { routing });

describe('decide: the whole lifecycle of a local dossier', () => {
  it('goes PC06 → C06 → approved → connected → suspended → resumed → revoked', () => {
    const d = new Dossier();
    d.do({ type: 'SUBMIT' }, submitter, submitCtx());
    expect(d.state).toMatchObject({ status: 'PROVINCIAL_REVIEW', queueProvinceCode: '24', filedProvinceCode: 'H24' });
    expect(d.state.stage).toEqual({ kind: 'PROVINCIAL', startedAt: MON, dueOn: '2025-07-10' }); // 3 working days
    d.do({ type: 'CLAIM' }, pc06a);
    expect(d.state.holder).toEqual({ userId: 'pc-24-a', unitId: 'PC06-24' });
    d.do({ type: 'FORWARD', opinion: OPINION }, pc06a, ctxAt(TUE));
    expect(d.state).toMatchObject({ status: 'NATIONAL_REVIEW', holder: null, lastOpinion: OPINION });
    expect(d.state.stage).toEqual({ kind: 'NATIONAL', startedAt: TUE, dueOn: '2025-07-15' }); // 5 working days
    d.do({ type: 'CLAIM' }, c06a);
    d.do({ type: 'APPROVE', decision: { numberAndSymbol: '123/QĐ-C06', issuedOn: '2025-07-07' } }, c06a);
    expect(d.state).toMatchObject({ status: 'APPROVED', stage: null, holder: null, approval: { approvedBy: 'c06-a' } });
    d.do({ type: 'RECORD_CONNECTION', connectedOn: '2025-07-07', channel: 'NDXP', technicalReference: 'NDXP-2025-001' }, c06b);
    expect(d.state).toMatchObject({ status: 'CONNECTED', connection: { channel: 'NDXP' } });
    d.do({ type: 'SUSPEND', reason: 'Văn bản xác nhận an ninh hết hiệu lực.' }, c06b);
    expect(d.state).toMatchObject({ status: 'SUSPENDED', suspension: { since: MON } });
    d.do({ type: 'RESUME' }, c06a);
    expect(d.state).toMatchObject({ status: 'CONNECTED', suspension: null });
    d.do({ type: 'REVOKE', reason: 'Hệ thống ngừng hoạt động.' }, c06a);
    expect(d.state.status).toBe('REVOKED');
    expect(refusal(d.try({ type: 'RESUME' }, c06a, ctxAt(MON)))).toEqual(['FINAL_STATE']);
    expect(fold(d.events)).toEqual(d.state);
    expect(d.state.revision).toBe(d.events.length);
  });

  it('sends a central dossier straight to C06 with a 5-day clock', () => {
    const d = new Dossier(created(NATIONAL_ROUTING));
    d.do({ type: 'SUBMIT' }, submitter, submitCtx(MON, NATIONAL_ROUTING));
    expect(d.state).toMatchObject({ status: 'NATIONAL_REVIEW', route: 'NATIONAL', queueProvinceCode: null, stage: { dueOn: '2025-07-14' } });
    expect(refusal(d.try({ type: 'CLAIM' }, pc06a, ctxAt(MON)))).toEqual(['OUT_OF_JURISDICTION']);
  });
});

describe('decide: who may act', () => {
  it('refuses outsiders without revealing the status', () => {
    const d = new Dossier().do({ type: 'SUBMIT' }, submitter, submitCtx());
    for (const [actor, code] of [
      [otherSubmitter, 'NOT_YOUR_UNIT'],
      [pc06Other, 'OUT_OF_JURISDICTION'],
      [admin, 'ROLE_NOT_ALLOWED'],
    ] as const) {
      const r = d.try({ type: 'CLAIM' }, actor, ctxAt(MON));
      expect(refusal(r)).toEqual([code]);
      if (!r.ok) expect(r.issues[0]?.message).not.toMatch(/PC06 đang thẩm định|trạng thái/);
    }
  });

  it('says which state and what is possible when a command does not fit the state', () => {
    const d = new Dossier();
    const r = d.try({ type: 'APPROVE', decision: { numberAndSymbol: '1/QĐ-C06', issuedOn: '2025-07-01' } }, submitter, ctxAt(MON));
    expect(refusal(r)).toEqual(['TRANSITION_NOT_ALLOWED']);
    if (!r.ok) expect(r.issues[0]?.message).toBe('Không thể phê duyệt khi hồ sơ ở trạng thái “Đang soạn”. Bạn có thể: nộp hồ sơ, rút hồ sơ.');
  });

  it('needs the right role for a command of the state, and a claim to act', () => {
    const d = new Dossier().do({ type: 'SUBMIT' }, submitter, submitCtx());
    expect(refusal(d.try({ type: 'CLAIM' }, submitter, ctxAt(MON)))).toEqual(['ROLE_NOT_ALLOWED']);
    expect(refusal(d.try({ type: 'CLAIM' }, c06a, ctxAt(MON)))).toEqual(['ROLE_NOT_ALLOWED']);
    expect(refusal(d.try(RETURN, pc06a, ctxAt(MON)))).toEqual(['CLAIM_REQUIRED']);
    expect(refusal(d.try({ type: 'RELEASE' }, pc06a, ctxAt(MON)))).toEqual(['CLAIM_REQUIRED']);
  });

  it('lets another reviewer of the same unit take over, and records it', () => {
    const d = new Dossier().do({ type: 'SUBMIT' }, submitter, submitCtx()).do({ type: 'CLAIM' }, pc06a);
    expect(refusal(d.try({ type: 'CLAIM' }, pc06a, ctxAt(MON)))).toEqual(['ALREADY_CLAIMED']);
    d.do({ type: 'CLAIM' }, pc06b);
    expect(d.events.at(-1)).toMatchObject({ type: 'CLAIMED', takenOverFrom: { userId: 'pc-24-a', unitId: 'PC06-24' } });
    expect(d.state.holder?.userId).toBe('pc-24-b');
    const r = d.try(RETURN, pc06a, ctxAt(MON));
    expect(refusal(r)).toEqual(['CLAIM_REQUIRED']);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/cán bộ khác/);
    d.do({ type: 'RELEASE' }, pc06b);
    expect(d.state.holder).toBeNull();
  });

  it('refuses a takeover from another unit', () => {
    const d = new Dossier().do({ type: 'SUBMIT' }, submitter, submitCtx()).do({ type: 'CLAIM' }, pc06a);
    const movedIn: Actor = { ...pc06b, unitId: 'PC06-24-NEW' };
    expect(refusal(d.try({ type: 'CLAIM' }, movedIn, ctxAt(MON)))).toEqual(['CLAIMED_BY_ANOTHER_UNIT']);
  });

  it('gives the same answer in allowedCommands', () => {
    const d = new Dossier();
    expect(allowedCommands(d.state, submitter)).toEqual(['SUBMIT', 'WITHDRAW']);
    expect(allowedCommands(d.state, pc06a)).toEqual([]);
    d.do({ type: 'SUBMIT' }, submitter, submitCtx());
    expect(allowedCommands(d.state, submitter)).toEqual([]);
    expect(allowedCommands(d.state, pc06a)).toEqual(['CLAIM']);
    expect(allowedCommands(d.state, pc06Other)).toEqual([]);
    expect(allowedCommands(d.state, admin)).toEqual([]);
    d.do({ type: 'CLAIM' }, pc06a);
    expect(allowedCommands(d.state, pc06a)).toEqual(['RELEASE', 'RETURN', 'FORWARD']);
    expect(allowedCommands(d.state, pc06b)).toEqual(['CLAIM']);
    d.do({ type: 'FORWARD', opinion: OPINION }, pc06a);
    expect(allowedCommands(d.state, c06a)).toEqual(['CLAIM']);
    expect(allowedCommands(d.state, pc06a)).toEqual([]);
  });
});

describe('decide: completeness, payloads and dates', () => {
  it('blocks submission with every failing item at once and passes warnings through', () => {
    const d = new Dossier();
    const issues = [
      error('ORG_COMMITMENT_MISSING', 'Thiếu bản cam kết.'),
      error('ACCOUNT_LIST_EMPTY', 'Danh sách tài khoản trống.'),
      { code: 'EMAIL_NOT_GOV', message: 'Email không thuộc gov.vn.', severity: 'warning' as const },
    ];
    const r = d.try({ type: 'SUBMIT' }, submitter, ctxAt(MON, { routing: LOCAL_ROUTING, completenessIssues: issues }));
    expect(refusal(r)).toEqual(['DOSSIER_INCOMPLETE', 'ORG_COMMITMENT_MISSING', 'ACCOUNT_LIST_EMPTY']);
    expect(d.state.status).toBe('DRAFT');
    const ok = d.try({ type: 'SUBMIT' }, submitter, ctxAt(MON, { routing: LOCAL_ROUTING, completenessIssues: [issues[2]!] }));
    expect(ok.ok && ok.warnings.map((w) => w.code)).toEqual(['EMAIL_NOT_GOV']);
  });

  it('throws when the caller forgot the routing (a programming error)', () => {
    expect(() => new Dossier().try({ type: 'SUBMIT' }, submitter, ctxAt(MON))).toThrow(/routing/);
  });

  it('validates payloads with the command schemas', () => {
    const d = new Dossier().do({ type: 'SUBMIT' }, submitter, submitCtx()).do({ type: 'CLAIM' }, pc06a);
    expect(refusal(d.try({ type: 'RETURN', deficiencies: [] }, pc06a, ctxAt(MON)))).toEqual(['INVALID_COMMAND']);
    const rowsOnWrongPart: Command = { type: 'RETURN', deficiencies: [{ part: 'ORG_COMMITMENT', rows: [2], reason: 'x' }] };
    expect(refusal(d.try(rowsOnWrongPart, pc06a, ctxAt(MON)))).toEqual(['INVALID_COMMAND']);
    expect(refusal(d.try({ type: 'RETURN', deficiencies: [{ part: 'ACCOUNT_LIST', reason: '   ' }] }, pc06a, ctxAt(MON)))).toEqual(['INVALID_COMMAND']);
    expect(d.state.status).toBe('PROVINCIAL_REVIEW');
    // Who comes before what: an outsider learns nothing about the payload either.
    expect(refusal(d.try({ type: 'RETURN', deficiencies: [] }, pc06Other, ctxAt(MON)))).toEqual(['OUT_OF_JURISDICTION']);
    expect(refusal(d.try({ type: 'LAUNCH' } as unknown as Command, pc06a, ctxAt(MON)))).toEqual(['INVALID_COMMAND']);
  });

  it('checks the decision number like any document reference (NĐ 30/2020)', () => {
    const d = new Dossier(created(NATIONAL_ROUTING)).do({ type: 'SUBMIT' }, submitter, submitCtx(MON, NATIONAL_ROUTING)).do({ type: 'CLAIM' }, c06a);
    expect(refusal(d.try({ type: 'APPROVE', decision: { numberAndSymbol: 'QĐ-C06', issuedOn: '2025-07-07' } }, c06a, ctxAt(MON)))).toEqual(['INVALID_COMMAND']);
    d.do({ type: 'APPROVE', decision: { numberAndSymbol: ' 15 / QĐ-C06 ', issuedOn: '2025-07-07' } }, c06a);
    expect(d.state.approval?.decision.numberAndSymbol).toBe('15/QĐ-C06');
  });

  it('refuses a decision dated in the future and a connection before the decision', () => {
    const d = new Dossier(created(NATIONAL_ROUTING)).do({ type: 'SUBMIT' }, submitter, submitCtx(MON, NATIONAL_ROUTING)).do({ type: 'CLAIM' }, c06a);
    expect(refusal(d.try({ type: 'APPROVE', decision: { numberAndSymbol: '9/QĐ-C06', issuedOn: '2025-07-08' } }, c06a, ctxAt(MON)))).toEqual([
      'DECISION_DATE_IN_FUTURE',
    ]);
    d.do({ type: 'APPROVE', decision: { numberAndSymbol: '9/QĐ-C06', issuedOn: '2025-07-07' } }, c06a);
    const conn = (connectedOn: string) => ({ type: 'RECORD_CONNECTION', connectedOn, channel: 'LGSP', technicalReference: 'T-1' }) as const;
    expect(refusal(d.try(conn('2025-07-06'), c06a, ctxAt(MON)))).toEqual(['CONNECTION_BEFORE_APPROVAL']);
    expect(refusal(d.try(conn('2025-07-08'), c06a, ctxAt(MON)))).toEqual(['CONNECTION_DATE_IN_FUTURE']);
  });
});

describe('decide: returns, versions and the clock', () => {
  const returnedOnTuesday = (policy = DEFAULT_POLICY) =>
    new Dossier()
      .do({ type: 'SUBMIT' }, submitter, ctxAt(MON, { routing: LOCAL_ROUTING, policy }))
      .do({ type: 'CLAIM' }, pc06a, ctxAt(TUE))
      .do(RETURN, pc06a, ctxAt(TUE, { policy }));

  it('stops the clock while returned and restarts it in full on resubmission', () => {
    const d = returnedOnTuesday();
    expect(d.state).toMatchObject({ status: 'RETURNED', stage: null, holder: null, deficiencies: [{ part: 'ACCOUNT_LIST', rows: [3, 7] }] });
    expect(d.state.pausedStage).toEqual({ kind: 'PROVINCIAL', remainingWorkingDays: 2 });
    d.do({ type: 'RESUBMIT' }, submitter, submitCtx(NEXT_MON));
    expect(d.state).toMatchObject({ status: 'PROVINCIAL_REVIEW', version: 2, stage: { dueOn: '2025-07-17' }, pausedStage: null });
  });

  it("resumes the remaining working days under policy 'resume'", () => {
    const policy = { ...DEFAULT_POLICY, deadlineOnResubmit: 'resume' as const };
    const d = returnedOnTuesday(policy);
    d.do({ type: 'RESUBMIT' }, submitter, ctxAt(NEXT_MON, { routing: LOCAL_ROUTING, policy }));
    expect(d.state.stage?.dueOn).toBe('2025-07-16');
  });

  it('sends a local dossier returned by C06 back to PC06, keeping the filed province', () => {
    const d = new Dossier()
      .do({ type: 'SUBMIT' }, submitter, submitCtx())
      .do({ type: 'CLAIM' }, pc06a)
      .do({ type: 'FORWARD', opinion: OPINION }, pc06a)
      .do({ type: 'CLAIM' }, c06a)
      .do(RETURN, c06a);
    expect(d.state.pausedStage?.kind).toBe('NATIONAL');
    const rerouted = { route: 'PROVINCIAL', filedProvinceCode: '24', queueProvinceCode: '24' } as const;
    d.do({ type: 'RESUBMIT' }, submitter, submitCtx(NEXT_MON, rerouted));
    expect(d.state).toMatchObject({ status: 'PROVINCIAL_REVIEW', filedProvinceCode: 'H24', queueProvinceCode: '24', stage: { kind: 'PROVINCIAL' } });
    expect(fold(d.events)).toEqual(d.state);
  });

  it('lets the owner withdraw a returned dossier, then nothing more', () => {
    const d = returnedOnTuesday().do({ type: 'WITHDRAW' }, submitter);
    expect(d.state.status).toBe('WITHDRAWN');
    expect(refusal(d.try({ type: 'RESUBMIT' }, submitter, submitCtx()))).toEqual(['FINAL_STATE']);
  });
});

describe('events', () => {
  it('survive JSON storage and parse back to the same history', () => {
    const d = new Dossier().do({ type: 'SUBMIT' }, submitter, submitCtx()).do({ type: 'CLAIM' }, pc06a).do(RETURN, pc06a);
    const stored = JSON.parse(JSON.stringify(d.events)) as unknown[];
    const parsed = stored.map((e) => dossierEventSchema.parse(e));
    expect(parsed).toEqual(d.events);
    expect(fold(parsed)).toEqual(d.state);
    expect(dossierEventSchema.safeParse({ ...(stored[1] as object), extra: 1 }).success).toBe(false);
  });

  it('refuse to fold a history the table does not allow', () => {
    const d = new Dossier();
    expect(() => evolve(d.state, { type: 'APPROVED', at: MON, actor: c06a, decision: { numberAndSymbol: '1/QĐ-C06', issuedOn: '2025-07-01' } })).toThrow(/Corrupted/);
    expect(() => fold([])).toThrow();
  });

  it('are created only by a submitter of the owner unit', () => {
    expect(refusal(createDossier({ ownerUnitId: 'U1', routing: LOCAL_ROUTING }, otherSubmitter, MON))).toEqual(['NOT_YOUR_UNIT']);
    expect(refusal(createDossier({ ownerUnitId: 'U1', routing: LOCAL_ROUTING }, c06a, MON))).toEqual(['ROLE_NOT_ALLOWED']);
    expect(initialState(created(LOCAL_ROUTING))).toMatchObject({ status: 'DRAFT', version: 1, revision: 1, queueProvinceCode: '24' });
  });
});

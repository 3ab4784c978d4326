import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@ketnoi/db';
import { testDatabases } from '@ketnoi/db/testing';
import { prepareCompleteDossier } from './demo/demo-seed.ts';
import demo from './demo/demo-accounts.ts';
import { openWorld, type World } from './testing/world.ts';

const key = () => randomUUID();

describe.each(testDatabases())('dossier lifecycle through the router on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await openWorld(kind);
  });
  afterAll(async () => {
    await w?.close();
  });

  it('the demo set holds dossiers in several states, with a verifying audit chain', async () => {
    const rows = await w.db.selectFrom('dossiers').select(['status']).execute();
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of ['DRAFT', 'PROVINCIAL_REVIEW', 'NATIONAL_REVIEW', 'RETURNED', 'APPROVED', 'CONNECTED']) expect(statuses).toContain(s);
    const verdict = await verifyAuditChain(w.db);
    expect(verdict.ok).toBe(true);
    expect(verdict.rows).toBeGreaterThan(50);
  });

  it('refuses to submit an incomplete draft and lists every failing item at once', async () => {
    const api = w.as('nghean.canbo');
    const system = (await api.submitter.systems.list())[0]!;
    const draft = await api.submitter.dossiers.create({ idempotencyKey: key(), systemId: system.id });
    const completeness = await api.submitter.dossiers.completeness({ dossierId: draft.dossierId });
    const parts = new Set(completeness.issues.filter((i) => i.severity === 'error').map((i) => i.path?.[0]));
    expect(parts).toEqual(new Set(['SERVICE_REGISTRATION', 'ACCOUNT_LIST', 'ORG_COMMITMENT', 'SECURITY_CONFIRMATION']));
    const attempt = api.submitter.dossiers.submit({ dossierId: draft.dossierId, expectedRevision: draft.revision, idempotencyKey: key() });
    await expect(attempt).rejects.toMatchObject({ cause: { appCode: 'DOMAIN_REFUSED' } });
    const error = (await attempt.catch((e: unknown) => e)) as { cause: { issues: { code: string }[] } };
    expect(error.cause.issues.length).toBeGreaterThanOrEqual(4);
    const after = await w.db.selectFrom('dossiers').select('status').where('id', '=', draft.dossierId).executeTakeFirstOrThrow();
    expect(after.status).toBe('DRAFT');
  });

  it('local journey: PC06 returns with deficiencies, the unit resubmits, PC06 forwards, C06 approves and records the connection', async () => {
    const submitter = w.as('nghean.canbo');
    const d = await prepareCompleteDossier(submitter, { systemName: 'Hệ thống thử nghiệm vòng đời', birthPrefix: '040', submit: true });
    const submitted = await submitter.dossier.get({ dossierId: d.id });
    expect(submitted.status).toBe('PROVINCIAL_REVIEW');
    expect(submitted.queueProvinceCode).toBe('40');
    // 25/11/2026 (Wed) + 3 working days = Mon 30/11/2026
    expect(submitted.stageDueOn).toBe('2026-11-30');
    expect(submitted.deadline).toEqual({ kind: 'ON_TIME', remaining: 3 });

    const pc06 = w.as('pc06.nghean');
    const queue = await pc06.provincial.queue({ status: 'PROVINCIAL_REVIEW' });
    expect(queue.items.map((i) => i.id)).toContain(d.id);
    let rev = d.revision();
    rev = (await pc06.provincial.claim({ dossierId: d.id, expectedRevision: rev, idempotencyKey: key() })).revision;
    expect((await pc06.dossier.get({ dossierId: d.id })).holderName).toBe(w.users['pc06.nghean'].displayName);
    expect((await submitter.dossier.get({ dossierId: d.id })).holderName).toBeNull();
    const returned = await pc06.provincial.return({
      dossierId: d.id,
      expectedRevision: rev,
      idempotencyKey: key(),
      deficiencies: [
        { part: 'ACCOUNT_LIST', rows: [2], reason: 'Số điện thoại của người ở dòng 2 không còn sử dụng.' },
        { part: 'ORG_COMMITMENT', reason: 'Thiếu dấu của đơn vị.' },
      ],
    });
    expect(returned.status).toBe('RETURNED');
    expect(returned.stageDueOn).toBeNull();

    // The unit fixes the list in the next version: the returned version stays as reviewers saw it.
    const view = await submitter.dossier.get({ dossierId: d.id });
    expect(view.editableVersion).toBe(2);
    expect(view.deficiencies).toHaveLength(2);
    expect(view.accountCount).toBe(5);
    expect(view.serviceRegistration.lines).toHaveLength(2);
    expect(view.allowedCommands).toEqual(expect.arrayContaining(['RESUBMIT', 'WITHDRAW']));
    rev = returned.revision;
    const rows = (await submitter.dossier.accounts({ dossierId: d.id, version: 1 })).items;
    expect(rows).toHaveLength(5);
    expect(rows[0]!.personalId).toMatch(/^\d{3}\*{6}\d{3}$/);
    const fixed = demo('040').slice(0, 4);
    fixed[0] = { ...fixed[0]!, cells: { ...fixed[0]!.cells, phone: '0987654321' } };
    await submitter.submitter.dossiers.replaceAccounts({ dossierId: d.id, expectedRevision: rev, idempotencyKey: key(), rows: fixed });
    // Until resubmitted, the unit's working version is its own.
    await expect(pc06.dossier.accounts({ dossierId: d.id, version: 2 })).rejects.toMatchObject({ cause: { appCode: 'NOT_FOUND' } });
    await expect(pc06.dossier.diff({ dossierId: d.id, from: 1, to: 2 })).rejects.toMatchObject({ cause: { appCode: 'NOT_FOUND' } });
    const resubmitted = await submitter.submitter.dossiers.resubmit({ dossierId: d.id, expectedRevision: rev, idempotencyKey: key() });
    expect(resubmitted.status).toBe('PROVINCIAL_REVIEW');
    expect(resubmitted.version).toBe(2);

    const diff = await pc06.dossier.diff({ dossierId: d.id, from: 1, to: 2 });
    expect(diff.accounts.removed).toHaveLength(1);
    expect(diff.accounts.changed).toHaveLength(1);
    expect(JSON.stringify(diff)).not.toMatch(/\d{12}/); // only masked ID numbers leave the server

    rev = resubmitted.revision;
    rev = (await pc06.provincial.claim({ dossierId: d.id, expectedRevision: rev, idempotencyKey: key() })).revision;
    const forwarded = await pc06.provincial.forward({
      dossierId: d.id,
      expectedRevision: rev,
      idempotencyKey: key(),
      opinion: { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' }, recommendation: 'APPROVE', note: 'Đã bổ sung đầy đủ.' },
    });
    expect(forwarded.status).toBe('NATIONAL_REVIEW');

    const c06 = w.as('c06.thamdinh');
    rev = (await c06.national.claim({ dossierId: d.id, expectedRevision: forwarded.revision, idempotencyKey: key() })).revision;
    rev = (await c06.national.approve({ dossierId: d.id, expectedRevision: rev, idempotencyKey: key(), decision: { numberAndSymbol: '3001/C06-TTDLDC', issuedOn: '2026-11-25' } })).revision;
    const connected = await c06.national.recordConnection({ dossierId: d.id, expectedRevision: rev, idempotencyKey: key(), connectedOn: '2026-11-25', channel: 'LGSP', technicalReference: 'LGSP-NA-9' });
    expect(connected.status).toBe('CONNECTED');

    const timeline = await submitter.dossier.timeline({ dossierId: d.id });
    expect(timeline.map((e) => e.type)).toEqual(['CREATED', 'SUBMITTED', 'CLAIMED', 'RETURNED', 'RESUBMITTED', 'CLAIMED', 'FORWARDED', 'CLAIMED', 'APPROVED', 'CONNECTION_RECORDED']);
    expect(JSON.stringify(timeline)).not.toContain(w.users['pc06.nghean'].displayName);

    // Every event of the dossier has its audit row, written in the same transaction.
    const audited = await w.db.selectFrom('audit_log').select('action').where('target_id', '=', d.id).where('outcome', '=', 'OK').execute();
    const commands = audited.filter((a) => /\.(submit|claim|return|resubmit|forward|approve|recordConnection)$/.test(a.action));
    expect(commands).toHaveLength(timeline.length - 1);
    expect((await verifyAuditChain(w.db)).ok).toBe(true);
  });

  it('an amendment of a connected dossier starts from its content, is linked to it, and only one is open at a time', async () => {
    const submitter = w.as('nghean.canbo');
    const connected = await w.dossierOf('Hệ thống thông tin khám chữa bệnh Nghệ An');
    expect(connected.status).toBe('CONNECTED');
    const amendment = await submitter.submitter.dossiers.createAmendment({ idempotencyKey: key(), dossierId: connected.id });
    const view = await submitter.dossier.get({ dossierId: amendment.dossierId });
    expect(view.status).toBe('DRAFT');
    expect(view.amendsDossierId).toBe(connected.id);
    expect(view.accountCount).toBe(5);
    expect(view.serviceRegistration.lines).toHaveLength(2);
    await expect(submitter.submitter.dossiers.createAmendment({ idempotencyKey: key(), dossierId: connected.id })).rejects.toMatchObject({ cause: { issues: [{ code: 'AMENDMENT_ALREADY_OPEN' }] } });
    const notConnected = await w.dossierOf('Hệ thống quản lý hành nghề y dược Nghệ An');
    await expect(submitter.submitter.dossiers.createAmendment({ idempotencyKey: key(), dossierId: notConnected.id })).rejects.toMatchObject({ cause: { issues: [{ code: 'AMENDMENT_NOT_CONNECTED' }] } });
    // It follows the same route as any dossier, and the connected one stays connected meanwhile.
    const submitted = await submitter.submitter.dossiers.submit({ dossierId: amendment.dossierId, expectedRevision: amendment.revision, idempotencyKey: key() });
    expect(submitted.status).toBe('PROVINCIAL_REVIEW');
    const original = await w.db.selectFrom('dossiers').select('status').where('id', '=', connected.id).executeTakeFirstOrThrow();
    expect(original.status).toBe('CONNECTED');
  });

  it('administrators change the stage deadline and the holiday calendar, and the next submission follows them (audited)', async () => {
    const admin = w.as('c06.quantri');
    await expect(admin.admin.reference.policy.update({ idempotencyKey: key(), changes: { accountHolderMinAge: 60 } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(admin.admin.reference.policy.update({ idempotencyKey: key(), changes: { accountHolderMinAge: 40, accountHolderMaxAge: 40 } })).rejects.toMatchObject({ cause: { appCode: 'VALIDATION' } });
    const policy = await admin.admin.reference.policy.update({ idempotencyKey: key(), changes: { provincialReviewWorkingDays: 5 } });
    expect(policy.provincialReviewWorkingDays).toBe(5);
    // Wed 25/11/2026 + 5 working days = Wed 02/12; with Mon 30/11 declared a day off: Thu 03/12.
    await admin.admin.reference.calendar.replaceYear({
      idempotencyKey: key(),
      year: 2026,
      days: [...(await admin.admin.reference.calendar.list({ year: 2026 })).filter((d) => d.day !== '2026-11-30'), { day: '2026-11-30', kind: 'HOLIDAY', name: 'Ngày nghỉ thử nghiệm' }],
    });
    await expect(admin.admin.reference.calendar.replaceYear({ idempotencyKey: key(), year: 2026, days: [{ day: '2026-11-27', kind: 'WORKING_WEEKEND', name: 'Thứ Sáu' }] })).rejects.toMatchObject({ cause: { appCode: 'VALIDATION' } });
    const d = await prepareCompleteDossier(w.as('nghean.canbo'), { systemName: 'Hệ thống thử thời hạn', birthPrefix: '040', submit: true });
    expect((await w.as('nghean.canbo').dossier.get({ dossierId: d.id })).stageDueOn).toBe('2026-12-03');
    const audited = await w.db.selectFrom('audit_log').select('action').where('action', 'like', 'admin.reference.%').where('outcome', '=', 'OK').execute();
    expect(audited.map((a) => a.action).sort()).toEqual(['admin.reference.calendar.replaceYear', 'admin.reference.policy.update']);
    // Put the defaults back for the other tests of this file.
    await admin.admin.reference.policy.update({ idempotencyKey: key(), changes: { provincialReviewWorkingDays: 3 } });
  });

  it('counts overdue dossiers against the due date of their stage', async () => {
    const pc06 = w.as('pc06.nghean');
    const waiting = (await pc06.provincial.queue({ status: 'PROVINCIAL_REVIEW', pageSize: 100 })).items;
    expect(waiting.length).toBeGreaterThan(0);
    expect((await pc06.provincial.counts()).overdue).toBe(0);
    const start = w.now();
    w.setNow(new Date('2026-12-15T02:00:00.000Z'));
    try {
      const later = await pc06.provincial.counts();
      expect(later.overdue).toBe(waiting.filter((d) => d.stageDueOn !== null && d.stageDueOn < '2026-12-15').length);
      expect(later.overdue).toBeGreaterThan(0);
      const late = (await pc06.provincial.queue({ status: 'PROVINCIAL_REVIEW', pageSize: 100 })).items;
      expect(late.length).toBe(waiting.length);
      for (const d of late) expect(d.deadline?.kind).toBe('OVERDUE');
      // Due Mon 30/11, seen Tue 15/12: overdue by 11 working days.
      const due30 = late.filter((d) => d.stageDueOn === '2026-11-30');
      for (const d of due30) expect(d.deadline).toEqual({ kind: 'OVERDUE', by: 11 });
    } finally {
      w.setNow(start);
    }
  });

  it('a stale revision is refused with VERSION_CONFLICT and changes nothing', async () => {
    const d = await w.dossierOf('Hệ thống thông tin giải quyết TTHC Thành phố Hà Nội');
    const pc06 = w.as('pc06.hanoi');
    await expect(pc06.provincial.release({ dossierId: d.id, expectedRevision: d.revision - 1, idempotencyKey: key() })).rejects.toMatchObject({ cause: { appCode: 'VERSION_CONFLICT' } });
    const after = await w.dossierOf('Hệ thống thông tin giải quyết TTHC Thành phố Hà Nội');
    expect(after.revision).toBe(d.revision);
  });

  it('an idempotency key replays the first answer and refuses a changed body', async () => {
    const d = await w.dossierOf('Hệ thống thông tin giải quyết TTHC Thành phố Hà Nội');
    const pc06 = w.as('pc06.hanoi');
    const k = key();
    const first = await pc06.provincial.release({ dossierId: d.id, expectedRevision: d.revision, idempotencyKey: k });
    const again = await pc06.provincial.release({ dossierId: d.id, expectedRevision: d.revision, idempotencyKey: k });
    expect(again).toEqual(first);
    await expect(pc06.provincial.claim({ dossierId: d.id, expectedRevision: d.revision, idempotencyKey: k })).rejects.toMatchObject({ cause: { appCode: 'IDEMPOTENCY_KEY_REUSED' } });
    const events = await w.db.selectFrom('dossier_events').select('type').where('dossier_id', '=', d.id).where('type', '=', 'RELEASED').execute();
    expect(events).toHaveLength(1);
  });

  it('refusals are audited without personal data', async () => {
    const d = await w.dossierOf('Hệ thống quản lý hành nghề y dược Nghệ An');
    const outsider = w.as('pc06.hanoi');
    await expect(outsider.dossier.accounts({ dossierId: d.id })).rejects.toMatchObject({ cause: { appCode: 'NOT_FOUND' } });
    const refusal = await w.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'dossier.accounts')
      .where('outcome', '=', 'REFUSED')
      .where('actor_user_id', '=', w.users['pc06.hanoi'].userId)
      .executeTakeFirst();
    expect(refusal).toBeDefined();
    expect(JSON.stringify(refusal?.details)).not.toMatch(/\d{9,}/);
  });
});

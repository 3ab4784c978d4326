import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { testDatabases } from '@ketnoi/db/testing';
import { openWorld, type World } from '../testing/world.ts';
import { handleJob } from './jobs-handlers.ts';
import { causeKeys, JOB_QUEUES } from './jobs-outbox.ts';
import { startJobWorker, type JobWorker } from './jobs-worker.ts';
import { smtpMailer } from './notifications-email.ts';

/**
 * Issue 6: deadline reminders, overdue flags with escalation, security-confirmation warnings and
 * re-certification flags, and emails — run by the pg-boss worker on the same database, once per
 * cause, doing nothing for a dossier that has moved on. The clock is the world's `now`: nothing
 * here waits on the wall clock except pg-boss's own polling in the last test.
 */
const opinion = { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' }, recommendation: 'APPROVE', note: 'Đủ.' } as const;

describe.each(testDatabases())('background jobs on %s', (kind) => {
  let w: World;
  let worker: JobWorker;
  const ids: Record<string, string> = {};

  const dossier = async (systemName: string) => {
    const d = await w.dossierOf(systemName);
    return d;
  };
  const job = (causeKey: string) => w.db.selectFrom('job_outbox').selectAll().where('cause_key', '=', causeKey).executeTakeFirst();
  const notifications = (causeKey: string) =>
    w.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.recipient_user_id')
      .select(['users.username', 'notifications.kind', 'notifications.title', 'notifications.body'])
      .where('notifications.cause_key', '=', causeKey)
      .orderBy('users.username')
      .orderBy('notifications.kind')
      .execute();
  const who = async (causeKey: string) => (await notifications(causeKey)).map((n) => `${n.username}:${n.kind}`);

  beforeAll(async () => {
    w = await openWorld(kind);
    worker = await startJobWorker({ db: w.db, ...(w.pglite ? { embedded: w.pglite } : {}), now: w.now, mailer: null, poll: false, sweepCron: null });
    for (const [key, name] of Object.entries({
      waiting: 'Hệ thống quản lý hành nghề y dược Nghệ An',
      claimed: 'Hệ thống thông tin giải quyết TTHC Thành phố Hà Nội',
      connected: 'Hệ thống thông tin khám chữa bệnh Nghệ An',
      approved: 'Hệ thống giám định bảo hiểm y tế',
    })) {
      ids[key] = (await dossier(name)).id;
    }
  });
  afterAll(async () => {
    await worker?.stop();
    await w?.close();
  });

  it('writes the jobs of a stage and of a connection in the command that causes them, for the right times', async () => {
    // Submitted Wednesday 25/11/2026: PC06 has 3 working days → Monday 30/11; reminder Friday 27/11 08:00.
    const reminder = await job(causeKeys.reminder(ids.waiting!, 'PROVINCIAL', '2026-11-30'));
    expect(reminder).toMatchObject({ queue: JOB_QUEUES.reminder, queued_at: null, finished_at: null });
    expect(new Date(reminder!.run_at).toISOString()).toBe('2026-11-27T01:00:00.000Z');
    const overdue = await job(causeKeys.overdue(ids.waiting!, 'PROVINCIAL', '2026-11-30'));
    expect(new Date(overdue!.run_at).toISOString()).toBe('2026-11-30T17:05:00.000Z');
    // Connected with a confirmation valid until 20/09/2028: a warning 30 days before, the flag the day after.
    const warning = await job(causeKeys.securityWarning(ids.connected!, '2028-09-20'));
    expect(new Date(warning!.run_at).toISOString()).toBe('2028-08-21T01:00:00.000Z');
    const lapse = await job(causeKeys.securityLapse(ids.connected!, '2028-09-20'));
    expect(new Date(lapse!.run_at).toISOString()).toBe('2028-09-20T17:05:00.000Z');
    expect(await job(causeKeys.securityWarning(ids.approved!, '2028-09-20'))).toBeDefined();
  });

  it('runs nothing before it is due; emails without SMTP are kept in the outbox', async () => {
    const handled = await worker.drain();
    expect(handled).toBeGreaterThan(5);
    expect(await who(causeKeys.reminder(ids.waiting!, 'PROVINCIAL', '2026-11-30'))).toEqual([]);
    expect((await job(causeKeys.reminder(ids.waiting!, 'PROVINCIAL', '2026-11-30')))!.queued_at).toBeNull();
    const statuses = await w.db.selectFrom('email_outbox').select('status').distinct().execute();
    expect(statuses.map((s) => s.status)).toEqual(['KEPT']);
  });

  it('sends the reminder on the working day before the deadline, to the holder or else the PC06 of the province, once', async () => {
    w.setNow(new Date('2026-11-27T01:30:00.000Z'));
    await worker.drain();
    const waiting = causeKeys.reminder(ids.waiting!, 'PROVINCIAL', '2026-11-30');
    expect(await who(waiting)).toEqual(['pc06.nghean:DEADLINE_REMINDER']);
    const [text] = await notifications(waiting);
    expect(text!.title).toMatch(/^Hồ sơ KN-\d{4}-\d{6} đến hạn thẩm định ngày 30\/11\/2026$/);
    // Claimed by pc06.hanoi: the holder only.
    expect(await who(causeKeys.reminder(ids.claimed!, 'PROVINCIAL', '2026-11-30'))).toEqual(['pc06.hanoi:DEADLINE_REMINDER']);
    expect((await job(waiting))!.outcome).toBe('REMINDED 1');

    // Enqueued again (the sweep), delivered again (a second pg-boss job for the same cause),
    // handled again directly: still one reminder.
    await worker.sweep();
    await worker.boss.send(JOB_QUEUES.reminder, { causeKey: waiting });
    await worker.drain();
    expect(await handleJob({ db: w.db, now: w.now, mailer: null }, waiting)).toBe('ALREADY_DONE');
    expect(await who(waiting)).toEqual(['pc06.nghean:DEADLINE_REMINDER']);
  });

  it('does nothing for a stage that has moved on, and flags an overdue PC06 stage with an escalation to C06', async () => {
    // 27/11: PC06 Hà Nội forwards its claimed dossier; C06 now has 5 working days (→ 04/12).
    const claimed = await w.db.selectFrom('dossiers').select('revision').where('id', '=', ids.claimed!).executeTakeFirstOrThrow();
    await w.as('pc06.hanoi').provincial.forward({ dossierId: ids.claimed!, expectedRevision: claimed.revision, idempotencyKey: randomUUID(), opinion });
    expect(await job(causeKeys.reminder(ids.claimed!, 'NATIONAL', '2026-12-04'))).toBeDefined();

    w.setNow(new Date('2026-12-01T02:00:00.000Z'));
    await worker.drain();
    const stale = causeKeys.overdue(ids.claimed!, 'PROVINCIAL', '2026-11-30');
    expect((await job(stale))!.outcome).toBe('STAGE_MOVED_ON');
    expect(await who(stale)).toEqual([]);
    const flags = await w.db.selectFrom('dossier_flags').select(['dossier_id', 'kind', 'subject']).where('kind', '=', 'STAGE_OVERDUE').execute();
    expect(flags.filter((f) => f.dossier_id === ids.claimed)).toEqual([]);

    const overdue = causeKeys.overdue(ids.waiting!, 'PROVINCIAL', '2026-11-30');
    expect(flags).toContainEqual({ dossier_id: ids.waiting, kind: 'STAGE_OVERDUE', subject: 'PROVINCIAL:2026-11-30' });
    expect(await who(overdue)).toEqual(['c06.thamdinh:OVERDUE_ESCALATION', 'pc06.nghean:STAGE_OVERDUE']);
    const escalation = (await notifications(overdue)).find((n) => n.kind === 'OVERDUE_ESCALATION')!;
    expect(escalation.body).toContain('quá hạn thẩm định (hạn 30/11/2026)');
  });

  it('puts back a job delivered before its day, and the sweep moves it when the holiday calendar changes', async () => {
    const reminder = causeKeys.reminder(ids.claimed!, 'NATIONAL', '2026-12-04');
    // Delivered early (01/12, the reminder is for 03/12): nothing sent, back in the outbox for 03/12 08:00.
    expect(await handleJob({ db: w.db, now: w.now, mailer: null }, reminder)).toBe('REARMED');
    const rearmed = (await job(reminder))!;
    expect(rearmed.queued_at).toBeNull();
    expect(new Date(rearmed.run_at).toISOString()).toBe('2026-12-03T01:00:00.000Z');
    expect(await who(reminder)).toEqual([]);
    // 03/12 declared a day off: the reminder moves to the working day before the deadline, 02/12.
    await w.db.insertInto('calendar_days').values({ day: '2026-12-03', kind: 'HOLIDAY', name: 'Ngày nghỉ thử' }).execute();
    try {
      await worker.sweep();
      expect(new Date((await job(reminder))!.run_at).toISOString()).toBe('2026-12-02T01:00:00.000Z');
    } finally {
      await w.db.deleteFrom('calendar_days').where('day', '=', '2026-12-03').execute();
    }
    await worker.sweep();
    w.setNow(new Date('2026-12-03T02:00:00.000Z'));
    await worker.drain();
    expect(await who(reminder)).toEqual(['c06.thamdinh:DEADLINE_REMINDER']);
  });

  it('gives a job stuck in the queue for over a day another round at the daily sweep', async () => {
    // An email job whose queue entry was lost (or whose retries ran out) two days ago.
    const email = await w.db.selectFrom('email_outbox').select('id').orderBy('created_at').executeTakeFirstOrThrow();
    await w.db.updateTable('email_outbox').set({ status: 'PENDING' }).where('id', '=', email.id).execute();
    const key = causeKeys.email(email.id);
    await w.db.updateTable('job_outbox').set({ finished_at: null, outcome: null, queued_at: new Date(w.now().getTime() - 2 * 86_400_000) }).where('cause_key', '=', key).execute();
    await worker.drain();
    expect((await job(key))!.finished_at).toBeNull();
    await worker.sweep();
    await worker.drain();
    expect((await job(key))!.outcome).toBe('KEPT');
    expect((await w.db.selectFrom('email_outbox').select('status').where('id', '=', email.id).executeTakeFirstOrThrow()).status).toBe('KEPT');
  });

  it('drops at the daily sweep sessions ended over a day ago and login failures past the throttling window, and nothing else', async () => {
    const user = await w.db.selectFrom('users').select('id').where('username', '=', 'nghean.canbo').executeTakeFirstOrThrow();
    const at = (ms: number) => new Date(w.now().getTime() + ms).toISOString();
    const DAY = 86_400_000;
    const sessions = {
      live: { expires_at: at(DAY), revoked_at: null },
      revokedLongAgo: { expires_at: at(DAY), revoked_at: at(-2 * DAY) },
      revokedJustNow: { expires_at: at(DAY), revoked_at: at(-60_000) },
      expiredLongAgo: { expires_at: at(-2 * DAY), revoked_at: null },
    };
    for (const [sid, times] of Object.entries(sessions)) await w.db.insertInto('sessions').values({ sid: `purge-${sid}`, user_id: user.id, data: JSON.stringify({}), ...times }).execute();
    await w.db.insertInto('login_failures').values([
      { key: 'u:purge-old', failed_at: at(-60 * 60_000) },
      { key: 'u:purge-recent', failed_at: at(-60_000) },
    ]).execute();
    await worker.sweep();
    const left = await w.db.selectFrom('sessions').select('sid').where('sid', 'like', 'purge-%').orderBy('sid').execute();
    expect(left.map((r) => r.sid)).toEqual(['purge-live', 'purge-revokedJustNow']);
    const failures = await w.db.selectFrom('login_failures').select('key').where('key', 'like', 'u:purge-%').execute();
    expect(failures.map((r) => r.key)).toEqual(['u:purge-recent']);
  });

  it('warns 30 days before a security confirmation ends and flags the connection for re-certification after', async () => {
    w.setNow(new Date('2028-08-21T02:00:00.000Z'));
    await worker.drain();
    expect(await who(causeKeys.securityWarning(ids.connected!, '2028-09-20'))).toEqual([
      'c06.thamdinh:SECURITY_EXPIRY_WARNING',
      'nghean.canbo:SECURITY_EXPIRY_WARNING',
      'pc06.nghean:SECURITY_EXPIRY_WARNING',
    ]);
    // A central dossier: no PC06.
    expect(await who(causeKeys.securityWarning(ids.approved!, '2028-09-20'))).toEqual(['boyte.canbo:SECURITY_EXPIRY_WARNING', 'c06.thamdinh:SECURITY_EXPIRY_WARNING']);
    expect(await w.db.selectFrom('dossier_flags').select('kind').where('kind', '=', 'RECERTIFICATION_DUE').execute()).toEqual([]);

    w.setNow(new Date('2028-09-20T16:00:00.000Z')); // 23:00 on 20/09 in Hà Nội: still valid
    await worker.drain();
    expect(await w.db.selectFrom('dossier_flags').select('kind').where('kind', '=', 'RECERTIFICATION_DUE').execute()).toEqual([]);
    w.setNow(new Date('2028-09-20T17:30:00.000Z')); // 00:30 on 21/09
    await worker.drain();
    const flags = await w.db.selectFrom('dossier_flags').select(['dossier_id', 'subject']).where('kind', '=', 'RECERTIFICATION_DUE').orderBy('dossier_id').execute();
    expect(flags).toEqual([ids.connected!, ids.approved!].sort().map((dossier_id) => ({ dossier_id, subject: '2028-09-20' })));
    const [recert] = await notifications(causeKeys.securityLapse(ids.connected!, '2028-09-20'));
    expect(recert!.title).toContain('cần xác nhận lại an ninh, an toàn thông tin');
  });

  it('sends emails through SMTP when configured, retrying with backoff after a refusal', async () => {
    const received: string[] = [];
    let refuseNext = 1;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
        stream.on('end', () => {
          if (refuseNext-- > 0) return callback(Object.assign(new Error('try later'), { responseCode: 451 }));
          received.push(raw);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as { port: number }).port;
    const smtp = await startJobWorker({ db: w.db, ...(w.pglite ? { embedded: w.pglite } : {}), now: w.now, mailer: smtpMailer(`smtp://127.0.0.1:${port}`), poll: false, sweepCron: null, retryDelaySeconds: 1 });
    try {
      const other = await w.dossierOf('Hệ thống cơ sở dữ liệu quốc gia về y tế');
      const claimed = await w.as('c06.thamdinh').national.claim({ dossierId: other.id, expectedRevision: other.revision, idempotencyKey: randomUUID() });
      const email = await w.db
        .selectFrom('email_outbox')
        .innerJoin('notifications', 'notifications.id', 'email_outbox.notification_id')
        .select(['email_outbox.id', 'email_outbox.subject', 'email_outbox.to_address'])
        .where('notifications.cause_key', '=', causeKeys.transition(other.id, claimed.revision))
        .executeTakeFirstOrThrow();
      expect(email.to_address).toBe('boyte-canbo@demo.gov.vn');

      await smtp.drain();
      const afterRefusal = await w.db.selectFrom('email_outbox').select(['status', 'attempts', 'last_error']).where('id', '=', email.id).executeTakeFirstOrThrow();
      expect(afterRefusal).toEqual({ status: 'PENDING', attempts: 1, last_error: expect.stringContaining('451') });
      expect(afterRefusal.last_error).not.toContain('@');
      await vi.waitFor(
        async () => {
          await smtp.drain();
          expect((await w.db.selectFrom('email_outbox').select('status').where('id', '=', email.id).executeTakeFirstOrThrow()).status).toBe('SENT');
        },
        { timeout: 15_000, interval: 300 },
      );
      const final = await w.db.selectFrom('email_outbox').select(['attempts', 'last_error']).where('id', '=', email.id).executeTakeFirstOrThrow();
      expect(final).toEqual({ attempts: 2, last_error: null });
      expect(received).toHaveLength(1);
      expect(received[0]).toContain(`Message-ID: <${email.id}@ketnoi>`);
      expect(received[0]).toContain('To: boyte-canbo@demo.gov.vn');
      expect((await job(causeKeys.email(email.id)))!.outcome).toBe('SENT');
    } finally {
      await smtp.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('polls, relays and runs jobs by itself, reports ready while running, and stops cleanly', async () => {
    const polling = await startJobWorker({ db: w.db, ...(w.pglite ? { embedded: w.pglite } : {}), now: w.now, mailer: null, sweepCron: null, pollingIntervalSeconds: 0.5, relayIntervalMs: 100 });
    try {
      await polling.check();
      const d = await w.dossierOf('Hệ thống cơ sở dữ liệu quốc gia về y tế');
      const released = await w.as('c06.thamdinh').national.return({ dossierId: d.id, expectedRevision: d.revision, idempotencyKey: randomUUID(), deficiencies: [{ part: 'ORG_COMMITMENT', reason: 'Thiếu chữ ký.' }] });
      const emails = await w.db
        .selectFrom('email_outbox')
        .innerJoin('notifications', 'notifications.id', 'email_outbox.notification_id')
        .select('email_outbox.id')
        .where('notifications.cause_key', '=', causeKeys.transition(d.id, released.revision))
        .execute();
      expect(emails.length).toBeGreaterThan(0);
      await vi.waitFor(
        async () => {
          const rows = await w.db.selectFrom('email_outbox').select('status').where('id', 'in', emails.map((e) => e.id)).execute();
          expect(rows.every((r) => r.status === 'KEPT')).toBe(true);
        },
        { timeout: 15_000, interval: 200 },
      );
    } finally {
      await polling.stop();
    }
    await expect(polling.check()).rejects.toThrow();
  });
});

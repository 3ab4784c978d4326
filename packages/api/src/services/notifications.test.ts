import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '@ketnoi/db';
import { testDatabases } from '@ketnoi/db/testing';
import { prepareCompleteDossier } from '../demo/demo-seed.ts';
import { openWorld, type World } from '../testing/world.ts';
import { callerAs } from '../demo/demo-seed.ts';
import type { SessionUser } from '../context.ts';

/**
 * Issue 6: every transition notifies the people concerned — in its own transaction, by
 * jurisdiction (never another province), with the reasons of returns and rejections and never an
 * ID number or a phone number.
 */
const opinion = { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' }, recommendation: 'APPROVE', note: 'Đủ điều kiện.' } as const;

describe.each(testDatabases())('notifications of transitions on %s', (kind) => {
  let w: World;
  const extra: Record<string, SessionUser> = {};
  const as = (username: string) => (username in extra ? callerAs(w.db, w.now, extra[username]!) : w.as(username as never));

  /** Usernames notified by the transition that produced `revision`, sorted. */
  const notified = async (dossierId: string, revision: number) =>
    (
      await w.db
        .selectFrom('notifications')
        .innerJoin('users', 'users.id', 'notifications.recipient_user_id')
        .select('users.username')
        .where('notifications.cause_key', '=', `transition:${dossierId}:${revision}`)
        .execute()
    )
      .map((r) => r.username)
      .sort();

  const textsOf = async (dossierId: string, revision: number) =>
    w.db.selectFrom('notifications').select(['kind', 'title', 'body']).where('cause_key', '=', `transition:${dossierId}:${revision}`).execute();

  beforeAll(async () => {
    w = await openWorld(kind);
    // A second submitter of the Hà Nội unit, a second PC06 Hà Nội reviewer (no email), a disabled
    // one, and a second C06 reviewer: the audiences are groups, not single people.
    const add = async (username: string, like: keyof World['users'], email: string | null, active = true) => {
      const base = w.users[like];
      const u = await createUser(w.db, { username, displayName: `Người dùng ${username}`, passwordHash: 'x', role: base.role, unitId: base.unitId, email });
      if (!active) await w.db.updateTable('users').set({ active: false }).where('id', '=', u.id).execute();
      extra[username] = { ...base, userId: u.id, username };
    };
    await add('hanoi.canbo2', 'hanoi.canbo', 'hanoi-canbo2@demo.gov.vn');
    await add('pc06.hanoi2', 'pc06.hanoi', null);
    await add('pc06.hanoi.cu', 'pc06.hanoi', 'cu@demo.gov.vn', false);
    await add('c06.thamdinh2', 'c06.thamdinh', 'c06-thamdinh2@demo.gov.vn');
  });
  afterAll(async () => {
    await w?.close();
  });

  it('tells each audience of a local dossier, by jurisdiction, through submit, claim, return, resubmit, forward and a C06 return', async () => {
    const d = await prepareCompleteDossier(as('hanoi.canbo'), { systemName: 'Hệ thống thử thông báo Hà Nội', birthPrefix: '001', submit: true });
    let rev = d.revision();
    // Submitted: the other submitter of the unit and PC06 Hà Nội — not the actor, not the disabled
    // reviewer, not PC06 Nghệ An, not C06 (a local dossier reaches C06 only when forwarded).
    expect(await notified(d.id, rev)).toEqual(['hanoi.canbo2', 'pc06.hanoi', 'pc06.hanoi2']);

    const t = () => ({ dossierId: d.id, expectedRevision: rev, idempotencyKey: randomUUID() });
    rev = (await as('pc06.hanoi').provincial.claim(t())).revision;
    expect(await notified(d.id, rev)).toEqual(['hanoi.canbo', 'hanoi.canbo2']);

    const reason = 'Dòng 3: số định danh 001190004322 và số điện thoại 0903 111 222 (+84903111222) không khớp với quyết định.';
    rev = (await as('pc06.hanoi').provincial.return({ ...t(), deficiencies: [{ part: 'ACCOUNT_LIST', rows: [3], reason }, { part: 'ORG_COMMITMENT', reason: 'Bản cam kết chưa có dấu.' }] })).revision;
    expect(await notified(d.id, rev)).toEqual(['hanoi.canbo', 'hanoi.canbo2']);
    const [returned] = await textsOf(d.id, rev);
    expect(returned!.kind).toBe('RETURNED');
    expect(returned!.title).toContain('trả lại để bổ sung');
    expect(returned!.body).toContain('Danh sách tài khoản, dòng 3');
    expect(returned!.body).toContain('không khớp với quyết định');
    expect(returned!.body).toContain('Bản cam kết chưa có dấu.');
    expect(returned!.body.replace(/\D/g, '')).not.toMatch(/001190004322|0903111222|903111222/);

    rev = (await as('hanoi.canbo').submitter.dossiers.resubmit(t())).revision;
    expect(await notified(d.id, rev)).toEqual(['hanoi.canbo2', 'pc06.hanoi', 'pc06.hanoi2']);
    rev = (await as('pc06.hanoi2').provincial.claim(t())).revision;
    rev = (await as('pc06.hanoi2').provincial.forward({ ...t(), opinion })).revision;
    expect(await notified(d.id, rev)).toEqual(['c06.thamdinh', 'c06.thamdinh2', 'hanoi.canbo', 'hanoi.canbo2']);
    rev = (await as('c06.thamdinh').national.claim(t())).revision;
    rev = (await as('c06.thamdinh').national.return({ ...t(), deficiencies: [{ part: 'SECURITY_CONFIRMATION', reason: 'Văn bản xác nhận đã hết hạn.' }] })).revision;
    // A C06 return of a local dossier also tells the province's PC06, which reviewed it.
    expect(await notified(d.id, rev)).toEqual(['hanoi.canbo', 'hanoi.canbo2', 'pc06.hanoi', 'pc06.hanoi2']);
  });

  it('tells the unit of a rejection with its reason, and no PC06 of a central dossier', async () => {
    const d = await prepareCompleteDossier(w.as('boyte.canbo'), { systemName: 'Hệ thống thử từ chối', birthPrefix: '001', submit: true });
    expect(await notified(d.id, d.revision())).toEqual(['c06.thamdinh', 'c06.thamdinh2']);
    const t = () => ({ dossierId: d.id, expectedRevision: d.revision(), idempotencyKey: randomUUID() });
    d.setRevision((await w.as('c06.thamdinh').national.claim(t())).revision);
    d.setRevision((await w.as('c06.thamdinh').national.reject({ ...t(), reason: 'Hệ thống chưa đạt cấp độ 3; liên hệ 0912345678.' })).revision);
    expect(await notified(d.id, d.revision())).toEqual(['boyte.canbo']);
    const [rejected] = await textsOf(d.id, d.revision());
    expect(rejected!.body).toContain('Lý do: Hệ thống chưa đạt cấp độ 3; liên hệ [số đã ẩn].');
  });

  it('writes an email with a send job for each recipient with an address, in the same transaction', async () => {
    const d = await prepareCompleteDossier(as('hanoi.canbo'), { systemName: 'Hệ thống thử thư điện tử', birthPrefix: '001', submit: true });
    const rows = await w.db
      .selectFrom('notifications')
      .leftJoin('email_outbox', 'email_outbox.notification_id', 'notifications.id')
      .innerJoin('users', 'users.id', 'notifications.recipient_user_id')
      .select(['users.username', 'users.email', 'email_outbox.id as emailId', 'email_outbox.to_address', 'email_outbox.status'])
      .where('notifications.cause_key', '=', `transition:${d.id}:${d.revision()}`)
      .execute();
    // pc06.hanoi2 has no address: notified in the app only.
    expect(rows.map((r) => [r.username, r.emailId !== null]).sort()).toEqual([
      ['hanoi.canbo2', true],
      ['pc06.hanoi', true],
      ['pc06.hanoi2', false],
    ]);
    for (const r of rows.filter((x) => x.emailId)) {
      expect(r.to_address).toBe(r.email);
      expect(r.status).toBe('PENDING');
      const job = await w.db.selectFrom('job_outbox').select(['queue', 'queued_at']).where('cause_key', '=', `email:${r.emailId}`).executeTakeFirstOrThrow();
      expect(job).toEqual({ queue: 'ketnoi-email', queued_at: null });
    }
  });

  it('leaves no notification, email or job when the command rolls back', async () => {
    const d = await prepareCompleteDossier(as('hanoi.canbo'), { systemName: 'Hệ thống thử quay lui', birthPrefix: '001', submit: true });
    const t = () => ({ dossierId: d.id, expectedRevision: d.revision(), idempotencyKey: randomUUID() });
    d.setRevision((await w.as('pc06.hanoi').provincial.claim(t())).revision);
    const counts = async () => {
      const [n, e, j] = await Promise.all(
        (['notifications', 'email_outbox', 'job_outbox'] as const).map((table) =>
          w.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n)),
        ),
      );
      return { n, e, j };
    };
    const before = await counts();
    // The forward's audit row (written last in the command's transaction) fails: all of it rolls back.
    await sql`CREATE FUNCTION test_fail_forward() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`.execute(w.db);
    await sql`CREATE TRIGGER test_fail_forward BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.action = 'provincial.forward' AND NEW.outcome = 'OK') EXECUTE FUNCTION test_fail_forward()`.execute(w.db);
    try {
      await expect(w.as('pc06.hanoi').provincial.forward({ ...t(), opinion })).rejects.toThrow();
    } finally {
      await sql`DROP TRIGGER test_fail_forward ON audit_log`.execute(w.db);
      await sql`DROP FUNCTION test_fail_forward()`.execute(w.db);
    }
    expect(await counts()).toEqual(before);
    const stageJobs = await w.db.selectFrom('job_outbox').select('cause_key').where('cause_key', 'like', `%:${d.id}:NATIONAL:%`).execute();
    expect(stageJobs).toEqual([]);
    // The same forward, without the failure, does all of it.
    d.setRevision((await w.as('pc06.hanoi').provincial.forward({ ...t(), opinion })).revision);
    expect(await notified(d.id, d.revision())).toEqual(['c06.thamdinh', 'c06.thamdinh2', 'hanoi.canbo', 'hanoi.canbo2']);
    expect((await w.db.selectFrom('job_outbox').select('cause_key').where('cause_key', 'like', `%:${d.id}:NATIONAL:%`).execute()).length).toBe(2);
  });

  it('never puts an ID number or a phone number of the stored account lists into any notification or email', async () => {
    const people = await w.db.selectFrom('account_rows').select(['personal_id', 'phone']).execute();
    const numbers = new Set(people.flatMap((p) => [p.personal_id, p.phone.replace(/^\+84/, '0'), p.phone.replace(/^\+/, '')]));
    expect(numbers.size).toBeGreaterThan(10);
    const texts = [
      ...(await w.db.selectFrom('notifications').select(['title', 'body']).execute()).map((n) => `${n.title}\n${n.body}`),
      ...(await w.db.selectFrom('email_outbox').select(['subject', 'body']).execute()).map((e) => `${e.subject}\n${e.body}`),
    ];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      const digits = text.replace(/\D/g, '');
      for (const n of numbers) expect(digits.includes(n), text).toBe(false);
    }
  });

  it("lists, counts and marks only the signed-in user's own notifications", async () => {
    const mine = await as('hanoi.canbo2').notifications.list({ pageSize: 100 });
    expect(mine.total).toBeGreaterThan(3);
    const ownIds = new Set((await w.db.selectFrom('notifications').select('id').where('recipient_user_id', '=', extra['hanoi.canbo2']!.userId).execute()).map((r) => r.id));
    expect(mine.items.every((i) => ownIds.has(i.id))).toBe(true);
    expect(mine.total).toBe(ownIds.size);
    const page = await as('hanoi.canbo2').notifications.list({ page: 2, pageSize: 2 });
    expect(page.items.map((i) => i.id)).toEqual(mine.items.slice(2, 4).map((i) => i.id));

    const other = await w.as('pc06.hanoi').notifications.list({ pageSize: 100 });
    const countOther = (await w.as('pc06.hanoi').notifications.unreadCount()).count;
    // Marking another person's notification by id does nothing.
    expect(await as('hanoi.canbo2').notifications.markRead({ ids: [other.items[0]!.id] })).toEqual({ marked: 0 });
    expect((await w.as('pc06.hanoi').notifications.unreadCount()).count).toBe(countOther);

    const before = (await as('hanoi.canbo2').notifications.unreadCount()).count;
    expect(before).toBe(mine.total);
    expect(await as('hanoi.canbo2').notifications.markRead({ ids: [mine.items[0]!.id] })).toEqual({ marked: 1 });
    expect((await as('hanoi.canbo2').notifications.unreadCount()).count).toBe(before - 1);
    expect((await as('hanoi.canbo2').notifications.list({ unreadOnly: true, pageSize: 100 })).items.map((i) => i.id)).not.toContain(mine.items[0]!.id);
    expect(await as('hanoi.canbo2').notifications.markRead({ all: true })).toEqual({ marked: before - 1 });
    expect((await as('hanoi.canbo2').notifications.unreadCount()).count).toBe(0);
    expect((await w.as('pc06.hanoi').notifications.unreadCount()).count).toBe(countOther);
    // Each markRead is one audit row.
    const audits = await w.db.selectFrom('audit_log').select('outcome').where('action', '=', 'notifications.markRead').where('actor_user_id', '=', extra['hanoi.canbo2']!.userId).execute();
    expect(audits.map((a) => a.outcome)).toEqual(['OK', 'OK', 'OK']);
  });

  it('shows the administrator the email outbox, each read audited', async () => {
    const page = await w.as('c06.quantri').admin.outbox.list({ pageSize: 5 });
    const total = Number((await w.db.selectFrom('email_outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(page.total).toBe(total);
    expect(page.items).toHaveLength(5);
    expect(page.items[0]).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(page.items[0]!.to).toMatch(/@demo\.gov\.vn$/);
    const audits = await w.db.selectFrom('audit_log').select('action').where('action', '=', 'admin.outbox.list').execute();
    expect(audits).toHaveLength(1);
  });
});

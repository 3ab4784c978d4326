import { createUser, findC06Unit, findUserByUsername, getSession, setSession } from '@ketnoi/db';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCli, type TestCli } from '../test-io.js';

describe.each(testDatabases())('users disable on %s', (kind) => {
  let t: TestDatabase;
  let cli: TestCli;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    cli = testCli(t);
  });
  afterAll(() => t?.close());

  it('locks the account, revokes every live session, says how many, and audits it', async () => {
    const c06 = (await findC06Unit(t.db))!;
    const user = await createUser(t.db, { username: 'thamdinh.c06', displayName: 'Vũ Thị Thẩm', passwordHash: 'x', role: 'NATIONAL_REVIEWER', unitId: c06.id });
    const tomorrow = new Date(Date.now() + 86_400_000);
    for (const sid of ['phien-1', 'phien-2']) await setSession(t.db, sid, {}, tomorrow, user.id);

    const r = await cli.run(['users', 'disable', 'ThamDinh.C06']);
    expect(r).toEqual({ code: 0, out: 'Đã khóa tài khoản «thamdinh.c06». Số phiên đăng nhập bị thu hồi: 2.\n', err: '' });
    expect((await findUserByUsername(t.db, 'thamdinh.c06'))?.active).toBe(false);
    expect(await getSession(t.db, 'phien-1')).toBeUndefined();
    const revoked = await t.db.selectFrom('sessions').select('revoked_at').where('user_id', '=', user.id).execute();
    expect(revoked.every((s) => s.revoked_at !== null)).toBe(true);

    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'cli.users.disable').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_user_id: null, outcome: 'OK', target_type: 'user', target_id: user.id, details: { revokedSessions: 2 } });

    // Again: nothing left to revoke, still exit 0.
    const again = await cli.run(['users', 'disable', 'thamdinh.c06', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toEqual({ userId: user.id, disabled: true, revokedSessions: 0 });
    expect(cli.closes).toBe(cli.opens);
  });

  it('exit 2 for an unknown user, without an audit row', async () => {
    const before = await t.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const r = await cli.run(['users', 'disable', 'khong.ton.tai', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ error: { code: 'USER_NOT_FOUND' } });
    const after = await t.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('exit 2 for a missing or extra username, before opening the database', async () => {
    const opens = cli.opens;
    expect((await cli.run(['users', 'disable'])).code).toBe(2);
    expect((await cli.run(['users', 'disable', 'a', 'b'])).code).toBe(2);
    expect(cli.opens).toBe(opens);
  });
});

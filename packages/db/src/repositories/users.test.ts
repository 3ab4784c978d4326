import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabases } from '../testing.js';
import type { TestDatabase } from '../testing.js';
import { destroySession, getSession, setSession, touchSession } from './sessions.js';
import { createUser, disableUser, findUserByUsername, listUsers } from './users.js';
import { clearLoginFailures, countLoginFailures, recordLoginFailure } from './login-failures.js';

const inOneHour = () => new Date(Date.now() + 3_600_000);

describe.each(testDatabases())('users and sessions on %s', (kind) => {
  let t: TestDatabase;
  let pc06Id: string;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    pc06Id = (await t.db.selectFrom('units').select('id').where('kind', '=', 'PC06').where('province_code', '=', '01').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t?.close());

  it('stores usernames lowercased and finds them whatever the case', async () => {
    const u = await createUser(t.db, { username: ' CanBo.PC06 ', displayName: 'Cán bộ PC06', email: null, passwordHash: 'h', role: 'PROVINCIAL_REVIEWER', unitId: pc06Id });
    expect(u.username).toBe('canbo.pc06');
    expect(u.active).toBe(true);
    expect((await findUserByUsername(t.db, 'CANBO.pc06'))?.id).toBe(u.id);
    await expect(createUser(t.db, { username: 'canbo.PC06', displayName: 'x', passwordHash: 'h', role: 'SUBMITTER', unitId: pc06Id })).rejects.toThrow(/duplicate key/);
    const listed = await listUsers(t.db, { unitId: pc06Id });
    expect(listed).toEqual([expect.objectContaining({ username: 'canbo.pc06', provinceCode: '01', role: 'PROVINCIAL_REVIEWER' })]);
  });

  it('keeps, touches and destroys sessions', async () => {
    const u = await createUser(t.db, { username: 'phien', displayName: 'Phiên', passwordHash: 'h', role: 'PROVINCIAL_REVIEWER', unitId: pc06Id });
    await setSession(t.db, 'sid-1', { csrf: 'abc' }, inOneHour(), u.id);
    expect(await getSession(t.db, 'sid-1')).toMatchObject({ sid: 'sid-1', userId: u.id, data: { csrf: 'abc' } });
    await setSession(t.db, 'sid-1', { csrf: 'def' }, inOneHour(), u.id);
    expect((await getSession(t.db, 'sid-1'))?.data).toEqual({ csrf: 'def' });
    await touchSession(t.db, 'sid-1', new Date(Date.now() - 1000));
    expect(await getSession(t.db, 'sid-1')).toBeUndefined();
    await setSession(t.db, 'sid-2', {}, inOneHour(), u.id);
    await destroySession(t.db, 'sid-2');
    expect(await getSession(t.db, 'sid-2')).toBeUndefined();
    // A late save of the same session (another process finishing a request of it) does not revive it.
    await setSession(t.db, 'sid-2', { late: true }, inOneHour(), u.id);
    expect(await getSession(t.db, 'sid-2')).toBeUndefined();
  });

  it('disabling a user revokes all their sessions at once, and a revoked session cannot be revived', async () => {
    const u = await createUser(t.db, { username: 'sebikhoa', displayName: 'Sẽ bị khóa', passwordHash: 'h', role: 'PROVINCIAL_REVIEWER', unitId: pc06Id });
    const other = await createUser(t.db, { username: 'khac', displayName: 'Khác', passwordHash: 'h', role: 'PROVINCIAL_REVIEWER', unitId: pc06Id });
    await setSession(t.db, 'a', {}, inOneHour(), u.id);
    await setSession(t.db, 'b', {}, inOneHour(), u.id);
    await setSession(t.db, 'c', {}, inOneHour(), other.id);

    expect(await disableUser(t.db, 'SeBiKhoa')).toEqual({ disabled: true, userId: u.id, revokedSessions: 2 });
    expect(await getSession(t.db, 'a')).toBeUndefined();
    expect(await getSession(t.db, 'b')).toBeUndefined();
    expect(await getSession(t.db, 'c')).toBeDefined();
    const rows = await t.db.selectFrom('sessions').select(['sid', 'revoked_at']).where('user_id', '=', u.id).execute();
    expect(rows.every((r) => r.revoked_at !== null)).toBe(true);
    const stored = await findUserByUsername(t.db, 'sebikhoa');
    expect(stored?.active).toBe(false);
    expect(stored?.disabled_at).toMatch(/Z$/);

    await setSession(t.db, 'a', { again: true }, inOneHour(), u.id);
    expect(await getSession(t.db, 'a')).toBeUndefined();
    expect(await disableUser(t.db, 'khong-ton-tai')).toEqual({ disabled: false });
  });

  it('counts login failures per key in the database, so every server process sees them', async () => {
    const since = new Date(Date.now() - 60_000);
    await recordLoginFailure(t.db, 'k1');
    await recordLoginFailure(t.db, 'k1');
    await recordLoginFailure(t.db, 'k1', new Date(Date.now() - 3_600_000));
    await recordLoginFailure(t.db, 'k2');
    expect(await countLoginFailures(t.db, 'k1', since)).toBe(2);
    await clearLoginFailures(t.db, 'k1');
    expect(await countLoginFailures(t.db, 'k1', since)).toBe(0);
    expect(await countLoginFailures(t.db, 'k2', since)).toBe(1);
  });
});

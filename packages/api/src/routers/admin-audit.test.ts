import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserForLogin, getSession, setSession } from '@ketnoi/db';
import { verifyPassword } from '../auth/password.ts';
import { testDatabases } from '@ketnoi/db/testing';
import { appRouter } from './app.ts';
import { openWorld, type World } from '../testing/world.ts';

const k = () => randomUUID();
type Caller = ReturnType<World['as']>;
type Fixture = { unitId: string; closingUnitId: string; userId: string; pc06HanoiUnitId: string };

/**
 * Each administrative mutation, called once with a valid input. The mutations are enumerated from
 * the router: a new admin mutation without an entry here fails the first test.
 */
const CALLS: Record<string, (a: Caller, f: Fixture) => Promise<unknown>> = {
  'admin.users.create': (a, f) => a.admin.users.create({ idempotencyKey: k(), username: 'pc06.hanoi.moi', displayName: 'Cán bộ mới', email: null, role: 'PROVINCIAL_REVIEWER', unitId: f.pc06HanoiUnitId, password: 'Mat-khau-2026!' }),
  'admin.users.disable': (a, f) => a.admin.users.disable({ idempotencyKey: k(), userId: f.userId }),
  'admin.users.enable': (a, f) => a.admin.users.enable({ idempotencyKey: k(), userId: f.userId }),
  'admin.users.resetPassword': (a, f) => a.admin.users.resetPassword({ idempotencyKey: k(), userId: f.userId, password: 'Mat-khau-moi-2026!' }),
  'admin.users.moveToUnit': (a, f) => a.admin.users.moveToUnit({ idempotencyKey: k(), userId: f.userId, unitId: f.unitId }),
  'admin.units.create': (a) => a.admin.units.create({ idempotencyKey: k(), kind: 'OWNER', level: 'CENTRAL', provinceCode: null, name: 'Cục Thử nghiệm Kiểm toán' }),
  'admin.units.update': (a, f) => a.admin.units.update({ idempotencyKey: k(), unitId: f.unitId, name: 'Sở Thử nghiệm (đổi tên)', headName: 'Nguyễn Văn A' }),
  'admin.units.reactivate': (a, f) => a.admin.units.reactivate({ idempotencyKey: k(), unitId: f.closingUnitId }),
  'admin.units.deactivate': (a, f) => a.admin.units.deactivate({ idempotencyKey: k(), unitId: f.closingUnitId }),
  'admin.reference.policy.update': (a) => a.admin.reference.policy.update({ idempotencyKey: k(), changes: { nationalReviewWorkingDays: 6 } }),
  'admin.reference.services.save': (a) => a.admin.reference.services.save({ idempotencyKey: k(), code: 'TRA_CUU_THU', name: 'Tra cứu thử nghiệm', active: true, sortOrder: 900 }),
  'admin.reference.provinceValidity': (a) => a.admin.reference.provinceValidity({ idempotencyKey: k(), code: 'H02', validTo: '2025-07-01', successorCode: '08' }),
  'admin.reference.calendar.replaceYear': (a) => a.admin.reference.calendar.replaceYear({ idempotencyKey: k(), year: 2031, days: [{ day: '2031-09-02', kind: 'HOLIDAY', name: 'Quốc khánh' }] }),
};

const adminMutations = () =>
  Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
    .filter(([path, p]) => path.startsWith('admin.') && p._def.type === 'mutation')
    .map(([path]) => path)
    .sort();

describe.each(testDatabases())('administrative changes are audited on %s', (kind) => {
  let w: World;
  let admin: Caller;
  let fixture: Fixture;
  beforeAll(async () => {
    w = await openWorld(kind);
    admin = w.as('c06.quantri');
    const unit = await admin.admin.units.create({ idempotencyKey: k(), kind: 'OWNER', level: 'LOCAL', provinceCode: '01', name: 'Sở Thử nghiệm Hà Nội' });
    const user = await admin.admin.users.create({ idempotencyKey: k(), username: 'thunghiem.canbo', displayName: 'Cán bộ thử nghiệm', email: null, role: 'SUBMITTER', unitId: w.users['hanoi.canbo'].unitId, password: 'Mat-khau-2026!' });
    const closing = await admin.admin.units.create({ idempotencyKey: k(), kind: 'OWNER', level: 'LOCAL', provinceCode: '01', name: 'Ban Thử nghiệm sắp giải thể' });
    fixture = { unitId: unit.id, closingUnitId: closing.id, userId: user.id, pc06HanoiUnitId: w.users['pc06.hanoi'].unitId };
  });
  afterAll(async () => {
    await w?.close();
  });

  it('has a call for every admin mutation of the router, and none for a mutation that does not exist', () => {
    expect(adminMutations()).toEqual(Object.keys(CALLS).sort());
  });

  it('writes exactly one OK audit row, named by the procedure and by the administrator, for each admin mutation', async () => {
    for (const path of adminMutations()) {
      const before = await w.db.selectFrom('audit_log').select(['action', 'actor_user_id', 'outcome']).where('action', '=', path).execute();
      await CALLS[path]!(admin, fixture);
      const after = await w.db.selectFrom('audit_log').select(['action', 'actor_user_id', 'outcome']).where('action', '=', path).execute();
      expect(after.length - before.length, path).toBe(1);
      expect(after.at(-1), path).toMatchObject({ outcome: 'OK', actor_user_id: w.users['c06.quantri'].userId });
    }
  });

  it("shows an object's audit trail to administrators, newest first, and audits that reading", async () => {
    const trail = await admin.admin.audit.forTarget({ targetType: 'user', targetId: fixture.userId });
    expect(trail.items.map((e) => e.action)).toEqual(['admin.users.resetPassword', 'admin.users.moveToUnit', 'admin.users.enable', 'admin.users.disable', 'admin.users.create']);
    expect(trail.items.every((e) => e.actorUsername === 'c06.quantri' && e.outcome === 'OK')).toBe(true);
    const read = await w.db.selectFrom('audit_log').select(['action', 'outcome']).where('action', '=', 'admin.audit.forTarget').execute();
    expect(read).toEqual([{ action: 'admin.audit.forTarget', outcome: 'OK' }]);
  });
});

describe.each(testDatabases())('units: search, rename, deactivate on %s', (kind) => {
  let w: World;
  let admin: Caller;
  beforeAll(async () => {
    w = await openWorld(kind);
    admin = w.as('c06.quantri');
  });
  afterAll(async () => {
    await w?.close();
  });

  it('finds units by their name without diacritics, one page at a time', async () => {
    const found = await admin.admin.units.search({ page: 1, pageSize: 5, search: 'cong an ha noi' });
    expect(found.items.map((u) => [u.kind, u.provinceCode])).toEqual([['PC06', '01']]);
    expect(found.items[0]!.name).toMatch(/Công an thành phố Hà Nội/);
    expect(found.items[0]!.activeUsers).toBe(1);
    const pc06 = await admin.admin.units.search({ page: 2, pageSize: 10, kind: 'PC06' });
    expect(pc06.items).toHaveLength(10);
    expect(pc06.total).toBeGreaterThan(20);
    expect(pc06.items.every((u) => u.kind === 'PC06')).toBe(true);
  });

  it('creates a PC06 only for a current province without one, and an owner unit only with a free name', async () => {
    await expect(admin.admin.units.create({ idempotencyKey: k(), kind: 'PC06', level: 'LOCAL', provinceCode: '01', name: 'Công an Hà Nội (thứ hai)' })).rejects.toMatchObject({ cause: { appCode: 'DUPLICATE' } });
    await expect(admin.admin.units.create({ idempotencyKey: k(), kind: 'PC06', level: 'CENTRAL', provinceCode: null, name: 'Công an trung ương' })).rejects.toMatchObject({ cause: { appCode: 'VALIDATION' } });
    const first = await admin.admin.units.create({ idempotencyKey: k(), kind: 'OWNER', level: 'CENTRAL', provinceCode: null, name: 'Cục Thử nghiệm' });
    await expect(admin.admin.units.create({ idempotencyKey: k(), kind: 'OWNER', level: 'CENTRAL', provinceCode: null, name: 'cục thử nghiệm' })).rejects.toMatchObject({ cause: { appCode: 'DUPLICATE' } });
    await admin.admin.units.update({ idempotencyKey: k(), unitId: first.id, name: 'Cục Thử nghiệm mới', address: ' ' });
    const renamed = await w.db.selectFrom('units').select(['name', 'address', 'kind']).where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(renamed).toEqual({ name: 'Cục Thử nghiệm mới', address: null, kind: 'OWNER' });
  });

  it("deactivating a unit ends its users' sessions at once and refuses their next login; the C06 and a current PC06 stay", async () => {
    const unitId = w.users['hanoi.canbo'].unitId;
    const userId = w.users['hanoi.canbo'].userId;
    const expires = new Date(Date.now() + 3_600_000);
    await setSession(w.db, 'sid-hanoi-canbo', { userId }, expires, userId);
    expect(await getSession(w.db, 'sid-hanoi-canbo')).toBeDefined();
    const result = await admin.admin.units.deactivate({ idempotencyKey: k(), unitId });
    expect(result.revokedSessions).toBeGreaterThanOrEqual(1);
    expect(await getSession(w.db, 'sid-hanoi-canbo')).toBeUndefined();
    expect((await findUserForLogin(w.db, 'hanoi.canbo'))?.active).toBe(false);
    const audit = await w.db.selectFrom('audit_log').select(['target_id', 'details']).where('action', '=', 'admin.units.deactivate').executeTakeFirstOrThrow();
    expect(audit.target_id).toBe(unitId);
    await expect(admin.admin.units.deactivate({ idempotencyKey: k(), unitId: w.users['c06.quantri'].unitId })).rejects.toMatchObject({ cause: { appCode: 'VALIDATION' } });
    await expect(admin.admin.units.deactivate({ idempotencyKey: k(), unitId: w.users['pc06.hanoi'].unitId })).rejects.toMatchObject({ cause: { appCode: 'VALIDATION' } });
    await expect(admin.admin.users.create({ idempotencyKey: k(), username: 'hanoi.moi', displayName: 'Cán bộ', email: null, role: 'SUBMITTER', unitId, password: 'Mat-khau-2026!' })).rejects.toMatchObject({ cause: { appCode: 'NOT_FOUND' } });
  });

  it('lists the users of one unit, searched without diacritics', async () => {
    const all = await admin.admin.users.search({ page: 1, pageSize: 100 });
    const page = await admin.admin.users.search({ page: 1, pageSize: 100, unitId: w.users['pc06.hanoi'].unitId });
    expect(page.items.map((u) => u.username)).toContain('pc06.hanoi');
    expect(page.items.every((u) => u.unitId === w.users['pc06.hanoi'].unitId)).toBe(true);
    expect(page.total).toBeLessThan(all.total);
    const byName = await admin.admin.users.search({ page: 1, pageSize: 100, search: 'pc06.hanoi' });
    expect(byName.items.map((u) => u.username)).toEqual(['pc06.hanoi']);
  });

  it("edits a province's validity and successor: checked so routing never loops nor lacks a successor; a former province's PC06 may then close", async () => {
    const refused = (input: { code: string; validTo: string | null; successorCode: string | null }) => expect(admin.admin.reference.provinceValidity({ idempotencyKey: k(), ...input })).rejects.toMatchObject({ cause: { appCode: 'VALIDATION' } });
    await refused({ code: '40', validTo: '2030-01-01', successorCode: null });
    await refused({ code: '40', validTo: '2025-01-01', successorCode: '42' });
    await refused({ code: '40', validTo: null, successorCode: '42' });
    await refused({ code: '40', validTo: '2030-01-01', successorCode: '40' });
    await expect(admin.admin.reference.provinceValidity({ idempotencyKey: k(), code: 'XX', validTo: null, successorCode: null })).rejects.toMatchObject({ cause: { appCode: 'NOT_FOUND' } });

    await admin.admin.reference.provinceValidity({ idempotencyKey: k(), code: '40', validTo: '2030-01-01', successorCode: '42' });
    const nghean = (await admin.admin.reference.provinces()).find((p) => p.code === '40');
    expect(nghean).toMatchObject({ validTo: '2030-01-01', successorCode: '42' });
    // 42 → 40 → 42 would loop; H02 pointing through 40 is fine.
    await refused({ code: '42', validTo: '2031-01-01', successorCode: '40' });
    const pc06NgheAn = w.users['pc06.nghean'].unitId;
    await expect(admin.admin.units.deactivate({ idempotencyKey: k(), unitId: pc06NgheAn })).resolves.toMatchObject({ deactivated: true });
    // Made current again: no successor.
    await admin.admin.reference.provinceValidity({ idempotencyKey: k(), code: '40', validTo: null, successorCode: null });
    expect((await admin.admin.reference.provinces()).find((p) => p.code === '40')).toMatchObject({ validTo: null, successorCode: null });
    const trail = await admin.admin.audit.forTarget({ targetType: 'province', targetId: '40' });
    expect(trail.items.map((e) => e.action)).toEqual(['admin.reference.provinceValidity', 'admin.reference.provinceValidity']);
  });

  it('re-enables a disabled account only in an active unit, and reactivates a unit (a PC06 only without another in its province)', async () => {
    const pc06 = w.users['pc06.hanoi'];
    await admin.admin.users.disable({ idempotencyKey: k(), userId: pc06.userId });
    expect((await findUserForLogin(w.db, 'pc06.hanoi'))?.active).toBe(false);
    await admin.admin.users.enable({ idempotencyKey: k(), userId: pc06.userId });
    expect((await findUserForLogin(w.db, 'pc06.hanoi'))?.active).toBe(true);

    const unit = await admin.admin.units.create({ idempotencyKey: k(), kind: 'OWNER', level: 'LOCAL', provinceCode: '42', name: 'Sở Thử nghiệm Hà Tĩnh' });
    const user = await admin.admin.users.create({ idempotencyKey: k(), username: 'hatinh.thu', displayName: 'Cán bộ Hà Tĩnh', email: null, role: 'SUBMITTER', unitId: unit.id, password: 'Mat-khau-2026!' });
    await admin.admin.users.disable({ idempotencyKey: k(), userId: user.id });
    await admin.admin.units.deactivate({ idempotencyKey: k(), unitId: unit.id });
    await expect(admin.admin.users.enable({ idempotencyKey: k(), userId: user.id })).rejects.toMatchObject({ cause: { appCode: 'VALIDATION' } });
    await admin.admin.units.reactivate({ idempotencyKey: k(), unitId: unit.id });
    await admin.admin.users.enable({ idempotencyKey: k(), userId: user.id });
    expect((await findUserForLogin(w.db, 'hatinh.thu'))?.active).toBe(true);

    // A second PC06 for Hà Tĩnh cannot be reactivated while the first is active.
    const second = await w.db.insertInto('units').values({ kind: 'PC06', level: 'LOCAL', province_code: '42', name: 'PC06 Hà Tĩnh (cũ)', active: false }).returning('id').executeTakeFirstOrThrow();
    await expect(admin.admin.units.reactivate({ idempotencyKey: k(), unitId: second.id })).rejects.toMatchObject({ cause: { appCode: 'DUPLICATE' } });
  });

  it('resets a password: the rule applies, the sessions end, the old password no longer works, and the password is in no audit row', async () => {
    const target = w.users['boyte.canbo'];
    await expect(admin.admin.users.resetPassword({ idempotencyKey: k(), userId: target.userId, password: 'ngan' })).rejects.toMatchObject({ cause: { appCode: 'VALIDATION' } });
    await setSession(w.db, 'sid-boyte', { userId: target.userId }, new Date(Date.now() + 3_600_000), target.userId);
    await admin.admin.users.resetPassword({ idempotencyKey: k(), userId: target.userId, password: 'Mat-khau-moi-2026!' });
    expect(await getSession(w.db, 'sid-boyte')).toBeUndefined();
    const login = await findUserForLogin(w.db, 'boyte.canbo');
    expect(await verifyPassword(login!.passwordHash, 'Mat-khau-moi-2026!')).toBe(true);
    expect(await verifyPassword(login!.passwordHash, 'KetNoi@2026-demo')).toBe(false);
    const rows = await w.db.selectFrom('audit_log').select('details').where('action', 'in', ['admin.users.resetPassword', 'admin.users.create']).execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(JSON.stringify(r.details)).not.toMatch(/Mat-khau/);
    const keys = await w.db.selectFrom('idempotency_keys').selectAll().execute();
    expect(JSON.stringify(keys)).not.toMatch(/Mat-khau-moi/);
  });
});

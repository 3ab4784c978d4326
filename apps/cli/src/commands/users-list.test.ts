import { createUser, findC06Unit, findPc06Unit } from '@ketnoi/db';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCli, type TestCli } from '../test-io.js';

describe.each(testDatabases())('users list on %s', (kind) => {
  let t: TestDatabase;
  let cli: TestCli;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    cli = testCli(t);
    const c06 = (await findC06Unit(t.db))!;
    const pc06 = (await findPc06Unit(t.db, '79'))!;
    await createUser(t.db, { username: 'quantri', displayName: 'Ngô Quản Trị', email: 'quantri@c06.gov.vn', passwordHash: '$argon2id$bi-mat', role: 'NATIONAL_ADMIN', unitId: c06.id });
    await createUser(t.db, { username: 'thamdinh.hcm', displayName: 'Đặng Thị Thẩm', passwordHash: '$argon2id$bi-mat', role: 'PROVINCIAL_REVIEWER', unitId: pc06.id });
  });
  afterAll(() => t?.close());

  it('prints a table of every account with its role and unit, without hashes or e-mails', async () => {
    const r = await cli.run(['users', 'list']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Tên đăng nhập\s+Họ tên\s+Vai trò\s+Đơn vị\s+Tỉnh\s+Trạng thái$/);
    expect(lines.find((l) => l.startsWith('quantri '))).toMatch(/Ngô Quản Trị\s+Quản trị hệ thống C06/);
    expect(lines.find((l) => l.startsWith('thamdinh.hcm '))).toMatch(/Cán bộ thẩm định PC06 .*\s79\s+Hoạt động$/);
    expect(r.out).toContain('Tổng số: 2 tài khoản.');
    expect(r.out).not.toContain('argon2');
    expect(r.out).not.toContain('@c06.gov.vn');
  });

  it('filters by unit (PC06:<province>) and gives JSON', async () => {
    const pc06 = (await findPc06Unit(t.db, '79'))!;
    const r = await cli.run(['users', 'list', '--unit', 'PC06:79', '--json']);
    expect(r.code).toBe(0);
    const users = JSON.parse(r.out) as Record<string, unknown>[];
    expect(users).toEqual([expect.objectContaining({ username: 'thamdinh.hcm', role: 'PROVINCIAL_REVIEWER', unitId: pc06.id, provinceCode: '79', active: true })]);
    expect(Object.keys(users[0]!).some((k) => /password|hash|email/i.test(k))).toBe(false);

    const none = await cli.run(['users', 'list', '--unit', 'PC06:01']);
    expect(none).toMatchObject({ code: 0, out: 'Không có tài khoản nào.\n' });
    const bad = await cli.run(['users', 'list', '--unit', 'hà nội', '--json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out)).toMatchObject({ error: { code: 'UNIT_REF_INVALID' } });
    expect(cli.closes).toBe(cli.opens);
  });
});

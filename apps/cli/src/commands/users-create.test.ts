import { verifyPassword } from '@ketnoi/api';
import { createOwnerUnit, findC06Unit, findPc06Unit, findUserByUsername } from '@ketnoi/db';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCli, type TestCli } from '../test-io.js';

const PASSWORD = 'Mat-khau-rat-manh-2025';

describe.each(testDatabases())('users create on %s', (kind) => {
  let t: TestDatabase;
  let cli: TestCli;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    cli = testCli(t);
  });
  afterAll(() => t?.close());

  const auditRows = () => t.db.selectFrom('audit_log').selectAll().where('action', '=', 'cli.users.create').orderBy('id').execute();

  it('creates the first national administrator in C06 with an argon2id hash and an audit row without the password', async () => {
    const opens = cli.opens;
    const r = await cli.run(['users', 'create', '--username', 'QuanTri.C06', '--name', 'Nguyễn Văn Quản', '--role', 'NATIONAL_ADMIN', '--unit', 'C06', '--email', 'quantri@c06.bocongan.gov.vn', '--password-stdin', '--json'], `${PASSWORD}\n`);
    expect(r.code).toBe(0);
    const c06 = (await findC06Unit(t.db))!;
    const user = (await findUserByUsername(t.db, 'quantri.c06'))!;
    expect(JSON.parse(r.out)).toEqual({ id: user.id, username: 'quantri.c06', role: 'NATIONAL_ADMIN', unitId: c06.id, unitName: c06.name, warnings: [] });
    expect(user).toMatchObject({ display_name: 'Nguyễn Văn Quản', role: 'NATIONAL_ADMIN', unit_id: c06.id, active: true, email: 'quantri@c06.bocongan.gov.vn' });
    expect(user.password_hash.startsWith('$argon2id$')).toBe(true);
    // The trailing newline of the piped input is not part of the password.
    expect(await verifyPassword(user.password_hash, PASSWORD)).toBe(true);

    const audit = await auditRows();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_user_id: null, outcome: 'OK', target_type: 'user', target_id: user.id, details: { role: 'NATIONAL_ADMIN', unitId: c06.id } });
    expect(JSON.stringify(audit[0])).not.toContain(PASSWORD);
    expect(JSON.stringify(audit[0])).not.toContain('argon2');
    expect(cli.opens - opens).toBe(1);
    expect(cli.closes).toBe(cli.opens);
  });

  it('takes PC06:<province> for a provincial reviewer and a unit id for a submitter, with a Vietnamese text confirmation', async () => {
    const pc06 = (await findPc06Unit(t.db, '01'))!;
    const pr = await cli.run(['users', 'create', '--username', 'thamdinh.hn', '--name', 'Trần Thị Thẩm', '--role', 'PROVINCIAL_REVIEWER', '--unit', 'PC06:01', '--password-stdin'], PASSWORD);
    expect(pr).toMatchObject({ code: 0, err: '' });
    expect(pr.out).toBe(`Đã tạo tài khoản «thamdinh.hn» (Cán bộ thẩm định PC06) thuộc đơn vị «${pc06.name}».\n`);
    expect((await findUserByUsername(t.db, 'thamdinh.hn'))?.unit_id).toBe(pc06.id);

    const owner = await createOwnerUnit(t.db, { name: 'Sở Tư pháp Hà Nội', level: 'LOCAL', provinceCode: '01' });
    const sub = await cli.run(['users', 'create', '--username', 'nopho.so', '--name', 'Lê Văn Nộp', '--role', 'SUBMITTER', '--unit', owner.id.toUpperCase(), '--password-stdin', '--json'], PASSWORD);
    expect(sub.code).toBe(0);
    expect(JSON.parse(sub.out)).toMatchObject({ role: 'SUBMITTER', unitId: owner.id });
  });

  it('refuses a role that does not fit the unit kind, and creates nothing', async () => {
    const before = (await auditRows()).length;
    const r = await cli.run(['users', 'create', '--username', 'sai.vaitro', '--name', 'Phạm Văn Sai', '--role', 'SUBMITTER', '--unit', 'C06', '--password-stdin', '--json'], PASSWORD);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ error: { code: 'ROLE_UNIT_MISMATCH' } });
    const pc = await cli.run(['users', 'create', '--username', 'sai.vaitro', '--name', 'Phạm Văn Sai', '--role', 'NATIONAL_ADMIN', '--unit', 'PC06:01', '--password-stdin'], PASSWORD);
    expect(pc.code).toBe(2);
    expect(pc.err).toContain('không phù hợp với loại đơn vị PC06');
    expect(await findUserByUsername(t.db, 'sai.vaitro')).toBeUndefined();
    expect(await auditRows()).toHaveLength(before);
  });

  it('refuses a taken username (case-insensitively) with a clear message and exit 2', async () => {
    const before = (await auditRows()).length;
    const r = await cli.run(['users', 'create', '--username', 'QUANTRI.c06', '--name', 'Người Khác', '--role', 'NATIONAL_REVIEWER', '--unit', 'C06', '--password-stdin'], PASSWORD);
    expect(r.code).toBe(2);
    expect(r.err).toBe('Tên đăng nhập đã được dùng; không có tài khoản nào được tạo.\n');
    expect((await findUserByUsername(t.db, 'quantri.c06'))?.display_name).toBe('Nguyễn Văn Quản');
    expect(await auditRows()).toHaveLength(before);
  });

  it('names unknown and malformed units', async () => {
    const missing = await cli.run(['users', 'create', '--username', 'khong.donvi', '--name', 'Hồ Văn Không', '--role', 'SUBMITTER', '--unit', '00000000-0000-4000-8000-000000000000', '--password-stdin', '--json'], PASSWORD);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.out)).toMatchObject({ error: { code: 'UNIT_NOT_FOUND' } });
    for (const unit of ['PC06:99', 'PC06:1', 'Sở Tư pháp']) {
      const r = await cli.run(['users', 'create', '--username', 'khong.donvi', '--name', 'Hồ Văn Không', '--role', 'PROVINCIAL_REVIEWER', '--unit', unit, '--password-stdin', '--json'], PASSWORD);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.out).error.code).toBe(unit === 'PC06:99' ? 'UNIT_NOT_FOUND' : 'UNIT_REF_INVALID');
    }
    expect(cli.closes).toBe(cli.opens);
  });

  it('never takes the password from the arguments, never echoes it, and checks it before opening the database', async () => {
    const opens = cli.opens;
    const inArgs = await cli.run(['users', 'create', '--username', 'lo.matkhau', '--name', 'Đỗ Văn Lộ', '--role', 'NATIONAL_REVIEWER', '--unit', 'C06', `--password=${PASSWORD}`]);
    expect(inArgs.code).toBe(2);
    expect(inArgs.err).toContain('--password-stdin');
    expect(inArgs.out + inArgs.err).not.toContain(PASSWORD);

    const noFlag = await cli.run(['users', 'create', '--username', 'lo.matkhau', '--name', 'Đỗ Văn Lộ', '--role', 'NATIONAL_REVIEWER', '--unit', 'C06', '--json'], PASSWORD);
    expect(JSON.parse(noFlag.out)).toMatchObject({ error: { code: 'CLI_USAGE' } });

    const weak = await cli.run(['users', 'create', '--username', 'lo.matkhau', '--name', 'Đỗ Văn Lộ', '--role', 'NATIONAL_REVIEWER', '--unit', 'C06', '--password-stdin', '--json'], 'ngan');
    expect(weak.code).toBe(2);
    expect(JSON.parse(weak.out)).toEqual({ error: { code: 'PASSWORD_WEAK', message: 'Mật khẩu phải có ít nhất 12 ký tự.' } });
    const empty = await cli.run(['users', 'create', '--username', 'lo.matkhau', '--name', 'Đỗ Văn Lộ', '--role', 'NATIONAL_REVIEWER', '--unit', 'C06', '--password-stdin', '--json'], '\n');
    expect(JSON.parse(empty.out)).toMatchObject({ error: { code: 'PASSWORD_REQUIRED' } });

    const badRole = await cli.run(['users', 'create', '--username', 'lo.matkhau', '--name', 'Đỗ Văn Lộ', '--role', 'ADMIN', '--unit', 'C06', '--password-stdin', '--json'], PASSWORD);
    expect(JSON.parse(badRole.out)).toMatchObject({ error: { code: 'ROLE_UNKNOWN' } });
    const badName = await cli.run(['users', 'create', '--username', 'lộ', '--name', 'Đỗ Văn Lộ', '--role', 'NATIONAL_REVIEWER', '--unit', 'C06', '--password-stdin', '--json'], PASSWORD);
    expect(JSON.parse(badName.out)).toMatchObject({ error: { code: 'USERNAME_FORMAT' } });

    expect(cli.opens).toBe(opens);
    expect(await findUserByUsername(t.db, 'lo.matkhau')).toBeUndefined();
  });
});

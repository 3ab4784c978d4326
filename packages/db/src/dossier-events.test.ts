import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from './repositories/users.js';
import { openTestDatabase, testDatabases } from './testing.js';
import type { TestDatabase } from './testing.js';

describe.each(testDatabases())('dossiers and their events on %s', (kind) => {
  let t: TestDatabase;
  let dossierId: string;
  let dossierCode: string;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    const unit = await t.db
      .insertInto('units')
      .values({ kind: 'OWNER', level: 'LOCAL', province_code: '79', name: 'Sở Khoa học và Công nghệ' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = await createUser(t.db, { username: 'nguoinop', displayName: 'Người nộp', passwordHash: 'x', role: 'SUBMITTER', unitId: unit.id });
    const system = await t.db
      .insertInto('systems')
      .values({
        owner_unit_id: unit.id,
        name: 'Hệ thống thông tin giải quyết TTHC',
        purpose: 'Giải quyết thủ tục hành chính',
        host: 'dichvucong.example.gov.vn',
        operator: 'Trung tâm Chuyển đổi số',
        security_level: 3,
        security_level_decision: '123/QĐ-UBND',
        connection_channel: 'LGSP',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const dossier = await t.db
      .insertInto('dossiers')
      .values({ system_id: system.id, owner_unit_id: unit.id, route: 'PROVINCIAL', filed_province_code: '79', queue_province_code: '79' })
      .returning(['id', 'code'])
      .executeTakeFirstOrThrow();
    dossierId = dossier.id;
    dossierCode = dossier.code;
    await t.db.insertInto('dossier_versions').values({ dossier_id: dossierId, version: 1 }).execute();
    await t.db
      .insertInto('dossier_events')
      .values({ dossier_id: dossierId, seq: 1, type: 'CREATED', actor_user_id: user.id, actor_role: 'SUBMITTER', actor_unit_id: unit.id, payload: JSON.stringify({ note: 'tạo' }) })
      .execute();
  });
  afterAll(() => t?.close());

  it('gives a dossier a readable code from a sequence, starting as a version-1 DRAFT', async () => {
    expect(dossierCode).toMatch(/^KN-\d{4}-\d{6}$/);
    const d = await t.db.selectFrom('dossiers').selectAll().where('id', '=', dossierId).executeTakeFirstOrThrow();
    expect(d).toMatchObject({ status: 'DRAFT', version: 1, revision: 0, holder_user_id: null });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of events', async () => {
    await expect(t.db.updateTable('dossier_events').set({ type: 'FORGED' }).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('dossier_events').execute()).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE dossier_events CASCADE`.execute(t.db)).rejects.toThrow(/append-only/);
    const events = await t.db.selectFrom('dossier_events').select(['seq', 'type', 'payload']).execute();
    expect(events).toEqual([{ seq: 1, type: 'CREATED', payload: { note: 'tạo' } }]);
  });

  it('refuses a second event with the same sequence number (one writer wins)', async () => {
    const first = await t.db.selectFrom('dossier_events').selectAll().executeTakeFirstOrThrow();
    await expect(
      t.db
        .insertInto('dossier_events')
        .values({ dossier_id: dossierId, seq: 1, type: 'SUBMITTED', actor_user_id: first.actor_user_id, actor_role: 'SUBMITTER', actor_unit_id: first.actor_unit_id, payload: '{}' })
        .execute(),
    ).rejects.toThrow(/duplicate key/);
  });

  it('refuses the same person twice in one version of the account list, and keeps services as an array', async () => {
    const row = {
      dossier_id: dossierId,
      version: 1,
      full_name: 'Nguyễn Văn An',
      personal_id: '079203001234',
      date_of_birth: '2003-05-01',
      sex: null,
      position: 'Chuyên viên',
      work_unit: 'Sở Khoa học và Công nghệ',
      phone: '+84912345678',
      email: 'an@example.gov.vn',
      services: ['XAC_THUC_THONG_TIN', 'TRA_CUU_CU_TRU'],
    };
    await t.db.insertInto('account_rows').values({ ...row, row_number: 2, username: 'an.nv' }).execute();
    await expect(t.db.insertInto('account_rows').values({ ...row, row_number: 3, username: 'an.nv2' }).execute()).rejects.toThrow(/duplicate key/);
    const stored = await t.db.selectFrom('account_rows').select(['id', 'services', 'date_of_birth']).executeTakeFirstOrThrow();
    expect(stored).toEqual({ id: expect.any(Number), services: ['XAC_THUC_THONG_TIN', 'TRA_CUU_CU_TRU'], date_of_birth: '2003-05-01' });
  });
});

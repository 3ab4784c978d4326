import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabases } from '../testing.js';
import type { TestDatabase } from '../testing.js';
import { appendAudit } from './audit.js';
import { checkIntegrity, MIGRATION_TABLES, TABLES } from './integrity.js';
import { createOwnerUnit, findC06Unit, findPc06Unit, listUnits } from './units.js';
import { createUser } from './users.js';

describe.each(testDatabases())('units and integrity checks on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t?.close());

  it('finds C06 and the PC06 of a province, and refuses a LOCAL owner unit without a province', async () => {
    expect((await findC06Unit(t.db))?.level).toBe('CENTRAL');
    expect((await findPc06Unit(t.db, '79'))?.name).toContain('Hồ Chí Minh');
    expect(await findPc06Unit(t.db, 'H02')).toBeUndefined();
    await expect(createOwnerUnit(t.db, { name: 'Sở Y tế', level: 'LOCAL' })).rejects.toThrow(/units_kind_level/);
    const unit = await createOwnerUnit(t.db, { name: 'Sở Y tế', level: 'LOCAL', provinceCode: '01' });
    expect((await listUnits(t.db, { kind: 'OWNER', provinceCode: '01' })).map((u) => u.id)).toEqual([unit.id]);
  });

  it('counts every table the migrations create (TABLES is the whole schema, dashboard, imports and jobs included)', async () => {
    const { rows } = await sql<{ name: string }>`
      SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`.execute(t.db);
    const migrated = rows.map((r) => r.name).filter((n) => !(MIGRATION_TABLES as readonly string[]).includes(n));
    expect([...TABLES].sort()).toEqual(migrated);
    expect(migrated).toEqual(expect.arrayContaining(['dashboard_counts', 'dashboard_periods', 'account_imports', 'notifications', 'email_outbox', 'job_outbox', 'dossier_flags']));
    expect(Object.keys((await checkIntegrity(t.db)).counts).sort()).toEqual(migrated);
  });

  it('reports counts, a verified audit chain and documents whose content no longer matches its SHA-256', async () => {
    const unit = (await listUnits(t.db, { kind: 'OWNER', provinceCode: '01' }))[0]!;
    const user = await createUser(t.db, { username: 'tailen', displayName: 'Tải lên', passwordHash: 'h', role: 'SUBMITTER', unitId: unit.id });
    const pdf = Buffer.from('%PDF-1.7\n…');
    const doc = async (content: Buffer, digest: string) =>
      (
        await t.db
          .insertInto('documents')
          .values({ owner_unit_id: unit.id, kind: 'ORG_COMMITMENT', file_name: 'cam-ket.pdf', media_type: 'application/pdf', size_bytes: content.length, sha256: digest, content, uploaded_by: user.id })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    await doc(pdf, createHash('sha256').update(pdf).digest('hex'));
    const bad = await doc(pdf, createHash('sha256').update('khác').digest('hex'));
    await appendAudit(t.db, { action: 'document.upload', outcome: 'OK' });

    const report = await checkIntegrity(t.db);
    expect(report.counts.documents).toBe(2);
    expect(report.counts.provinces).toBeGreaterThan(34);
    expect(report.auditChain).toEqual({ ok: true, rows: 1 });
    expect(report.documentHashMismatches).toEqual([bad]);
    const stored = await sql<{ content: Buffer }>`SELECT content FROM documents WHERE id <> ${bad}`.execute(t.db);
    expect(stored.rows[0]?.content.equals(pdf)).toBe(true);
  });
});

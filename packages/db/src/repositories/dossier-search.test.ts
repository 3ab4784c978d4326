import { randomBytes } from 'node:crypto';
import { Migrator, sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldForSearch } from '@ketnoi/domain';
import { createPgliteDatabase, createPostgresDatabase, type DatabaseHandle } from '../connection.js';
import { migrateToLatest } from '../migrate.js';
import * as m0001 from '../migrations/0001-initial.js';
import * as m0002 from '../migrations/0002-dossier-forwarded-at.js';
import * as m0003 from '../migrations/0003-account-imports.js';
import { foldForSearch0004 } from '../migrations/0004-dossier-search.js';
import type { Database } from '../schema.js';
import { databaseUrl, openTestDatabase, testDatabases, type TestDatabase } from '../testing.js';
import { dossierSearchText, refreshDossierSearchText } from './dossier-search.js';

describe('the fold of migration 0004', () => {
  it('folds as the domain does', () => {
    for (const text of ['Điện Biên', 'SỞ Y TẾ TỈNH NGHỆ AN', 'Nguyễn Thị Hường'.normalize('NFD'), 'İ  x\u00a0Đ', 'KN-2026-000001']) {
      expect(foldForSearch0004(text)).toBe(foldForSearch(text));
    }
    // 2,000 strings of random code points (a fixed seed), half of them Vietnamese letters and marks.
    let seed = 20_251_101;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const vietnamese = [...'ĐđƠơƯưẠạỆệẵỹ\u0301\u0323\u00a0 '];
    for (let i = 0; i < 2_000; i++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () =>
        random() < 0.5 ? vietnamese[Math.floor(random() * vietnamese.length)]! : String.fromCodePoint(Math.floor(random() * 0x2ffff)),
      ).join('');
      expect(foldForSearch0004(text), JSON.stringify(text)).toBe(foldForSearch(text));
    }
  });
});

async function insertDossier(db: Kysely<any>, unitName: string, systemName: string): Promise<string> {
  const unit = await db.insertInto('units').values({ kind: 'OWNER', level: 'CENTRAL', name: unitName }).returning('id').executeTakeFirstOrThrow();
  const system = await db
    .insertInto('systems')
    .values({ owner_unit_id: unit.id, name: systemName, purpose: 'p', host: 'h', operator: 'o', security_level: 3, security_level_decision: 'd', connection_channel: 'NDXP' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const dossier = await db.insertInto('dossiers').values({ system_id: system.id, owner_unit_id: unit.id }).returning('id').executeTakeFirstOrThrow();
  return dossier.id as string;
}

/** A database of its own, empty (not migrated): PGlite in memory, or a scratch PostgreSQL database. */
async function openEmpty(kind: 'pglite' | 'postgres'): Promise<DatabaseHandle> {
  if (kind === 'pglite') return createPgliteDatabase({ memory: true });
  const adminUrl = process.env.KETNOI_TEST_PG_URL!;
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = async (text: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const handle = createPostgresDatabase(databaseUrl(adminUrl, name), 2);
  return { ...handle, close: async () => (await handle.close(), await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)) };
}

describe.each(testDatabases())('dossiers.search_text on %s', (kind) => {
  it('is backfilled by migration 0004 for the dossiers that existed before it', async () => {
    const handle = await openEmpty(kind);
    try {
      const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => ({ '0001-initial': m0001, '0002-dossier-forwarded-at': m0002, '0003-account-imports': m0003 }) } });
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const id = await insertDossier(handle.db, 'Sở Tư pháp tỉnh Điện Biên', 'Hệ thống Lý lịch tư pháp');
      await migrateToLatest(handle.db);
      const row = await handle.db.selectFrom('dossiers').select(['code', 'search_text']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.search_text).toBe(`${row.code.toLowerCase()} so tu phap tinh dien bien he thong ly lich tu phap`);
      const index = await sql<{ indexdef: string }>`SELECT indexdef FROM pg_indexes WHERE indexname = 'dossiers_search_trgm'`.execute(handle.db);
      expect(index.rows[0]?.indexdef).toMatch(/gin \(search_text gin_trgm_ops\)/);
    } finally {
      await handle.close();
    }
  });

  describe('refreshDossierSearchText', () => {
    let t: TestDatabase;
    let db: Kysely<Database>;
    beforeAll(async () => {
      t = await openTestDatabase(kind);
      db = t.db;
    });
    afterAll(() => t?.close());

    const searchText = async (id: string) => (await db.selectFrom('dossiers').select('search_text').where('id', '=', id).executeTakeFirstOrThrow()).search_text;

    it('writes the fold of code, unit and system for one dossier, then follows a system and a unit renamed', async () => {
      const id = await insertDossier(db, 'Ban Thử nghiệm Giáo dục Đào tạo', 'Cơ sở dữ liệu ngành giáo dục');
      const { code, system_id, owner_unit_id } = await db.selectFrom('dossiers').select(['code', 'system_id', 'owner_unit_id']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(await searchText(id)).toBe('');
      expect(await refreshDossierSearchText(db, { dossierId: id })).toBe(1);
      expect(await searchText(id)).toBe(dossierSearchText(code, 'Ban Thử nghiệm Giáo dục Đào tạo', 'Cơ sở dữ liệu ngành giáo dục'));
      expect(await searchText(id)).toContain('ban thu nghiem giao duc dao tao co so du lieu nganh giao duc');

      await db.updateTable('systems').set({ name: 'Hệ thống Học bạ số' }).where('id', '=', system_id).execute();
      expect(await refreshDossierSearchText(db, { systemId: system_id })).toBe(1);
      expect(await searchText(id)).toMatch(/ he thong hoc ba so$/);

      await db.updateTable('units').set({ name: 'Ban Đại học' }).where('id', '=', owner_unit_id).execute();
      expect(await refreshDossierSearchText(db, { unitId: owner_unit_id })).toBe(1);
      expect(await searchText(id)).toBe(`${code.toLowerCase()} ban dai hoc he thong hoc ba so`);
    });

    it('refreshes nothing outside its scope', async () => {
      const a = await insertDossier(db, 'Ban Thử nghiệm A', 'Hệ thống A');
      const b = await insertDossier(db, 'Ban Thử nghiệm B', 'Hệ thống B');
      await refreshDossierSearchText(db, { dossierId: a });
      expect(await searchText(a)).not.toBe('');
      expect(await searchText(b)).toBe('');
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(await refreshDossierSearchText(db, { unitId: unknown })).toBe(0);
    });
  });
});

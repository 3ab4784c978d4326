import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, validateAccountList, type RawAccountRow } from '@ketnoi/domain';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { ACCOUNT_LIST_COLUMN_KEYS } from '@ketnoi/domain';
import { birthPrefixes } from '@ketnoi/reference';
import { createScratchDatabase } from '../lib/database.ts';
import { report } from '../p2-account-import.ts';
import { parseArgs } from '../settings.ts';
import { accountListRows, accountListWorkbook } from './account-list-workbook.ts';
import { importAccountList } from './import-phases.ts';
import { countAccountRows, findImportTarget, prepareDatabase } from './import-target.ts';
import { measureAccountImport } from './measure-import.ts';

const SERVICES = ['XAC_THUC_THONG_TIN', 'TRA_CUU_THONG_TIN'];
const TODAY = '2025-10-01';
const context = { birthPrefixes, serviceCodes: SERVICES, today: TODAY, policy: DEFAULT_POLICY };

describe('the generated account list', () => {
  it('is valid row by row: real birth prefixes, century/sex digit, unique IDs and usernames, registered services', () => {
    const rows = accountListRows({ rows: 5_000, birthPrefixes, serviceCodes: SERVICES, today: TODAY });
    const raw: RawAccountRow[] = rows.map((cells, i) => ({
      rowNumber: i + 2,
      cells: Object.fromEntries(ACCOUNT_LIST_COLUMN_KEYS.map((k, c) => [k, String(cells[c])])) as RawAccountRow['cells'],
    }));
    const { accounts, findings } = validateAccountList(raw, context);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(accounts).toHaveLength(5_000);
    expect(new Set(accounts.map((a) => a.personalId)).size).toBe(5_000);
    expect(accounts.some((a) => /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i.test(a.fullName))).toBe(true);
    expect(new Set(accounts.map((a) => a.sex))).toEqual(new Set(['MALE', 'FEMALE']));
    // A few e-mails outside gov.vn, as in real lists: warnings, never errors.
    expect(findings.every((f) => f.code === 'EMAIL_NOT_GOV_VN')).toBe(true);
  });

  it('is the same list for the same seed', () => {
    const a = accountListRows({ rows: 50, birthPrefixes, serviceCodes: SERVICES, today: TODAY, seed: 3 });
    expect(accountListRows({ rows: 50, birthPrefixes, serviceCodes: SERVICES, today: TODAY, seed: 3 })).toEqual(a);
  });
});

describe.each(testDatabases())('P2 import phases on %s (200 rows)', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reads, validates and commits every row of the .xlsx into the draft', async () => {
    // openTestDatabase has migrated and seeded the reference data; the demo set gives the draft.
    await prepareDatabase(t.db);
    const target = await findImportTarget(t.db);
    const bytes = await accountListWorkbook({ rows: 200, birthPrefixes, serviceCodes: target.context.serviceCodes, today: target.context.today });
    const run = await importAccountList(t.db, target, bytes);
    expect(run.rowsRead).toBe(200);
    expect(run.errors).toEqual([]);
    expect(run.accounts).toHaveLength(200);
    expect(await countAccountRows(t.db, target)).toBe(200);
    for (const phase of ['parse', 'validate', 'commit'] as const) {
      expect(run.phases[phase].ms).toBeGreaterThanOrEqual(0);
      expect(run.phases[phase].toUs).toBeGreaterThanOrEqual(run.phases[phase].fromUs);
    }
    expect(run.endToEndMs).toBeGreaterThanOrEqual(run.phases.commit.ms);
  });
});

describe.runIf(process.env.KETNOI_TEST_PG_URL)('P2 harness on PostgreSQL (200 rows, with the COPY baseline)', () => {
  it('measures import and COPY of the same rows and reports them against the aims', async () => {
    const database = await createScratchDatabase(process.env.KETNOI_TEST_PG_URL);
    try {
      const lines: string[] = [];
      const m = await measureAccountImport(database.url, { rows: 200, runs: 1, warmup: false, profileDir: null, log: (l) => lines.push(l) });
      expect(m.rows).toBe(200);
      expect(m.committedRows).toBe(200);
      expect(m.copiedRows).toBe(200);
      expect(m.errors).toEqual([]);
      expect(m.runs).toHaveLength(1);
      for (const ms of [m.median.phasesMs.parse, m.median.phasesMs.validate, m.median.phasesMs.commit, m.median.endToEndMs, m.median.copyMs]) {
        expect(Number.isFinite(ms) && ms > 0).toBe(true);
      }
      const { settings } = parseArgs(['p2', '--quick'], {});
      const r = report({ settings }, m);
      expect(r.text).toMatch(/^commit +replaceAccounts.*× COPY (met|MISSED)$/m);
      expect(r.text).toMatch(/^end to end .*≥ 25,000 rows\/s (met|MISSED)$/m);
      expect(r.text).toContain('errors: 0');
      expect(r.json).toMatchObject({ benchmark: 'P2', rows: 200, committedRows: 200, copiedRows: 200, errors: 0 });
      expect(lines.some((l) => l.startsWith('  run 1/1:'))).toBe(true);
    } finally {
      await database.drop();
    }
  });
});

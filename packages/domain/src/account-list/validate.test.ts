import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type BirthPrefix } from '../reference';
import { ACCOUNT_LIST_COLUMNS, type AccountListColumn } from './columns';
import { accountRowToRaw, validateAccountList, type AccountListContext, type RawAccountRow } from './validate';

/*
 * The shared sample files are read as raw text through Vite, since the domain may not import node
 * built-ins (no fs) and the dependency rules keep other packages out of its import graph.
 */
const shared = import.meta.glob<string>(['../../../sheets/fixtures/*.csv', '../../../reference/src/cccd-birth-prefixes.json'], {
  eager: true,
  query: '?raw',
  import: 'default',
});
const sharedFile = (name: string): string => {
  const entry = Object.entries(shared).find(([path]) => path.endsWith(name));
  if (!entry) throw new Error(`missing shared sample ${name}`);
  return entry[1];
};

const birthPrefixes: BirthPrefix[] = (
  JSON.parse(sharedFile('cccd-birth-prefixes.json')) as { prefixes: { cccdPrefix: string; name: string; successorProvinceCode: string }[] }
).prefixes.map((p) => ({ prefix: p.cccdPrefix, name: p.name, successorProvinceCode: p.successorProvinceCode }));

const CATALOGUE = ['XAC_THUC_THONG_TIN', 'TRA_CUU_THONG_TIN', 'XAC_DINH_SO_DINH_DANH', 'TRA_CUU_CU_TRU'];
const ctx: AccountListContext = { birthPrefixes, serviceCodes: CATALOGUE, today: '2026-11-28', policy: DEFAULT_POLICY };
const KEYS = ACCOUNT_LIST_COLUMNS.map((c) => c.key);

/** A tiny CSV reader for the two fixtures: BOM, `,` or `;`, CRLF, and double-quoted fields without embedded quotes. */
const readCsv = (text: string): RawAccountRow[] => {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '');
  const separator = (lines[0] ?? '').includes(';') ? ';' : ',';
  const split = (line: string): string[] => {
    const out: string[] = [];
    let cell = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === separator && !quoted) {
        out.push(cell);
        cell = '';
      } else cell += ch;
    }
    out.push(cell);
    return out;
  };
  expect(split(lines[0] ?? '')).toEqual(ACCOUNT_LIST_COLUMNS.map((c) => c.label));
  return lines.slice(1).map((line, i) => {
    const values = split(line);
    return { rowNumber: i + 2, cells: Object.fromEntries(KEYS.map((k, j) => [k, values[j] ?? ''])) as Record<AccountListColumn, string> };
  });
};

const cells = (over: Partial<Record<AccountListColumn, string>> = {}): Record<AccountListColumn, string> => ({
  index: '1',
  fullName: 'Lương Thị Hạnh',
  personalId: '040195004321',
  dateOfBirth: '14/02/1995',
  sex: 'Nữ',
  position: 'Chuyên viên',
  workUnit: 'Bộ phận Một cửa',
  phone: '0356123456',
  email: 'hanh.lt@nghean.gov.vn',
  username: 'hanhlt',
  services: 'TRA_CUU_THONG_TIN',
  ...over,
});
const one = (over: Partial<Record<AccountListColumn, string>>, numericCells?: AccountListColumn[]) =>
  validateAccountList([numericCells ? { rowNumber: 2, cells: cells(over), numericCells } : { rowNumber: 2, cells: cells(over) }], ctx);
const codesOf = (r: ReturnType<typeof validateAccountList>) => r.findings.map((f) => `${f.row}:${f.column}:${f.code}`);

describe('validateAccountList on the shared sample files', () => {
  it('accounts-valid.csv: 5 rows, all valid', () => {
    const r = validateAccountList(readCsv(sharedFile('accounts-valid.csv')), ctx);
    expect(r.findings).toEqual([]);
    expect(r.validRows).toBe(5);
    expect(r.accounts.map((a) => a.rowNumber)).toEqual([2, 3, 4, 5, 6]);
    expect(r.accounts[1]).toEqual({
      rowNumber: 3,
      fullName: 'Tạ Quang Huy',
      personalId: '040087004322',
      dateOfBirth: '1987-11-30',
      sex: 'MALE',
      position: 'Trưởng bộ phận',
      workUnit: 'Bộ phận Một cửa',
      phone: '+84903111222',
      email: 'huy.tq@nghean.gov.vn',
      username: 'huytq',
      services: ['XAC_THUC_THONG_TIN', 'TRA_CUU_THONG_TIN'],
    });
  });

  it('accounts-with-errors-vn-excel.csv: 9 rows, 5 valid, errors on rows 7, 8, 9, 10', () => {
    const rows = readCsv(sharedFile('accounts-with-errors-vn-excel.csv'));
    expect(rows).toHaveLength(9);
    const r = validateAccountList(rows, ctx);
    expect(r.validRows).toBe(5);
    expect(codesOf(r)).toEqual([
      '7:personalId:PERSONAL_ID_LENGTH',
      '8:dateOfBirth:DATE_OF_BIRTH_ID_MISMATCH',
      '9:phone:PHONE_FORMAT',
      '10:personalId:ACCOUNT_DUPLICATE_PERSONAL_ID',
    ]);
    expect(r.findings[3]?.message).toContain('dòng 2');
    expect(r.findings[3]?.path).toEqual(['ACCOUNT_LIST', 'rows', 10, 'personalId']);
    expect(r.accounts[1]?.services).toEqual(['XAC_THUC_THONG_TIN', 'TRA_CUU_THONG_TIN']);
  });

  it('the 11-digit ID of row 7 is reported as a lost leading zero when the cell was numeric', () => {
    const rows = readCsv(sharedFile('accounts-with-errors-vn-excel.csv')).map((row) => ({ ...row, numericCells: ['personalId' as const] }));
    expect(codesOf(validateAccountList(rows, ctx))[0]).toBe('7:personalId:PERSONAL_ID_LEADING_ZERO_LOST');
  });
});

describe('validateAccountList, column by column', () => {
  it('accepts a correct row and normalises it', () => {
    const r = one({ fullName: ' Lu\u031Bo\u031Bng  Thi\u0323 Ha\u0323nh ', phone: '+84 356 123 456', username: 'HanhLT', sex: 'nu', services: ' TRA_CUU_THONG_TIN ; TRA_CUU_CU_TRU,' });
    expect(r.findings).toEqual([]);
    expect(r.accounts[0]).toMatchObject({ fullName: 'Lương Thị Hạnh', phone: '+84356123456', username: 'hanhlt', sex: 'FEMALE', services: ['TRA_CUU_THONG_TIN', 'TRA_CUU_CU_TRU'] });
  });

  it.each<[Partial<Record<AccountListColumn, string>>, string[]]>([
    [{ fullName: 'X' }, ['2:fullName:NAME_LENGTH']],
    [{ fullName: '' }, ['2:fullName:NAME_REQUIRED']],
    [{ personalId: '123456789' }, ['2:personalId:PERSONAL_ID_OLD_CMND']],
    [{ personalId: '04019500432X' }, ['2:personalId:PERSONAL_ID_NOT_DIGITS']],
    [{ personalId: '999195004321' }, ['2:personalId:PERSONAL_ID_PREFIX_UNKNOWN']],
    [{ dateOfBirth: '' }, ['2:dateOfBirth:DATE_OF_BIRTH_REQUIRED']],
    [{ dateOfBirth: '30/02/1995' }, ['2:dateOfBirth:DATE_OF_BIRTH_FORMAT']],
    [{ dateOfBirth: '1995-02-14' }, ['2:dateOfBirth:DATE_OF_BIRTH_FORMAT']],
    [{ personalId: '040395004321', dateOfBirth: '14/02/1995' }, ['2:dateOfBirth:DATE_OF_BIRTH_ID_MISMATCH']],
    [{ personalId: '040309004321', dateOfBirth: '14/02/2009' }, ['2:dateOfBirth:DATE_OF_BIRTH_AGE_OUT_OF_RANGE']],
    [{ personalId: '040155004321', dateOfBirth: '14/02/1955' }, ['2:dateOfBirth:DATE_OF_BIRTH_AGE_OUT_OF_RANGE']],
    [{ sex: 'Nam' }, ['2:sex:SEX_ID_MISMATCH']],
    [{ sex: 'F' }, ['2:sex:SEX_INVALID']],
    [{ position: '' }, ['2:position:POSITION_REQUIRED']],
    [{ position: 'x'.repeat(201) }, ['2:position:POSITION_TOO_LONG']],
    [{ workUnit: ' ' }, ['2:workUnit:WORK_UNIT_REQUIRED']],
    [{ workUnit: 'x'.repeat(201) }, ['2:workUnit:WORK_UNIT_TOO_LONG']],
    [{ phone: '0212345678' }, ['2:phone:PHONE_NOT_MOBILE']],
    [{ phone: '' }, ['2:phone:PHONE_REQUIRED']],
    [{ email: 'hanh@' }, ['2:email:EMAIL_FORMAT']],
    [{ email: 'hanh@gmail.com' }, ['2:email:EMAIL_NOT_GOV_VN']],
    [{ username: 'ab' }, ['2:username:USERNAME_FORMAT']],
    [{ username: 'hạnh' }, ['2:username:USERNAME_FORMAT']],
    [{ username: '' }, ['2:username:USERNAME_REQUIRED']],
    [{ services: '' }, ['2:services:SERVICES_REQUIRED']],
    [{ services: ' ; , ' }, ['2:services:SERVICES_REQUIRED']],
    [{ services: 'TRA_CUU_THONG_TIN;KHONG_CO' }, ['2:services:SERVICE_NOT_REGISTERED']],
  ])('%j gives %j', (over, expected) => {
    const r = one(over);
    expect(codesOf(r)).toEqual(expected);
    const blocking = r.findings.some((f) => f.severity === 'error');
    expect(r.validRows).toBe(blocking ? 0 : 1);
  });

  it('accepts the ages at both policy limits on the given day', () => {
    expect(one({ personalId: '040308004321', dateOfBirth: '28/11/2008' }).findings).toEqual([]);
    expect(codesOf(one({ personalId: '040308004321', dateOfBirth: '29/11/2008' }))).toEqual(['2:dateOfBirth:DATE_OF_BIRTH_AGE_OUT_OF_RANGE']);
    expect(one({ personalId: '040155004321', dateOfBirth: '29/11/1955' }).findings).toEqual([]);
  });

  it('reads a date stored as a spreadsheet number only when the cell was numeric', () => {
    // 34744 = 14/02/1995 in the 1900 date system.
    const r = one({ dateOfBirth: '34744' }, ['dateOfBirth']);
    expect(r.findings).toEqual([]);
    expect(r.accounts[0]?.dateOfBirth).toBe('1995-02-14');
    expect(codesOf(one({ dateOfBirth: '34744' }))).toEqual(['2:dateOfBirth:DATE_OF_BIRTH_FORMAT']);
  });

  it('lists every failing column of a row, in template order', () => {
    const r = one({ services: '', phone: 'abc', fullName: '1', email: 'x' });
    expect(r.findings.map((f) => f.column)).toEqual(['fullName', 'phone', 'email', 'services']);
  });

  it('keeps personal data out of every message', () => {
    const r = one({ personalId: '040195004321', sex: 'Nam', phone: '0212345678', email: 'a@b' });
    for (const f of r.findings) {
      expect(f.message).not.toContain('040195004321');
      expect(f.message).not.toContain('0212345678');
    }
  });

  it('skips completely empty rows without counting them', () => {
    const blank = Object.fromEntries(KEYS.map((k) => [k, '  '])) as Record<AccountListColumn, string>;
    const r = validateAccountList([{ rowNumber: 2, cells: cells() }, { rowNumber: 3, cells: blank }, { rowNumber: 4, cells: cells({ personalId: '', username: 'other' }) }], ctx);
    expect(codesOf(r)).toEqual(['4:personalId:PERSONAL_ID_REQUIRED']);
    expect(r.validRows).toBe(1);
  });

  it('refuses a username used twice, naming the first row', () => {
    const r = validateAccountList(
      [
        { rowNumber: 2, cells: cells() },
        { rowNumber: 3, cells: cells({ personalId: '040087004322', dateOfBirth: '30/11/1987', sex: 'Nam', username: 'HANHLT' }) },
      ],
      ctx,
    );
    expect(codesOf(r)).toEqual(['3:username:USERNAME_DUPLICATE']);
    expect(r.findings[0]?.message).toContain('dòng 2');
  });

  it('sorts findings by row even when rows arrive out of order', () => {
    const r = validateAccountList(
      [
        { rowNumber: 5, cells: cells({ phone: '1', personalId: '040087004322', dateOfBirth: '30/11/1987', sex: '', username: 'a.b' }) },
        { rowNumber: 3, cells: cells({ email: 'x' }) },
      ],
      ctx,
    );
    expect(codesOf(r)).toEqual(['3:email:EMAIL_FORMAT', '5:phone:PHONE_FORMAT']);
  });

  it('re-validates stored accounts unchanged (accountRowToRaw is the inverse)', () => {
    const first = validateAccountList(readCsv(sharedFile('accounts-valid.csv')), ctx);
    const again = validateAccountList(first.accounts.map(accountRowToRaw), ctx);
    expect(again.findings).toEqual([]);
    expect(again.accounts).toEqual(first.accounts);
  });

  it('is deterministic and counts one error row per bad generated row (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (bad) => {
        const rows = bad.map((isBad, i) => {
          const serial = String(100000 + i).slice(1);
          return {
            rowNumber: i + 2,
            cells: cells({ personalId: `040195${serial}1`, username: `user${i}`, phone: isBad ? '123' : '0356123456' }),
          };
        });
        const r = validateAccountList(rows, ctx);
        expect(r.validRows).toBe(bad.filter((b) => !b).length);
        expect(r.findings.map((f) => f.row)).toEqual(rows.filter((_, i) => bad[i]).map((row) => row.rowNumber));
      }),
    );
  });

  it('handles 100,000 rows in linear time', () => {
    const rows: RawAccountRow[] = [];
    for (let i = 0; i < 100_000; i++) {
      const serial = String(1_000_000 + i).slice(1);
      rows.push({ rowNumber: i + 2, cells: cells({ personalId: `040195${serial}`, username: `user${i}`, services: 'TRA_CUU_THONG_TIN;XAC_THUC_THONG_TIN' }) });
    }
    rows.push({ rowNumber: 100_002, cells: cells({ personalId: '040195000007', username: 'dup' }) });
    const clock = (globalThis as unknown as { performance: { now(): number } }).performance;
    const started = clock.now();
    const r = validateAccountList(rows, ctx);
    const elapsed = clock.now() - started;
    expect(r.validRows).toBe(100_000);
    expect(codesOf(r)).toEqual(['100002:personalId:ACCOUNT_DUPLICATE_PERSONAL_ID']);
    // A generous ceiling that only a quadratic implementation would break; speed itself is a benchmark.
    expect(elapsed).toBeLessThan(10_000);
  });
});

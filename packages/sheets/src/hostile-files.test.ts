/**
 * quality.md I1: at least 500 hostile spreadsheets; the reader never throws, refuses or reads
 * each with a Vietnamese message, in under 10 s, with memory bounded.
 */
import { strToU8, zipSync } from 'fflate';
import { DEFAULT_POLICY, type AccountListContext, validateAccountList } from '@ketnoi/domain';
import { birthPrefixes, SEED_SERVICE_CATALOGUE } from '@ketnoi/reference';
import { describe, expect, it } from 'vitest';
import { readAccountSheet } from './read-account-sheet.js';
import type { SheetReadResult } from './sheet-read-result.js';
import { buildXlsx, csvBytes, editXlsx, encodeWindows1258, fixture, LABELS, personRow } from './testing/workbooks.js';
import { craftZip, deflated, deflatedZeros } from './testing/zip-craft.js';

/** Deterministic PRNG (mulberry32) so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20250701);
const int = (max: number) => Math.floor(rand() * max);
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const TIME_LIMIT_MS = 10_000;
const ctx: AccountListContext = { birthPrefixes, serviceCodes: SEED_SERVICE_CATALOGUE.map((s) => s.code), today: '2025-09-01', policy: DEFAULT_POLICY };
const tally = new Map<string, number>();
let tried = 0;

async function survive(label: string, bytes: Uint8Array): Promise<SheetReadResult> {
  const started = performance.now();
  let result: SheetReadResult;
  try {
    result = await readAccountSheet({ bytes, fileName: label });
  } catch (e) {
    throw new Error(`${label}: readAccountSheet threw ${String(e)}`);
  }
  const elapsed = performance.now() - started;
  expect(elapsed, `${label} took ${Math.round(elapsed)} ms`).toBeLessThan(TIME_LIMIT_MS);
  if (!result.ok) {
    expect(result.code, label).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(result.message, label).toMatch(VIETNAMESE);
  } else {
    // What the reader lets through must not break the domain validator either.
    const { findings } = validateAccountList(result.rows, ctx);
    for (const f of findings) expect(f.message, label).toMatch(VIETNAMESE);
  }
  tried++;
  const key = result.ok ? 'read' : result.code;
  tally.set(key, (tally.get(key) ?? 0) + 1);
  return result;
}

const refused = (result: SheetReadResult, code?: string) => {
  expect(result.ok).toBe(false);
  if (code && !result.ok) expect(result.code).toBe(code);
};

describe('hostile spreadsheets (quality.md I1)', () => {
  const xlsxFixture = fixture('accounts-valid-libreoffice.xlsx');
  const csvFixtures = [fixture('accounts-valid.csv'), fixture('accounts-with-errors-vn-excel.csv')];

  it('random bytes, alone or behind zip and OLE2 magic (225 files)', async () => {
    for (let i = 0; i < 150; i++) await survive(`random-${i}`, randomBytes(1 + int(20_000)));
    for (let i = 0; i < 50; i++) {
      const bytes = randomBytes(30 + int(5_000));
      bytes.set([0x50, 0x4b, 0x03, 0x04]);
      refused(await survive(`zip-magic-${i}`, bytes));
    }
    for (let i = 0; i < 25; i++) {
      const bytes = randomBytes(512 + int(5_000));
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      refused(await survive(`ole2-${i}`, bytes), 'SHEET_LEGACY_XLS');
    }
  });

  it('real workbooks cut at random points or with corrupted bytes (210 files)', async () => {
    const made = await buildXlsx([{ name: 'Danh sách', rows: [LABELS, ...Array.from({ length: 200 }, (_, i) => personRow(i))] }]);
    for (let i = 0; i < 120; i++) refused(await survive(`truncated-lo-${i}`, xlsxFixture.subarray(0, 1 + int(xlsxFixture.length - 2))));
    for (let i = 0; i < 30; i++) refused(await survive(`truncated-exceljs-${i}`, made.subarray(0, 1 + int(made.length - 2))));
    for (let i = 0; i < 60; i++) {
      const bytes = Uint8Array.from(i % 2 ? xlsxFixture : made);
      for (let k = 0; k <= i % 4; k++) bytes[int(bytes.length)] = int(256);
      await survive(`corrupted-xlsx-${i}`, bytes);
    }
  });

  it('CSV files with random damage (40 files)', async () => {
    for (let i = 0; i < 40; i++) {
      const bytes = Uint8Array.from(csvFixtures[i % 2]!);
      for (let k = 0; k <= i % 8; k++) bytes[int(bytes.length)] = int(256);
      await survive(`corrupted-csv-${i}`, bytes);
    }
  });

  it('zip bombs: 1 GiB of zeros declared honestly, or declared small', async () => {
    const gib = deflatedZeros(1024);
    refused(await survive('bomb-honest', craftZip([{ name: 'xl/workbook.xml', data: deflated('<workbook/>'), uncompressedSize: 11 }, { name: 'xl/worksheets/sheet1.xml', data: gib, uncompressedSize: 1 << 30 }])), 'SHEET_ZIP_BOMB');
    refused(await survive('bomb-lying', craftZip([{ name: 'xl/workbook.xml', data: deflated('<workbook/>'), uncompressedSize: 11 }, { name: 'xl/worksheets/sheet1.xml', data: gib, uncompressedSize: gib.length * 150 }])), 'SHEET_ZIP_BOMB');
    // The shared strings part is a bomb too: it is checked like the sheet.
    refused(await survive('bomb-shared-strings', craftZip([{ name: 'xl/workbook.xml', data: deflated('<workbook/>'), uncompressedSize: 11 }, { name: 'xl/sharedStrings.xml', data: deflatedZeros(64), uncompressedSize: 5_000 }, { name: 'xl/worksheets/sheet1.xml', data: deflated('<worksheet/>'), uncompressedSize: 12 }])), 'SHEET_ZIP_BOMB');
  });

  it('100,000 entries, and entry names that climb out of the folder', async () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ name: `xl/media/${i}.bin`, data: new Uint8Array(0), method: 0 as const }));
    refused(await survive('100k-entries', craftZip(many)), 'SHEET_ZIP_TOO_MANY_ENTRIES');
    const valid = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    for (const name of ['../../etc/passwd', '/etc/passwd', 'xl/../../../tmp/x', 'C:/Windows/win.ini']) {
      const withEvil = editXlsx(xlsxFixture, (files) => {
        files[name] = 'root:x:0:0';
      });
      refused(await survive(`name ${name}`, withEvil), 'SHEET_ZIP_UNSAFE_NAME');
    }
    refused(await survive('not-a-workbook', valid), 'SHEET_NOT_XLSX');
    refused(await survive('empty-zip', new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])));
  });

  it('sheets that claim 1,048,576 rows, or carry 300,000 formatted empty rows', async () => {
    const declared = editXlsx(xlsxFixture, (files) => {
      files['xl/worksheets/sheet1.xml'] = files['xl/worksheets/sheet1.xml']!
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:K1048576"/>')
        .replace('</sheetData>', '<row r="1048576" s="1" customFormat="true"><c r="A1048576" s="1"/><c r="K1048576" s="1"/></row></sheetData>');
    });
    const declaredResult = await survive('dimension-1048576', declared);
    expect(declaredResult.ok && declaredResult.rows.length).toBe(5);

    const formatted = editXlsx(xlsxFixture, (files) => {
      const empty = Array.from({ length: 300_000 }, (_, i) => `<row r="${i + 7}" s="1" customFormat="true"/>`).join('');
      files['xl/worksheets/sheet1.xml'] = files['xl/worksheets/sheet1.xml']!.replace('</sheetData>', `${empty}</sheetData>`);
    });
    const formattedResult = await survive('300k-formatted-empty-rows', formatted);
    expect(formattedResult.ok && formattedResult.rows.length).toBe(5);
  }, 30_000);

  it('odd sheet XML: formulas without values, errors, entity bombs, bad refs, deep nesting', async () => {
    const sheet = (rowsXml: string) =>
      editXlsx(xlsxFixture, (files) => {
        files['xl/worksheets/sheet1.xml'] = files['xl/worksheets/sheet1.xml']!.replace(/<row r="2"[\s\S]*<\/sheetData>/, `${rowsXml}</sheetData>`);
      });
    const cases: Record<string, Uint8Array> = {
      'formula-no-cache': sheet('<row r="2"><c r="A2"><f>1+1</f></c><c r="B2" t="str"><f>CONCAT("a","b")</f></c></row>'),
      'shared-formula': sheet('<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">ROW()</f><v>2</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>3</v></c></row>'),
      'error-results': sheet('<row r="2"><c r="A2" t="e"><v>#REF!</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>'),
      'shared-string-out-of-range': sheet('<row r="2"><c r="B2" t="s"><v>999999</v></c><c r="C2" t="s"><v>-1</v></c></row>'),
      'bad-refs': sheet('<row r="2"><c r="XFD2"><v>1</v></c><c r="ZZZZ2"><v>1</v></c><c r="A0"><v>1</v></c></row>'),
      'missing-row-number': sheet('<row><c><v>1</v></c></row>'),
      'row-numbers-backwards': sheet('<row r="9"><c r="B9" t="inlineStr"><is><t>Nguyễn Văn An</t></is></c></row><row r="3"><c r="B3" t="inlineStr"><is><t>Lê Thị Bình</t></is></c></row>'),
      'huge-row-number': sheet('<row r="99999999999"><c r="B99999999999" t="inlineStr"><is><t>x</t></is></c></row>'),
      'deep-nesting': sheet(`<row r="2">${'<x>'.repeat(50_000)}${'</x>'.repeat(50_000)}</row>`),
      'unclosed-tags': sheet('<row r="2"><c r="A2"><v>1</row>'),
      'five-megabyte-cell': sheet(`<row r="2"><c r="B2" t="inlineStr"><is><t>${'Ă'.repeat(5_000_000)}</t></is></c></row>`),
      'billion-laughs': editXlsx(xlsxFixture, (files) => {
        const lol = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>';
        files['xl/sharedStrings.xml'] = files['xl/sharedStrings.xml']!.replace('?>', `?>${lol}`).replace('<t xml:space="preserve">STT</t>', '<t>&lol4;</t>');
      }),
      'external-entity': editXlsx(xlsxFixture, (files) => {
        files['xl/workbook.xml'] = files['xl/workbook.xml']!.replace('?>', '?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>').replace('name="accounts-valid"', 'name="&x;"');
      }),
      'workbook-without-sheet-list': editXlsx(xlsxFixture, (files) => {
        files['xl/workbook.xml'] = '<workbook/>';
      }),
      'no-shared-strings': editXlsx(xlsxFixture, (files) => {
        delete files['xl/sharedStrings.xml'];
      }),
    };
    const outcomes: Record<string, string> = {};
    for (const [label, bytes] of Object.entries(cases)) {
      const result = await survive(label, bytes);
      outcomes[label] = result.ok ? `read ${result.rows.length}` : result.code;
    }
    expect(outcomes).toMatchObject({
      'billion-laughs': 'SHEET_XLSX_MALFORMED', // entities are never expanded
      'external-entity': 'SHEET_XLSX_MALFORMED', // nor fetched
      'unclosed-tags': 'SHEET_XLSX_MALFORMED',
      'row-numbers-backwards': 'SHEET_MALFORMED',
      'huge-row-number': 'SHEET_MALFORMED',
      'five-megabyte-cell': 'SHEET_ZIP_BOMB',
      'shared-formula': 'read 2',
      // header cells pointed into the missing shared strings: an empty header, not a crash
      'no-shared-strings': 'SHEET_HEADER_MISMATCH',
    });
    // Never evaluated: without a cached result the cells are blank, so the row does not count.
    const noCache = await survive('formula-no-cache-again', cases['formula-no-cache']!);
    expect(noCache.ok && noCache.rows).toEqual([]);
  });

  it('text oddities: NFD, Windows-1258, UTF-16, numbers that lost zeros, 100,000 columns, NULs', async () => {
    const nfd = await survive('nfd-csv', strToU8(csvText([LABELS, personRow(0)]).normalize('NFD')));
    expect(nfd.ok && nfd.rows[0]!.cells.fullName).toBe('Nguyễn Văn An');
    const legacy = await survive('windows-1258-csv', encodeWindows1258(csvText([LABELS, personRow(0)])));
    expect(legacy.ok && legacy.rows[0]!.cells.workUnit).toBe('Văn phòng Sở');
    const numeric: unknown[] = personRow(0);
    numeric[2] = 40195004321;
    const lostZero = await survive('numeric-id', await buildXlsx([{ rows: [LABELS, numeric as string[]] }]));
    expect(lostZero.ok && lostZero.rows[0]!.numericCells).toEqual(['personalId']);
    await survive('utf16-odd-length', Uint8Array.from([0xff, 0xfe, 0x53, 0x00, 0x54]));
    await survive('100k-columns', strToU8(`${LABELS.join(',')}\n${','.repeat(100_000)}x\n`));
    await survive('100k-column-header', strToU8(`${LABELS.join(',')}${','.repeat(100_000)}\n`));
    refused(await survive('nul-bytes', new Uint8Array(4096)));
    await survive('only-quotes', strToU8('"'.repeat(100_001)));
    await survive('formula-text-csv', csvBytes([LABELS, personRow(0).map((c, i) => (i === 5 ? '=cmd|"/c calc"!A1' : c))]));
    await survive('bom-only', Uint8Array.from([0xef, 0xbb, 0xbf]));
    await survive('header-only', csvBytes([LABELS]));
  });

  it('tried at least 500 files, and memory stayed bounded', () => {
    expect(tried).toBeGreaterThanOrEqual(500);
    expect(process.memoryUsage().rss).toBeLessThan(2 * 1024 ** 3);
    // eslint-disable-next-line no-console
    console.info(`hostile files: ${tried}`, Object.fromEntries([...tally].sort()));
  });
});

const csvText = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(',')).join('\r\n');

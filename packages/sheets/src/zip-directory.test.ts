import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readAccountSheet } from './read-account-sheet.js';
import { DEFAULT_SHEET_LIMITS } from './sheet-limits.js';
import { SheetRefusalError } from './sheet-read-result.js';
import { fixture } from './testing/workbooks.js';
import { craftZip, deflated, deflatedZeros } from './testing/zip-craft.js';
import { readZipDirectory } from './zip-directory.js';

const codeOf = (bytes: Uint8Array): string | null => {
  try {
    readZipDirectory(bytes, DEFAULT_SHEET_LIMITS);
    return null;
  } catch (e) {
    if (e instanceof SheetRefusalError) return e.refusal.code;
    throw e;
  }
};

const workbookXml = deflated('<workbook/>');

describe('readZipDirectory', () => {
  it('lists the entries of a real workbook with their declared sizes', () => {
    const directory = readZipDirectory(fixture('accounts-valid-libreoffice.xlsx'), DEFAULT_SHEET_LIMITS);
    expect(directory.entries.get('xl/worksheets/sheet1.xml')).toMatchObject({ method: 8, uncompressedSize: 6155, compressedSize: 1471 });
    expect(directory.entries.size).toBe(9);
  });

  it('refuses before inflating: a 1 GiB entry, too high a ratio, too many entries', () => {
    const bomb = deflatedZeros(1024);
    expect(codeOf(craftZip([{ name: 'xl/worksheets/sheet1.xml', data: bomb, uncompressedSize: 1024 * 1024 * 1024 }]))).toBe('SHEET_ZIP_BOMB');
    // Each entry plausible (ratio 150), together over 200 MiB.
    const mib = new Uint8Array(1 << 20);
    const large = ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'].map((name) => ({ name, data: mib, uncompressedSize: 150 << 20 }));
    expect(codeOf(craftZip(large))).toBe('SHEET_ZIP_TOO_LARGE');
    expect(codeOf(craftZip([{ name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(8), uncompressedSize: 8 << 20 }]))).toBe('SHEET_ZIP_BOMB');
    const many = Array.from({ length: 2_001 }, (_, i) => ({ name: `x/${i}`, data: new Uint8Array(0), method: 0 as const }));
    expect(codeOf(craftZip(many))).toBe('SHEET_ZIP_TOO_MANY_ENTRIES');
  });

  it('refuses names that climb out or are absolute, encryption, odd methods, duplicates and overlaps', () => {
    for (const name of ['../../etc/passwd', 'xl/../../evil', '/etc/passwd', 'C:\\Windows\\evil', '..\\evil']) {
      expect(codeOf(craftZip([{ name, data: workbookXml }]))).toBe('SHEET_ZIP_UNSAFE_NAME');
    }
    expect(codeOf(craftZip([{ name: 'xl/workbook.xml', data: workbookXml, flags: 0x801 }]))).toBe('SHEET_ENCRYPTED');
    expect(codeOf(craftZip([{ name: 'xl/workbook.xml', data: workbookXml, method: 12 as 8 }]))).toBe('SHEET_ZIP_UNSUPPORTED');
    expect(codeOf(craftZip([{ name: 'a', data: workbookXml }, { name: 'a', data: workbookXml }]))).toBe('SHEET_ZIP_MALFORMED');
  });

  it('refuses a truncated archive and accepts an honest one', () => {
    const whole = fixture('accounts-valid-libreoffice.xlsx');
    expect(codeOf(whole.subarray(0, whole.length - 10))).toBe('SHEET_ZIP_MALFORMED');
    expect(codeOf(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBeNull();
  });
});

describe('sizes that lie are caught while inflating', () => {
  it('refuses an entry that inflates past its declared size, quickly and without the memory', async () => {
    // 1 GiB of zeros declared as 100 KiB compressed into ~1 MB: ratio and totals look harmless.
    const bomb = deflatedZeros(1024);
    const zip = craftZip([
      { name: 'xl/workbook.xml', data: workbookXml, uncompressedSize: '<workbook/>'.length },
      { name: 'xl/worksheets/sheet1.xml', data: bomb, uncompressedSize: 100 * 1024 },
    ]);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const result = await readAccountSheet({ bytes: zip, fileName: 'bomb.xlsx' });
    expect(result).toMatchObject({ ok: false, code: 'SHEET_ZIP_BOMB' });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses an entry whose data is not valid deflate', async () => {
    const zip = craftZip([
      { name: 'xl/workbook.xml', data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), uncompressedSize: 10 },
      { name: 'xl/worksheets/sheet1.xml', data: deflated('<worksheet/>'), uncompressedSize: 12 },
    ]);
    expect(await readAccountSheet({ bytes: zip, fileName: 'x.xlsx' })).toMatchObject({ ok: false, code: 'SHEET_ZIP_MALFORMED' });
  });
});

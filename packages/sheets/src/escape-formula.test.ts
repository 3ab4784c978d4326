import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormulaText, FORMULA_LEADING, unescapeFormulaText } from './escape-formula.js';
import { readAccountSheet } from './read-account-sheet.js';
import { buildXlsx, csvBytes, LABELS, personRow } from './testing/workbooks.js';

/** Strings made mostly of the characters that matter here, so that the edge cases come up often. */
const tricky = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ', 'ữ', '0'), maxLength: 8 });
const anyText = fc.oneof(tricky, fc.string({ unit: 'grapheme' }));

describe('escapeFormulaText / unescapeFormulaText (OWASP CSV injection)', () => {
  it('prefixes an apostrophe to text beginning with = + - @ tab or CR, and leaves other text alone', () => {
    expect(escapeFormulaText('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(escapeFormulaText('+84912345678')).toBe("'+84912345678");
    expect(escapeFormulaText('-1')).toBe("'-1");
    expect(escapeFormulaText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeFormulaText('\tx')).toBe("'\tx");
    expect(escapeFormulaText('\rx')).toBe("'\rx");
    expect(escapeFormulaText('040195004321')).toBe('040195004321');
    expect(escapeFormulaText("O'Neil")).toBe("O'Neil");
    expect(escapeFormulaText("'abc")).toBe("'abc");
    expect(escapeFormulaText('')).toBe('');
  });

  it('also prefixes text that already begins with apostrophes before such a character, so the reverse is exact', () => {
    expect(escapeFormulaText("'=x")).toBe("''=x");
    expect(unescapeFormulaText("''=x")).toBe("'=x");
    expect(unescapeFormulaText("'abc")).toBe("'abc");
    expect(unescapeFormulaText("'")).toBe("'");
  });

  it('is undone exactly by unescapeFormulaText, for any text (property)', () => {
    fc.assert(fc.property(anyText, (text) => unescapeFormulaText(escapeFormulaText(text)) === text), { numRuns: 2_000 });
  });

  it('never yields text a spreadsheet program would take for a formula (property)', () => {
    fc.assert(fc.property(anyText, (text) => !/^[=+\-@\t\r]/.test(escapeFormulaText(text))), { numRuns: 2_000 });
  });

  it('changes on reading only what it would have produced on writing (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const read = unescapeFormulaText(text);
        return read === text ? !(text.startsWith("'") && FORMULA_LEADING.test(text.slice(1))) : escapeFormulaText(read) === text;
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('readAccountSheet: CSV cells escaped against formulas', () => {
  it('removes the one apostrophe before = + - @ and keeps every other apostrophe', async () => {
    const row = personRow(0);
    row[5] = "'=1+2"; // Chức vụ
    row[6] = "''@đơn vị"; // Đơn vị công tác
    row[7] = "'+84912345678"; // Số điện thoại
    row[1] = "'Nguyễn"; // Họ và tên: an apostrophe before a letter is data
    row[8] = "'"; // Email
    const result = await readAccountSheet({ bytes: csvBytes([LABELS, row]), fileName: 'a.csv' });
    if (!result.ok) throw new Error(result.message);
    expect(result.rows[0]!.cells).toMatchObject({ position: '=1+2', workUnit: "'@đơn vị", phone: '+84912345678', fullName: "'Nguyễn", email: "'" });
  });

  it('leaves .xlsx string cells as they are (xlsx exports are not prefixed)', async () => {
    const row = personRow(0);
    row[5] = "'=1+2";
    const result = await readAccountSheet({ bytes: await buildXlsx([{ rows: [LABELS, row] }]), fileName: 'a.xlsx' });
    if (!result.ok) throw new Error(result.message);
    expect(result.rows[0]!.cells.position).toBe("'=1+2");
  });
});

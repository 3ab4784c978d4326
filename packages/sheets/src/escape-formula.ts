/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet program opening a CSV takes a field that
 * begins with `=`, `+`, `-`, `@`, tab or carriage return as a formula. The CSV writer prefixes
 * such a field with one apostrophe, which spreadsheet programs show as text; the CSV reader
 * removes exactly that apostrophe again, so an exported list re-imports to the same cells.
 *
 * The rule is a bijection: a field that already begins with apostrophes followed by one of those
 * characters is prefixed too (`'=x` → `''=x`), so removing one apostrophe always gives back the
 * original. Any other field is left alone, in both directions.
 *
 * .xlsx files need none of this: their cells are written as string cells in columns formatted as
 * Text (`@`), which no spreadsheet program evaluates, and typing into them stays text.
 */
export const FORMULA_LEADING = /^'*[=+\-@\t\r]/;

/** The field as written to a CSV file. */
export const escapeFormulaText = (text: string): string => (FORMULA_LEADING.test(text) ? `'${text}` : text);

/** The cell as read from a CSV file: undoes escapeFormulaText, and nothing else. */
export const unescapeFormulaText = (text: string): string => (text.charCodeAt(0) === 0x27 && FORMULA_LEADING.test(text.slice(1)) ? text.slice(1) : text);

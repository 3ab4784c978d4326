/**
 * 100,000-row account list, read and checked (quality.md P2, parse part). Run with
 * `pnpm --filter @ketnoi/sheets run bench`; the CSV read of the same rows is the baseline.
 */
import { DEFAULT_POLICY } from '@ketnoi/domain';
import { birthPrefixes, SEED_SERVICE_CATALOGUE } from '@ketnoi/reference';
import { bench, describe } from 'vitest';
import { checkAccountFile } from './check-account-file.js';
import { readAccountSheet } from './read-account-sheet.js';
import { buildXlsx, csvBytes, LABELS, personRow } from './testing/workbooks.js';

const ROWS = 100_000;
const rows = [LABELS, ...Array.from({ length: ROWS }, (_, i) => personRow(i))];
const xlsx = await buildXlsx([{ name: 'Danh sách', rows }]);
const csv = csvBytes(rows);
const ctx = { birthPrefixes, serviceCodes: SEED_SERVICE_CATALOGUE.map((s) => s.code), today: '2025-09-01', policy: DEFAULT_POLICY };

describe(`${ROWS.toLocaleString('en')} rows`, () => {
  bench('csv: read (baseline)', async () => {
    await readAccountSheet({ bytes: csv, fileName: 'x.csv' });
  }, { iterations: 3, warmupIterations: 1, time: 0 });
  bench('xlsx: read', async () => {
    await readAccountSheet({ bytes: xlsx, fileName: 'x.xlsx' });
  }, { iterations: 3, warmupIterations: 1, time: 0 });
  bench('xlsx: read + validate', async () => {
    await checkAccountFile({ bytes: xlsx, fileName: 'x.xlsx' }, ctx);
  }, { iterations: 3, warmupIterations: 1, time: 0 });
});

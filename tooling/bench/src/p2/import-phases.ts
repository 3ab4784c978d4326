/**
 * One account-list import, timed phase by phase, through exactly the functions the import uses:
 * `readAccountSheet` (packages/sheets) → `validateAccountList` (packages/domain) →
 * `replaceAccounts` (packages/api) in one transaction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import { validateAccountList, type AccountRow } from '@ketnoi/domain';
import { readAccountSheet } from '@ketnoi/sheets';
// Not exported by @ketnoi/api (a service, not its public surface); imported by path to time it alone.
import { replaceAccounts } from '../../../../packages/api/src/services/dossier-content.ts';
import type { ImportTarget } from './import-target.ts';

export const IMPORT_PHASES = ['parse', 'validate', 'commit'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

export interface PhaseTiming {
  readonly ms: number;
  /** CPU time (user + system) of this process during the phase. */
  readonly nodeCpuMs: number;
  /** Where the phase ran, on the clock of process.hrtime (µs): for matching CPU profile samples. */
  readonly fromUs: number;
  readonly toUs: number;
}

export interface ImportRun {
  readonly rowsRead: number;
  readonly accounts: readonly AccountRow[];
  readonly errors: readonly { readonly row: number; readonly column: string; readonly code: string }[];
  readonly warnings: number;
  readonly phases: Readonly<Record<ImportPhase, PhaseTiming>>;
  /** Wall time from the bytes to the committed transaction. */
  readonly endToEndMs: number;
}

const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);

async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; timing: PhaseTiming }> {
  const cpu = process.cpuUsage();
  const fromUs = nowUs();
  const started = performance.now();
  const value = await fn();
  const ms = performance.now() - started;
  const toUs = nowUs();
  const used = process.cpuUsage(cpu);
  return { value, timing: { ms, nodeCpuMs: (used.user + used.system) / 1000, fromUs, toUs } };
}

/** Reads, validates and commits `bytes` (its valid rows). */
export async function importAccountList(db: Kysely<Database>, target: ImportTarget, bytes: Uint8Array): Promise<ImportRun> {
  const started = performance.now();
  const parse = await timed(() => readAccountSheet({ bytes, fileName: 'danh-sach-tai-khoan.xlsx' }));
  const read = parse.value;
  if (!read.ok) throw new Error(`readAccountSheet refused the list: ${read.code} ${read.message}`);
  const validate = await timed(() => validateAccountList(read.rows, target.context));
  const { accounts, findings } = validate.value;
  // The generated lists are valid: an error here means a phase changed the data (the report shows
  // them and counts the aim as missed). Valid rows are committed, as with «keep only valid rows».
  const errors = findings.filter((f) => f.severity === 'error');
  const commit = await timed(() => db.transaction().execute((trx) => replaceAccounts(trx, target.dossierId, target.version, accounts)));
  const endToEndMs = performance.now() - started;
  return {
    rowsRead: read.rows.length,
    accounts,
    errors: errors.map((f) => ({ row: f.row, column: f.column, code: f.code })),
    warnings: findings.length - errors.length,
    phases: { parse: parse.timing, validate: validate.timing, commit: commit.timing },
    endToEndMs,
  };
}

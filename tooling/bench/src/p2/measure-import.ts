/**
 * P2 measured on one PostgreSQL database: the list is generated once, then each run imports it
 * (parse → validate → commit, timed per phase) and loads the same validated rows with COPY, from
 * the same starting state. Medians over the runs; CPU time of this process and of the PostgreSQL
 * backends serving each path, told apart by application_name.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresDatabase } from '@ketnoi/db';
import { summariseCpuProfile, type CpuProfile, type CpuProfileSummary } from '../lib/cpu-profile.ts';
import { backendPids, cpuBetween, snapshotCpu, type CpuGroups } from '../lib/cpu.ts';
import { median } from '../lib/stats.ts';
import { accountListWorkbook } from './account-list-workbook.ts';
import { copyAccounts, countCopyRows, createCopyTable, resetCopyTable } from './copy-baseline.ts';
import { IMPORT_PHASES, importAccountList, type ImportPhase, type ImportRun } from './import-phases.ts';
import { countAccountRows, findImportTarget, prepareDatabase, resetAccountRows } from './import-target.ts';

export interface AccountImportOptions {
  readonly rows: number;
  readonly runs: number;
  /** One untimed import and COPY of the same list first, so the figures are those of a warm server. */
  readonly warmup: boolean;
  /** Where to write a CPU profile of one extra import; null: no profile. */
  readonly profileDir: string | null;
  readonly log: (line: string) => void;
}

export interface RunFigures {
  readonly phasesMs: Readonly<Record<ImportPhase, number>>;
  readonly endToEndMs: number;
  readonly nodeCpuMs: Readonly<Record<ImportPhase, number>>;
  /** CPU of the PostgreSQL backend(s) serving the import (the commit; parse and validate do not query). */
  readonly importPgCpuMs: number;
  readonly copyMs: number;
  readonly copyNodeCpuMs: number;
  readonly copyPgCpuMs: number;
}

export interface PhaseProfile {
  readonly phase: ImportPhase;
  readonly summary: CpuProfileSummary;
}

export interface AccountImportMeasurement {
  readonly rows: number;
  readonly workbookBytes: number;
  readonly generateMs: number;
  readonly warnings: number;
  /** Findings of severity error in the last run (0 when every phase kept the data intact). */
  readonly errors: readonly { readonly row: number; readonly column: string; readonly code: string }[];
  readonly runs: readonly RunFigures[];
  readonly median: RunFigures;
  /** Rows in the dossier version after the last import, and in the COPY table after the last COPY. */
  readonly committedRows: number;
  readonly copiedRows: number;
  readonly profile: { readonly file: string; readonly phases: readonly PhaseProfile[] } | null;
  /** 1-minute load average before and after the measured runs: other work on the machine skews wall times. */
  readonly loadAverage: { readonly before: number; readonly after: number };
}

const IMPORT_APP = 'bench-p2-import';
const COPY_APP = 'bench-p2-copy';

function withApplicationName(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set('application_name', name);
  return u.toString();
}

/** `databaseUrl` names an empty database of its own; it is migrated and seeded here. */
export async function measureAccountImport(databaseUrl: string, options: AccountImportOptions): Promise<AccountImportMeasurement> {
  const { log } = options;
  const databaseName = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const handle = createPostgresDatabase(withApplicationName(databaseUrl, IMPORT_APP), 2);
  const copyClient = new pg.Client({ connectionString: withApplicationName(databaseUrl, COPY_APP) });
  await copyClient.connect();
  try {
    const db = handle.db;
    log('  migrations, reference seed and demo set');
    await prepareDatabase(db);
    const target = await findImportTarget(db);
    await createCopyTable(copyClient);

    log(`  generating a ${options.rows.toLocaleString('en')}-row .xlsx (exceljs)`);
    const generated = performance.now();
    const bytes = await accountListWorkbook({ rows: options.rows, birthPrefixes: target.context.birthPrefixes, serviceCodes: target.context.serviceCodes, today: target.context.today });
    const generateMs = performance.now() - generated;
    log(`  ${(bytes.length / 1024 / 1024).toFixed(1)} MiB in ${(generateMs / 1000).toFixed(1)} s`);

    if (options.warmup) {
      log('  warm-up: one untimed import and COPY of the same list');
      await resetAccountRows(db, target);
      const run = await importAccountList(db, target, bytes);
      await resetCopyTable(copyClient);
      await copyAccounts(copyClient, target.dossierId, target.version, run.accounts);
    }

    const importCpu: CpuGroups = { postgres: backendPids(databaseUrl, databaseName, IMPORT_APP) };
    const copyCpu: CpuGroups = { postgres: backendPids(databaseUrl, databaseName, COPY_APP) };
    const runs: RunFigures[] = [];
    // Only what the report needs is kept from a run: a server holds one import at a time, and so
    // does this process, so the next run's garbage collection is not paid for the previous lists.
    let findings: Pick<ImportRun, 'warnings' | 'errors'> = { warnings: 0, errors: [] };
    const loadBefore = loadavg()[0]!;
    for (let i = 1; i <= options.runs; i++) {
      await resetAccountRows(db, target);
      const pgBefore = await snapshotCpu(importCpu);
      const run = await importAccountList(db, target, bytes);
      const importPgCpuMs = cpuBetween(pgBefore, await snapshotCpu(importCpu))['postgres'] ?? 0;
      if (run.rowsRead !== options.rows) throw new Error(`run ${i}: read ${run.rowsRead} rows of ${options.rows}`);
      if (run.errors.length > 0) log(`  run ${i}: ${run.errors.length} errors in rows generated valid, first ${run.errors[0]!.code} at row ${run.errors[0]!.row} (${run.errors[0]!.column})`);
      findings = { warnings: run.warnings, errors: run.errors };

      await resetCopyTable(copyClient);
      const copyPgBefore = await snapshotCpu(copyCpu);
      const copyCpuStart = process.cpuUsage();
      const copyStarted = performance.now();
      await copyAccounts(copyClient, target.dossierId, target.version, run.accounts);
      const copyMs = performance.now() - copyStarted;
      const copyNode = process.cpuUsage(copyCpuStart);
      const copyPgCpuMs = cpuBetween(copyPgBefore, await snapshotCpu(copyCpu))['postgres'] ?? 0;

      const figures: RunFigures = {
        phasesMs: phaseRecord((p) => run.phases[p].ms),
        endToEndMs: run.endToEndMs,
        nodeCpuMs: phaseRecord((p) => run.phases[p].nodeCpuMs),
        importPgCpuMs,
        copyMs,
        copyNodeCpuMs: (copyNode.user + copyNode.system) / 1000,
        copyPgCpuMs,
      };
      runs.push(figures);
      const rate = (ms: number) => `${Math.round((options.rows / ms) * 1000).toLocaleString('en')} rows/s`;
      log(
        `  run ${i}/${options.runs}: parse ${rate(figures.phasesMs.parse)}, validate ${rate(figures.phasesMs.validate)}, commit ${rate(figures.phasesMs.commit)}, ` +
          `end to end ${rate(figures.endToEndMs)}; COPY ${rate(copyMs)}`,
      );
    }
    const loadAfter = loadavg()[0]!;
    const committedRows = await countAccountRows(db, target);
    const copiedRows = await countCopyRows(copyClient);

    let profile: AccountImportMeasurement['profile'] = null;
    if (options.profileDir !== null) {
      log('  profiling one more import (node:inspector, 100 µs sampling)');
      await resetAccountRows(db, target);
      profile = await profileImport(options.profileDir, () => importAccountList(db, target, bytes));
    }

    const med = (pick: (r: RunFigures) => number) => median(runs.map(pick));
    return {
      rows: options.rows,
      workbookBytes: bytes.length,
      generateMs,
      warnings: findings.warnings,
      errors: findings.errors,
      runs,
      median: {
        phasesMs: phaseRecord((p) => med((r) => r.phasesMs[p])),
        endToEndMs: med((r) => r.endToEndMs),
        nodeCpuMs: phaseRecord((p) => med((r) => r.nodeCpuMs[p])),
        importPgCpuMs: med((r) => r.importPgCpuMs),
        copyMs: med((r) => r.copyMs),
        copyNodeCpuMs: med((r) => r.copyNodeCpuMs),
        copyPgCpuMs: med((r) => r.copyPgCpuMs),
      },
      committedRows,
      copiedRows,
      profile,
      loadAverage: { before: loadBefore, after: loadAfter },
    };
  } finally {
    await copyClient.end();
    await handle.close();
  }
}

function phaseRecord(value: (phase: ImportPhase) => number): Record<ImportPhase, number> {
  return Object.fromEntries(IMPORT_PHASES.map((p) => [p, value(p)])) as Record<ImportPhase, number>;
}

/** A CPU profile of this process during one import, summarised per phase by time window. */
async function profileImport(dir: string, run: () => Promise<ImportRun>): Promise<{ file: string; phases: PhaseProfile[] }> {
  mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const outcome = await run().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    const { profile } = await session.post('Profiler.stop');
    if (!outcome.ok) throw outcome.error;
    const result = outcome.value;
    const file = join(dir, 'import.cpuprofile');
    writeFileSync(file, JSON.stringify(profile));
    const phases = IMPORT_PHASES.map((phase) => ({
      phase,
      summary: summariseCpuProfile(profile as unknown as CpuProfile, { fromUs: result.phases[phase].fromUs, toUs: result.phases[phase].toUs }),
    }));
    return { file, phases };
  } finally {
    session.disconnect();
  }
}

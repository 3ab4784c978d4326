import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemo } from '@ketnoi/api';
import { createPostgresDatabase, migrateToLatest, MIGRATION_TABLES, seedReference, TABLES } from '@ketnoi/db';
import { compareFigures, type Comparison } from './compare-figures.ts';
import { readFigures } from './database-figures.ts';
import { dumpArgs, findPgTools, restoreArgs, runTool } from './pg-tools.ts';
import { formatReport } from './report.ts';
import { adminQuery, createScratchDatabase, displayUrl, serverOf, type ScratchDatabase } from './scratch-database.ts';

export interface BackupRestoreOptions {
  /** A connection to the PostgreSQL server that may CREATE DATABASE (any database on it). */
  readonly adminUrl: string;
  /** Progress lines (the figures come back in the result). */
  readonly log?: (line: string) => void;
  /** Runs on the restored copy before it is compared (tests damage it here to see the drill fail). */
  readonly beforeCompare?: (restoredUrl: string) => Promise<void>;
}

export interface BackupRestoreResult {
  readonly ok: boolean;
  readonly comparison: Comparison;
  readonly seconds: { readonly seed: number; readonly dump: number; readonly restore: number; readonly compare: number };
  readonly dumpBytes: number;
  /** The scratch databases it created (and dropped). */
  readonly databases: readonly string[];
  /** The printed report: a table of figures and the verdict. */
  readonly report: string;
}

/**
 * quality.md R1 as a command: on a scratch database of the given server, migrate and seed the
 * demo set through the real code; `pg_dump` it (custom format); `pg_restore` into a fresh
 * database; compare the row count and contents of every table, verify the audit chain of the
 * copy and the SHA-256 of every stored document. Both databases are dropped at the end.
 */
export async function backupRestoreDrill(options: BackupRestoreOptions): Promise<BackupRestoreResult> {
  const log = options.log ?? (() => undefined);
  const tools = await findPgTools();
  const serverVersion = (await adminQuery<{ server_version: string }>(options.adminUrl, 'SHOW server_version'))[0]?.server_version ?? '?';
  log(`PostgreSQL ${serverVersion} tại / at ${serverOf(options.adminUrl)}; pg_dump ${tools.version}`);

  const scratch: ScratchDatabase[] = [];
  const workDir = mkdtempSync(join(tmpdir(), 'ketnoi-drill-'));
  const cleanup = async () => {
    await Promise.allSettled(scratch.map((d) => d.drop()));
    rmSync(workDir, { recursive: true, force: true });
  };
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const timer = () => {
    const started = performance.now();
    return () => Math.round((performance.now() - started) / 100) / 10;
  };

  try {
    const source = await createScratchDatabase(options.adminUrl, 'source');
    scratch.push(source);
    log(`1. ${source.name}: di chuyển lược đồ, dữ liệu mẫu / migrate, seed the demo set`);
    let elapsed = timer();
    const handle = createPostgresDatabase(source.url, 4);
    try {
      await migrateToLatest(handle.db);
      await seedReference(handle.db);
      await seedDemo(handle.db, () => new Date());
    } finally {
      await handle.close();
    }
    const seed = elapsed();

    const file = join(workDir, 'ketnoi.dump');
    log(`2. pg_dump ${dumpArgs(displayUrl(source.url), file).join(' ')}`);
    elapsed = timer();
    await runTool(tools.pgDump, dumpArgs(source.url, file));
    const dump = elapsed();
    const dumpBytes = statSync(file).size;

    const restored = await createScratchDatabase(options.adminUrl, 'restored');
    scratch.push(restored);
    log(`3. pg_restore ${restoreArgs(displayUrl(restored.url), file).join(' ')}`);
    elapsed = timer();
    await runTool(tools.pgRestore, restoreArgs(restored.url, file));
    const restore = elapsed();
    if (options.beforeCompare) await options.beforeCompare(restored.url);

    log('4. so sánh / compare');
    elapsed = timer();
    const [before, after] = [await readFigures(source.url), await readFigures(restored.url)];
    const comparison = compareFigures(before, after);
    const compare = elapsed();
    const vacuous: string[] = [];
    if (before.documents.length === 0) vacuous.push('bản gốc không có tài liệu nào / the source holds no document');
    if (before.auditChain.rows === 0) vacuous.push('bản gốc không có dòng nhật ký nào / the source holds no audit row');
    // `ketnoi`'s own integrity counts (TABLES) must name every table of the schema the drill compared.
    const coverage = tableListGaps([...before.tables.keys()]);
    const result = { ...comparison, mismatches: [...vacuous, ...coverage, ...comparison.mismatches] };
    const seconds = { seed, dump, restore, compare };
    const ok = result.mismatches.length === 0;
    return { ok, comparison: result, seconds, dumpBytes, databases: scratch.map((d) => d.name), report: formatReport({ comparison: result, seconds, dumpBytes, serverVersion, toolVersion: tools.version, ok }) };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}

/** Tables of schema `public` that @ketnoi/db's TABLES leaves out, and listed ones the database lacks. */
export function tableListGaps(compared: readonly string[]): string[] {
  const ignored = new Set<string>(MIGRATION_TABLES);
  const inPublic = compared.filter((t) => t.startsWith('public.')).map((t) => t.slice('public.'.length)).filter((t) => !ignored.has(t));
  const listed = new Set<string>(TABLES);
  return [
    ...inPublic.filter((t) => !listed.has(t)).map((t) => `bảng public.${t} không có trong TABLES của @ketnoi/db / not in @ketnoi/db's TABLES (checkIntegrity would not count it)`),
    ...[...listed].filter((t) => !inPublic.includes(t)).map((t) => `bảng ${t} của TABLES không có trong cơ sở dữ liệu / listed in TABLES but not in the database`),
  ];
}

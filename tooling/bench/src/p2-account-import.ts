import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Benchmark, BenchContext, BenchReport } from './benchmark.ts';
import { createScratchDatabase } from './lib/database.ts';
import { formatNumber, formatTable } from './lib/table.ts';
import { IMPORT_PHASES, type ImportPhase } from './p2/import-phases.ts';
import { measureAccountImport, type AccountImportMeasurement } from './p2/measure-import.ts';

/** quality.md P2. */
export const P2_AIMS = { minRowsPerSecond: 25_000, minCommitRatioToCopy: 0.5 } as const;

const FULL_ROWS = 100_000;
const QUICK_ROWS = 20_000;

const PHASE_LABELS: Readonly<Record<ImportPhase, string>> = {
  parse: 'parse     readAccountSheet (.xlsx → rows)',
  validate: 'validate  validateAccountList',
  commit: 'commit    replaceAccounts, one transaction',
};

/**
 * P2: a 100,000-row account list (.xlsx) read, validated and committed into a dossier on
 * PostgreSQL through the import's own functions, against COPY of the same rows in the same run.
 */
export const p2AccountImport: Benchmark = {
  id: 'p2',
  title: 'P2 — account-list import (.xlsx → rows → validation → PostgreSQL) vs COPY',
  async run(ctx) {
    const rows = ctx.settings.rows ?? (ctx.settings.quick ? QUICK_ROWS : FULL_ROWS);
    const database = await createScratchDatabase();
    ctx.log(`  database ${database.name}`);
    try {
      const measured = await measureAccountImport(database.url, {
        rows,
        runs: ctx.settings.runs,
        warmup: ctx.settings.warmupSeconds > 0,
        profileDir: ctx.settings.profile ? join(ctx.resultsDir, `p2-profile-${ctx.stamp}`) : null,
        log: ctx.log,
      });
      return report(ctx, measured);
    } finally {
      await database.drop();
    }
  },
};

export function report(ctx: Pick<BenchContext, 'settings'>, m: AccountImportMeasurement): BenchReport {
  const perSecond = (ms: number) => (m.rows / ms) * 1000;
  const copyRate = perSecond(m.median.copyMs);
  const commitRate = perSecond(m.median.phasesMs.commit);
  const endToEndRate = perSecond(m.median.endToEndMs);
  const commitRatio = commitRate / copyRate;
  const commitMet = commitRatio >= P2_AIMS.minCommitRatioToCopy;
  const endToEndMet = endToEndRate >= P2_AIMS.minRowsPerSecond;
  const s = ctx.settings;
  const row = (label: string, ms: number, nodeCpu: number, pgCpu: number | null, aim: string) => [
    label,
    formatNumber(ms),
    formatNumber(perSecond(ms)),
    `${(perSecond(ms) / copyRate).toFixed(2)}×`,
    formatNumber(nodeCpu),
    pgCpu === null ? '' : formatNumber(pgCpu),
    aim,
  ];
  const phaseAim = (p: ImportPhase) => (p === 'commit' ? `≥ ${P2_AIMS.minCommitRatioToCopy}× COPY ${commitMet ? 'met' : 'MISSED'}` : '');
  const lines = [
    p2AccountImport.title,
    `${formatNumber(m.rows)} rows, .xlsx of ${(m.workbookBytes / 1024 / 1024).toFixed(1)} MiB (exceljs, shared strings); median of ${m.runs.length} run${m.runs.length === 1 ? '' : 's'}${s.quick ? ' (quick mode: indicative only)' : ''}`,
    '',
    formatTable(
      [
        { title: 'phase' },
        { title: 'ms', align: 'right' },
        { title: 'rows/s', align: 'right' },
        { title: '× COPY', align: 'right' },
        { title: 'node CPU ms', align: 'right' },
        { title: 'pg CPU ms', align: 'right' },
        { title: 'aim (quality.md P2)' },
      ],
      [
        ...IMPORT_PHASES.map((p) => row(PHASE_LABELS[p], m.median.phasesMs[p], m.median.nodeCpuMs[p], p === 'commit' ? m.median.importPgCpuMs : null, phaseAim(p))),
        row(
          'end to end (bytes → committed)',
          m.median.endToEndMs,
          IMPORT_PHASES.reduce((sum, p) => sum + m.median.nodeCpuMs[p], 0),
          m.median.importPgCpuMs,
          `≥ ${formatNumber(P2_AIMS.minRowsPerSecond)} rows/s ${endToEndMet ? 'met' : 'MISSED'}`,
        ),
        row('COPY … FROM STDIN, same rows (baseline)', m.median.copyMs, m.median.copyNodeCpuMs, m.median.copyPgCpuMs, 'baseline'),
      ],
    ),
    '',
    `committed: ${formatNumber(m.committedRows)} rows in the dossier version; COPY table: ${formatNumber(m.copiedRows)} rows; ${formatNumber(m.warnings)} warnings (non-gov.vn e-mails)`,
    m.errors.length === 0
      ? 'errors: 0 (every generated row is valid and stayed so)'
      : `errors: ${formatNumber(m.errors.length)} in rows generated valid — the data changed on the way (aim MISSED); first: ${m.errors
          .slice(0, 5)
          .map((e) => `${e.code} row ${e.row} ${e.column}`)
          .join(', ')}`,
    'COPY loads the validated rows into a table like account_rows (same indexes, unique constraints and foreign key); each run starts from the rows deleted and vacuumed.',
    `CPU ms: user + system time of this process (zlib's worker threads included), and of the PostgreSQL backend serving each path (/proc), during the phase; ${cpus().length} cores are shared.`,
    `Load average ${m.loadAverage.before.toFixed(1)} → ${m.loadAverage.after.toFixed(1)} over the runs${
      Math.max(m.loadAverage.before, m.loadAverage.after) > cpus().length ? ` — above ${cpus().length} cores: other work stretched the wall times; the CPU columns are the steadier figures` : ''
    }.`,
  ];
  if (m.profile) {
    lines.push('', `CPU profile of one more import: ${m.profile.file}`);
    for (const { phase, summary } of m.profile.phases) {
      lines.push(
        '',
        `${phase}: ${formatNumber(summary.sampledMs)} ms sampled`,
        formatTable(
          [{ title: 'self ms', align: 'right' }, { title: 'share', align: 'right' }, { title: 'function' }],
          summary.functions.slice(0, 12).map((r) => [formatNumber(r.selfMs), `${(r.share * 100).toFixed(1)} %`, r.name]),
        ),
        formatTable(
          [{ title: 'self ms', align: 'right' }, { title: 'share', align: 'right' }, { title: 'package' }],
          summary.packages.slice(0, 6).map((r) => [formatNumber(r.selfMs), `${(r.share * 100).toFixed(1)} %`, r.name]),
        ),
      );
    }
  }
  return {
    text: lines.join('\n'),
    aimsMet: commitMet && endToEndMet && m.errors.length === 0,
    json: {
      benchmark: 'P2',
      title: p2AccountImport.title,
      settings: s,
      aims: P2_AIMS,
      rows: m.rows,
      workbookBytes: m.workbookBytes,
      generateMs: m.generateMs,
      median: m.median,
      runs: m.runs,
      rowsPerSecond: {
        ...Object.fromEntries(IMPORT_PHASES.map((p) => [p, perSecond(m.median.phasesMs[p])])),
        endToEnd: endToEndRate,
        copy: copyRate,
      },
      commitRatioToCopy: commitRatio,
      aimsMet: { endToEnd: endToEndMet, commitRatio: commitMet, noErrors: m.errors.length === 0 },
      errors: m.errors.length,
      committedRows: m.committedRows,
      copiedRows: m.copiedRows,
      loadAverage: m.loadAverage,
      profile: m.profile,
    },
  };
}

import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark, BenchContext } from './benchmark.ts';
import { cleanupAll, cleanupOnSignals } from './lib/cleanup.ts';
import { p1DossierRead } from './p1-dossier-read.ts';
import { p2AccountImport } from './p2-account-import.ts';
import { p3DashboardOverview } from './p3-dashboard-overview.ts';
import { p5QueueReads } from './p5-queue-reads.ts';
import { parseArgs } from './settings.ts';

/** Every benchmark of quality.md, in the order `pnpm bench` runs them; later ones add one line here. */
const BENCHMARKS: readonly Benchmark[] = [p1DossierRead, p2AccountImport, p3DashboardOverview, p5QueueReads];

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

async function main(): Promise<number> {
  const { selected, settings } = parseArgs(process.argv.slice(2));
  const unknown = selected.filter((id) => !BENCHMARKS.some((b) => b.id === id));
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.id).join(', ')}`);
  const chosen = selected.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => selected.includes(b.id));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  mkdirSync(resultsDir, { recursive: true });
  const log = (line: string) => console.error(line);
  const ctx: BenchContext = { settings, repoRoot, resultsDir, stamp, log };
  let allMet = true;
  for (const bench of chosen) {
    log(`${bench.title}`);
    const started = Date.now();
    const report = await bench.run(ctx);
    const file = join(resultsDir, `${bench.id}-${stamp}.json`);
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', node: process.version, platform: process.platform };
    writeFileSync(file, JSON.stringify({ startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, machine, ...(report.json as object) }, null, 2) + '\n');
    console.log(`\n${report.text}\n\nresults: ${file}\n`);
    allMet &&= report.aimsMet;
  }
  if (!allMet) console.log('Some aims of docs/quality.md were missed (see the tables above).');
  return 0;
}

cleanupOnSignals();
let code = 1;
try {
  code = await main();
} catch (err) {
  console.error(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  code = 1;
} finally {
  await cleanupAll();
}
process.exit(code);

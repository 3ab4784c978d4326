/** Settings shared by every benchmark; from flags, then BENCH_* environment variables, then defaults. */
export interface BenchSettings {
  readonly quick: boolean;
  readonly warmupSeconds: number;
  readonly durationSeconds: number;
  readonly runs: number;
  readonly connections: number;
  readonly threads: number;
  /** P1: profile ketnoi's server (`node --cpu-prof`) during one extra run of case A; P2: one extra import. */
  readonly profile: boolean;
  /** P2: rows of the account list (default 100,000; 20,000 in quick mode). */
  readonly rows: number | null;
}

export interface BenchContext {
  readonly settings: BenchSettings;
  readonly repoRoot: string;
  readonly resultsDir: string;
  /** Timestamp used in result file names. */
  readonly stamp: string;
  log(line: string): void;
}

export interface BenchReport {
  /** Printed as is (the table, notes). */
  readonly text: string;
  /** Written to results/<id>-<stamp>.json. */
  readonly json: unknown;
  /** False when an aim of quality.md was missed (the command still exits 0: figures drift). */
  readonly aimsMet: boolean;
}

/** One benchmark of quality.md (P1, P2, …): one file each, listed in main.ts. */
export interface Benchmark {
  readonly id: string;
  readonly title: string;
  run(ctx: BenchContext): Promise<BenchReport>;
}

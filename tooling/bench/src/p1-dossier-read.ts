import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark, BenchContext, BenchReport } from './benchmark.ts';
import { summariseCpuProfile, type CpuProfile, type CpuProfileSummary } from './lib/cpu-profile.ts';
import { backendPids, type CpuGroups } from './lib/cpu.ts';
import { createScratchDatabase, queryOnce } from './lib/database.ts';
import { measureCases, type CaseMeasurement, type LoadCase } from './lib/measure.ts';
import { freePort } from './lib/ports.ts';
import { startChildServer, type ChildServer } from './lib/processes.ts';
import { formatNumber, formatTable } from './lib/table.ts';
import { ensureWrk, runWrk } from './lib/wrk.ts';

/** quality.md P1: the aims for case A. */
export const P1_AIMS = { minRatioToBaseline: 0.5, maxP99Ms: 25 } as const;

/** A national reviewer of the demo set (packages/api/src/demo/demo-seed.ts). */
const DEMO_REVIEWER = { username: 'c06.thamdinh', password: 'KetNoi@2026-demo' } as const;
const KETNOI_APP = 'bench-ketnoi';
const BARE_APP = 'bench-bare';

function withApplicationName(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set('application_name', name);
  return u.toString();
}

/**
 * P1: an authenticated, authorised dossier read through ketnoi's real tRPC route on PostgreSQL (A),
 * against a bare Fastify route doing the same primary-key SELECT with `pg` (B), in the same run.
 * C (bare constant JSON) and D (ketnoi /health) show what the HTTP layers alone cost here.
 */
export const p1DossierRead: Benchmark = {
  id: 'p1',
  title: 'P1 — dossier read (tRPC, PostgreSQL) vs bare Fastify + pg',
  async run(ctx) {
    ensureWrk(ctx.log);
    const database = await createScratchDatabase();
    ctx.log(`  database ${database.name}`);
    try {
      return await runWith(ctx, database.url, database.name);
    } finally {
      await database.drop();
    }
  },
};

async function runWith(ctx: BenchContext, databaseUrl: string, databaseName: string): Promise<BenchReport> {
  const sessionSecret = randomBytes(32).toString('base64url');
  // Each server names its connections, so the CPU of its own PostgreSQL backends can be read.
  const ketnoiDbUrl = withApplicationName(databaseUrl, KETNOI_APP);
  const bareDbUrl = withApplicationName(databaseUrl, BARE_APP);
  const ketnoiPort = await freePort();
  ctx.log(`  starting ketnoi (apps/server, --demo) on 127.0.0.1:${ketnoiPort}`);
  const ketnoi = await startKetnoi(ctx, ketnoiDbUrl, ketnoiPort, sessionSecret, []);
  const base = `http://127.0.0.1:${ketnoiPort}`;
  const cookie = await login(base);
  const dossierId = await firstQueuedDossier(base, cookie);
  const dossierUrl = `${base}/trpc/dossier.get?input=${encodeURIComponent(JSON.stringify({ dossierId }))}`;
  const answerA = await expectOk(dossierUrl, { cookie }, (body) => JSON.stringify(body).includes(dossierId), 'dossier.get');

  const barePort = await freePort();
  ctx.log(`  starting bare Fastify + pg on 127.0.0.1:${barePort}`);
  const bare = await startChildServer({
    name: 'bare-server',
    command: process.execPath,
    args: ['--import', 'tsx', 'src/bare-server.ts'],
    cwd: join(ctx.repoRoot, 'tooling/bench'),
    env: { DATABASE_URL: bareDbUrl, PORT: String(barePort), BARE_POOL_MAX: '10' },
    readyUrl: `http://127.0.0.1:${barePort}/constant`,
  });
  const bareBase = `http://127.0.0.1:${barePort}`;
  const answerB = await expectOk(`${bareBase}/dossiers/${dossierId}`, {}, (body) => (body as { id?: string }).id === dossierId, 'bare SELECT');
  const dossier = await describeDossier(databaseUrl, dossierId, answerA, answerB);

  const ketnoiCpu: CpuGroups = { server: async () => [ketnoi.pid], postgres: backendPids(databaseUrl, databaseName, KETNOI_APP) };
  const bareCpu: CpuGroups = { server: async () => [bare.pid], postgres: backendPids(databaseUrl, databaseName, BARE_APP) };
  const cases: LoadCase[] = [
    { id: 'A', label: 'ketnoi dossier.get (session, jurisdiction, audit, tRPC; pg)', url: dossierUrl, headers: { cookie }, cpu: ketnoiCpu },
    { id: 'B', label: 'bare Fastify + pg, same PK SELECT (baseline)', url: `${bareBase}/dossiers/${dossierId}`, cpu: bareCpu },
    { id: 'C', label: 'bare Fastify, constant small JSON', url: `${bareBase}/constant`, cpu: bareCpu },
    { id: 'D', label: 'ketnoi GET /health', url: `${base}/health`, cpu: ketnoiCpu },
  ];
  const auditBefore = await countAudit(databaseUrl);
  const measured = await measureCases(cases, ctx.settings, ctx.log);
  const auditAfter = await countAudit(databaseUrl);
  const a = measured.find((m) => m.id === 'A')!;
  const requestsA = a.warmupRequests + a.runs.reduce((sum, r) => sum + r.requests, 0);

  await bare.stop();
  await ketnoi.stop();

  let profile: ProfileOutcome | null = null;
  if (ctx.settings.profile) {
    profile = await profileCaseA(ctx, databaseUrl, sessionSecret, cookie, dossierId);
  }
  return report(ctx, measured, { databaseName, dossier, auditRowsDuringLoad: auditAfter - auditBefore, requestsA }, profile);
}

function startKetnoi(ctx: BenchContext, databaseUrl: string, port: number, sessionSecret: string, nodeFlags: readonly string[]) {
  // Started as a child: nothing may import apps/server (dependency rule server-is-a-leaf).
  return startChildServer({
    name: 'ketnoi',
    command: process.execPath,
    args: [...nodeFlags, '--import', 'tsx', 'src/server.ts', '--demo'],
    cwd: join(ctx.repoRoot, 'apps/server'),
    env: { DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: String(port), KETNOI_LOG: '0', KETNOI_SESSION_SECRET: sessionSecret },
    readyUrl: `http://127.0.0.1:${port}/health`,
    readyTimeoutMs: 180_000,
  });
}

async function login(base: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify(DEMO_REVIEWER),
  });
  if (res.status !== 200) throw new Error(`login as ${DEMO_REVIEWER.username}: HTTP ${res.status} ${await res.text()}`);
  const sid = res.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('ketnoi_sid='));
  if (!sid) throw new Error('login: no ketnoi_sid cookie in the answer');
  return sid;
}

async function firstQueuedDossier(base: string, cookie: string): Promise<string> {
  const url = `${base}/trpc/national.queue?input=${encodeURIComponent(JSON.stringify({ pageSize: 1 }))}`;
  const body = (await expectOk(url, { cookie }, () => true, 'national.queue')) as { result?: { data?: { items?: { id: string }[] } } };
  const id = body.result?.data?.items?.[0]?.id;
  if (!id) throw new Error(`national.queue: the reviewer sees no dossier (${JSON.stringify(body).slice(0, 300)})`);
  return id;
}

async function expectOk(url: string, headers: Record<string, string>, accept: (body: unknown) => boolean, what: string): Promise<unknown> {
  const res = await fetch(url, { headers });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${what}: HTTP ${res.status} ${text.slice(0, 300)}`);
  const body: unknown = JSON.parse(text);
  if (!accept(body)) throw new Error(`${what}: unexpected answer ${text.slice(0, 300)}`);
  return body;
}

interface DossierFacts {
  readonly id: string;
  readonly events: number;
  readonly accountRowsInVersion: number;
  readonly answerBytesA: number;
  readonly answerBytesB: number;
}

/** What case A has to read and send for this dossier, so its figures can be read in context. */
async function describeDossier(databaseUrl: string, id: string, answerA: unknown, answerB: unknown): Promise<DossierFacts> {
  const [row] = await queryOnce<{ events: number; accounts: number }>(
    databaseUrl,
    `SELECT (SELECT count(*)::int FROM dossier_events WHERE dossier_id = d.id) AS events,
            (SELECT count(*)::int FROM account_rows WHERE dossier_id = d.id AND version = d.version) AS accounts
       FROM dossiers d WHERE d.id = $1`,
    [id],
  );
  return {
    id,
    events: row!.events,
    accountRowsInVersion: row!.accounts,
    answerBytesA: Buffer.byteLength(JSON.stringify(answerA)),
    answerBytesB: Buffer.byteLength(JSON.stringify(answerB)),
  };
}

async function countAudit(databaseUrl: string): Promise<number> {
  const rows = await queryOnce<{ n: number }>(databaseUrl, 'SELECT count(*)::int AS n FROM audit_log');
  return rows[0]!.n;
}

interface ProfileOutcome {
  readonly file: string;
  readonly requestsPerSecond: number;
  readonly summary: CpuProfileSummary;
}

/**
 * A separate, profiled server (`node --cpu-prof`) for one run of case A, so profiling overhead never
 * touches the measured figures. Only samples taken during the load count (startup, migrations and
 * the demo seed are left out by time window).
 */
async function profileCaseA(ctx: BenchContext, databaseUrl: string, sessionSecret: string, cookie: string, dossierId: string): Promise<ProfileOutcome> {
  const dir = join(ctx.resultsDir, `p1-profile-${ctx.stamp}`);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  ctx.log(`  profiling: ketnoi with --cpu-prof on 127.0.0.1:${port}, one ${ctx.settings.durationSeconds} s run of A`);
  const server = await startKetnoi(ctx, withApplicationName(databaseUrl, KETNOI_APP), port, sessionSecret, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  try {
    // Same secret and sessions in the database: the cookie from the measured server still signs in.
    const url = `http://127.0.0.1:${port}/trpc/dossier.get?input=${encodeURIComponent(JSON.stringify({ dossierId }))}`;
    await expectOk(url, { cookie }, (body) => JSON.stringify(body).includes(dossierId), 'dossier.get (profiled)');
    const fromUs = Number(process.hrtime.bigint() / 1000n);
    const { result } = await runWrk({ url, headers: { cookie }, connections: ctx.settings.connections, threads: ctx.settings.threads, durationSeconds: ctx.settings.durationSeconds });
    const toUs = Number(process.hrtime.bigint() / 1000n);
    await server.stop(30_000);
    // One file per thread (CPU.<date>.<time>.<pid>.<thread>.<seq>); thread 0 is the main thread,
    // the others are tsx's module-loader worker, idle after startup.
    const file = readdirSync(dir).find((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f));
    if (!file) throw new Error(`no .cpuprofile written in ${dir}`);
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    return { file: join(dir, file), requestsPerSecond: result.requestsPerSecond, summary: summariseCpuProfile(profile, { fromUs, toUs }) };
  } finally {
    await server.stop();
  }
}

function report(ctx: BenchContext, measured: readonly CaseMeasurement[], facts: { databaseName: string; dossier: DossierFacts; auditRowsDuringLoad: number; requestsA: number }, profile: ProfileOutcome | null): BenchReport {
  const baseline = measured.find((m) => m.id === 'B')!;
  const a = measured.find((m) => m.id === 'A')!;
  const ratioA = a.requestsPerSecond / baseline.requestsPerSecond;
  const ratioMet = ratioA >= P1_AIMS.minRatioToBaseline;
  const p99Met = a.p99Ms <= P1_AIMS.maxP99Ms;
  const aimOf = (id: string) =>
    id === 'A'
      ? `≥ ${P1_AIMS.minRatioToBaseline}× B ${ratioMet ? 'met' : 'MISSED'}; p99 ≤ ${P1_AIMS.maxP99Ms} ms ${p99Met ? 'met' : 'MISSED'}`
      : id === 'B'
        ? 'baseline'
        : 'context';
  const s = ctx.settings;
  const lines = [
    `${p1DossierRead.title}`,
    `wrk -c ${s.connections} -t ${s.threads}; warm-up ${s.warmupSeconds} s; median of ${s.runs} × ${s.durationSeconds} s${s.quick ? ' (quick mode: indicative only)' : ''}`,
    '',
    formatTable(
      [
        { title: 'case' },
        { title: 'req/s', align: 'right' },
        { title: 'p50 ms', align: 'right' },
        { title: 'p99 ms', align: 'right' },
        { title: '× B', align: 'right' },
        { title: 'node CPU ms/req', align: 'right' },
        { title: 'pg CPU ms/req', align: 'right' },
        { title: 'aim (quality.md P1)' },
      ],
      measured.map((m) => [
        `${m.id}  ${m.label}`,
        formatNumber(m.requestsPerSecond),
        formatNumber(m.p50Ms, 2),
        formatNumber(m.p99Ms, 2),
        `${(m.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}×`,
        formatNumber(m.cpuMsPerRequest['server'] ?? Number.NaN, 3),
        formatNumber(m.cpuMsPerRequest['postgres'] ?? Number.NaN, 3),
        aimOf(m.id),
      ]),
    ),
    '',
    `dossier read: ${facts.dossier.events} events, ${facts.dossier.accountRowsInVersion} account rows in its current version; answer ${formatNumber(facts.dossier.answerBytesA)} B (A) vs ${formatNumber(facts.dossier.answerBytesB)} B (B)`,
    `audit rows written while A ran: ${facts.auditRowsDuringLoad} for ${facts.requestsA} completed requests of A (${(facts.auditRowsDuringLoad / Math.max(facts.requestsA, 1)).toFixed(3)} per request; in-flight requests at the end of a run also write one)`,
    'CPU ms/req: user + system time of the server process and of its own PostgreSQL backends (/proc), per completed request; 2 cores are shared with wrk.',
  ];
  if (profile) {
    lines.push('', `CPU profile of ketnoi during one run of A (${formatNumber(profile.requestsPerSecond)} req/s under the profiler; ${formatNumber(profile.summary.sampledMs)} ms sampled): ${profile.file}`);
    lines.push(
      'The profiler samples wall time: a native call such as writev also holds the time the thread waited for a CPU that PostgreSQL and wrk were using.',
      formatTable(
        [{ title: 'self ms', align: 'right' }, { title: 'share', align: 'right' }, { title: 'package' }],
        profile.summary.packages.slice(0, 12).map((r) => [formatNumber(r.selfMs), `${(r.share * 100).toFixed(1)} %`, r.name]),
      ),
      '',
      formatTable(
        [{ title: 'self ms', align: 'right' }, { title: 'share', align: 'right' }, { title: 'function' }],
        profile.summary.functions.slice(0, 20).map((r) => [formatNumber(r.selfMs), `${(r.share * 100).toFixed(1)} %`, r.name]),
      ),
      '',
      formatTable(
        [{ title: 'total ms', align: 'right' }, { title: 'share', align: 'right' }, { title: 'ketnoi function (self + callees)' }],
        profile.summary.workspaceInclusive.slice(0, 15).map((r) => [formatNumber(r.selfMs), `${(r.share * 100).toFixed(1)} %`, r.name]),
      ),
    );
  }
  return {
    text: lines.join('\n'),
    aimsMet: ratioMet && p99Met,
    json: {
      benchmark: 'P1',
      title: p1DossierRead.title,
      settings: s,
      database: facts.databaseName,
      dossier: facts.dossier,
      aims: { ...P1_AIMS, ratioA, ratioMet, p99Met },
      auditRowsDuringLoad: facts.auditRowsDuringLoad,
      requestsA: facts.requestsA,
      cases: measured.map((m) => ({ ...m, ratioToBaseline: m.requestsPerSecond / baseline.requestsPerSecond })),
      profile,
    },
  };
}

import { randomBytes, randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { DEMO_LOGINS, seedDemo } from '@ketnoi/api';
import { createPostgresDatabase, migrateToLatest, seedReference } from '@ketnoi/db';
import { accountBatchRows } from './account-batch.ts';
import { ApiClient } from './api-client.ts';
import { createCompleteDraft, DRAFT_SERVICES } from './complete-draft.ts';
import { Driver, type Acknowledged } from './http-driver.ts';
import { createScratchDatabase, serverOf } from './scratch-database.ts';
import { seededRandom } from './seeded-random.ts';
import { freePort, ServerProcess } from './server-process.ts';

export interface LoadDrillOptions {
  readonly adminUrl: string;
  /** Concurrent users of each step. */
  readonly steps?: readonly number[];
  readonly stepSeconds?: number;
  readonly seed?: number;
  /** The server's JSON request log on (as in production) or off (default: off). */
  readonly serverLog?: boolean;
  readonly log?: (line: string) => void;
}

export type RequestKind = 'list' | 'view' | 'mutation';

export interface StepFigures {
  readonly users: number;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly errors: number;
  /** The most frequent errors, with their counts. */
  readonly errorKinds: readonly (readonly [string, number])[];
  readonly share: Readonly<Record<RequestKind, number>>;
  readonly broke: boolean;
}

export interface LoadDrillResult {
  readonly ok: boolean;
  readonly steps: readonly StepFigures[];
  /** The first step with p99 > 1 s or more than 1 % errors, or null. */
  readonly breakingStep: number | null;
  readonly report: string;
}

/** One user per role in turn; a reviewer works on dossiers of the submitter before it. */
const PEOPLE = [
  { username: 'nghean.canbo', role: 'submitter' },
  { username: 'pc06.nghean', role: 'provincial', from: 'nghean.canbo' },
  { username: 'hanoi.canbo', role: 'submitter' },
  { username: 'pc06.hanoi', role: 'provincial', from: 'hanoi.canbo' },
  { username: 'boyte.canbo', role: 'submitter' },
  { username: 'c06.thamdinh', role: 'national', from: 'boyte.canbo' },
] as const;

const P99_LIMIT_MS = 1_000;
const ERROR_LIMIT = 0.01;
const ACCOUNTS_PER_DOSSIER = 60;

interface VirtualUser {
  readonly client: ApiClient;
  readonly role: 'submitter' | 'provincial' | 'national';
  /** Its own dossier: a draft whose rows it edits, or a submitted one it claims and releases. */
  readonly dossierId: string;
  /** Row 2 of its list as stored, the row a submitter edits. */
  readonly firstRow: Record<string, string>;
  revision: number;
}

/**
 * A realistic mix on the real server over 127.0.0.1 and PostgreSQL: 70 % lists (dossier lists,
 * queues and their counts, pages of accounts), 20 % views (a dossier, its timeline), 10 %
 * mutations (a row saved on a draft; a claim and its release), by many signed-in demo users, each
 * step with more of them at once for a bounded time. Reports req/s, p95, p99 and errors per step
 * and the first step that breaks (p99 over 1 s or errors over 1 %).
 */
export async function loadDrill(options: LoadDrillOptions): Promise<LoadDrillResult> {
  const log = options.log ?? (() => undefined);
  const steps = options.steps ?? [5, 10, 20, 40, 80];
  const stepSeconds = options.stepSeconds ?? 30;
  const seed = options.seed ?? randomBytes(4).readUInt32BE(0);
  const users = Math.max(...steps);
  log(`PostgreSQL ${serverOf(options.adminUrl)}; ${users} người dùng / users; bước / steps ${steps.join(', ')} × ${stepSeconds} s; seed ${seed}`);

  const scratch = await createScratchDatabase(options.adminUrl, 'load');
  const server = new ServerProcess(await freePort(), {
    DATABASE_URL: scratch.url,
    KETNOI_LOG: options.serverLog ? '1' : '0',
    KETNOI_SESSION_SECRET: randomBytes(32).toString('base64url'),
  });
  const onSignal = () => void server.kill().finally(() => scratch.drop().finally(() => process.exit(130)));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const handle = createPostgresDatabase(scratch.url, 4);
    try {
      await migrateToLatest(handle.db);
      await seedReference(handle.db);
      await seedDemo(handle.db, () => new Date());
    } finally {
      await handle.close();
    }
    await server.start();
    log(`1. ${scratch.name}: ${users} hồ sơ riêng cho từng người dùng / a dossier of each user's own…`);
    const vus = await prepareUsers(server.baseUrl, users);

    const figures: StepFigures[] = [];
    for (const concurrency of steps) {
      const step = await runStep(vus.slice(0, concurrency), stepSeconds, seed + concurrency);
      figures.push(step);
      log(`   ${concurrency} người dùng / users: ${step.perSecond.toFixed(0)} req/s, p95 ${step.p95.toFixed(0)} ms, p99 ${step.p99.toFixed(0)} ms, ${step.errors} lỗi / errors`);
      for (const [kind, count] of step.errorKinds) log(`      ${count} × ${kind}`);
    }
    await server.stop();
    const breaking = figures.find((f) => f.broke);
    const breakingStep = breaking ? breaking.users : null;
    return { ok: true, steps: figures, breakingStep, report: formatLoadReport(figures, breakingStep, stepSeconds, options.serverLog === true) };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await server.kill();
    await scratch.drop();
  }
}

/** Signs every user in (a session each) and gives each a dossier of its own to work on. */
async function prepareUsers(baseUrl: string, count: number): Promise<VirtualUser[]> {
  const ignored: Acknowledged[] = [];
  const forever = () => Number.POSITIVE_INFINITY;
  const prepareOne = async (i: number): Promise<VirtualUser> => {
    const person = PEOPLE[i % PEOPLE.length]!;
    const client = new ApiClient(baseUrl, person.username);
    await client.login(DEMO_LOGINS.password);
    const submitterName = person.role === 'submitter' ? person.username : person.from;
    const submitterClient = person.role === 'submitter' ? client : new ApiClient(baseUrl, submitterName);
    if (submitterClient !== client) await submitterClient.login(DEMO_LOGINS.password);
    const owner = new Driver(submitterClient, ignored, forever);
    const { dossierId } = await createCompleteDraft(owner, `Hệ thống tải thử ${i + 1}`);
    const revisionOf = async () => (await owner.read<{ revision: number }>('dossier.get', { dossierId })).revision;
    const prefix = submitterName === 'nghean.canbo' ? '040' : '001';
    const rows = accountBatchRows(i + 1, ACCOUNTS_PER_DOSSIER, prefix, DRAFT_SERVICES[0]);
    await owner.command('submitter.dossiers.replaceAccounts', { dossierId, expectedRevision: await revisionOf(), rows }, dossierId);
    if (person.role !== 'submitter') await owner.command('submitter.dossiers.submit', { dossierId, expectedRevision: await revisionOf() }, dossierId);
    return { client, role: person.role, dossierId, firstRow: rows[0]!.cells, revision: await revisionOf() };
  };
  const out: VirtualUser[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(8, count) }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await prepareOne(i);
      }
    }),
  );
  return out;
}

interface Sample {
  readonly kind: RequestKind;
  readonly ms: number;
  readonly ok: boolean;
}

/** Where a step breaks: p99 over 1 s, or more than 1 % of its requests failed. */
export const breaks = (p99Ms: number, errors: number, requests: number): boolean => p99Ms > P99_LIMIT_MS || errors > ERROR_LIMIT * requests;

/** An error without ids or numbers, so that alike ones count together. */
const errorKind = (e: unknown) => ((e as Error)?.message ?? String(e)).replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '…').replace(/\d+/g, 'N').slice(0, 160);

async function runStep(vus: readonly VirtualUser[], seconds: number, seed: number): Promise<StepFigures> {
  const samples: Sample[] = [];
  const errorKinds = new Map<string, number>();
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    vus.map(async (vu, i) => {
      const random = seededRandom(seed * 1_000 + i);
      while (performance.now() < deadline) {
        const r = random();
        const kind: RequestKind = r < 0.7 ? 'list' : r < 0.9 ? 'view' : 'mutation';
        for (const request of requestsOf(vu, kind, random)) {
          const t0 = performance.now();
          let ok = true;
          try {
            await request();
          } catch (e) {
            ok = false;
            const k = errorKind(e);
            errorKinds.set(k, (errorKinds.get(k) ?? 0) + 1);
          }
          samples.push({ kind, ms: performance.now() - t0, ok });
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const latencies = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.max(0, Math.ceil(q * latencies.length) - 1)] ?? 0;
  const errors = samples.filter((s) => !s.ok).length;
  const share = (kind: RequestKind) => samples.filter((s) => s.kind === kind).length / Math.max(1, samples.length);
  const p99 = at(0.99);
  return {
    users: vus.length,
    requests: samples.length,
    perSecond: samples.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p99,
    errors,
    errorKinds: [...errorKinds].sort((a, b) => b[1] - a[1]).slice(0, 3),
    share: { list: share('list'), view: share('view'), mutation: share('mutation') },
    broke: breaks(p99, errors, samples.length),
  };
}

/** The HTTP requests of one operation of the mix (a claim and its release are two). */
function requestsOf(vu: VirtualUser, kind: RequestKind, random: () => number): (() => Promise<unknown>)[] {
  const api = vu.client;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const dossierId = vu.dossierId;
  if (kind === 'list') {
    const accounts = () => api.query('dossier.accounts', { dossierId, page: 1 + Math.floor(random() * 3), pageSize: 20 });
    if (vu.role === 'submitter') return [pick([() => api.query('submitter.dossiers.list', { page: 1, pageSize: 20 }), accounts])];
    return [pick([() => api.query(`${vu.role}.queue`, { page: 1, pageSize: 20, tab: 'ALL' }), () => api.query(`${vu.role}.counts`, {}), accounts])];
  }
  if (kind === 'view') return [pick([() => api.query('dossier.get', { dossierId }), () => api.query('dossier.timeline', { dossierId })])];
  if (vu.role === 'submitter') {
    return [
      () =>
        api.mutate('submitter.accountRows.save', {
          dossierId,
          expectedRevision: vu.revision,
          idempotencyKey: randomUUID(),
          rowNumber: 2,
          cells: { ...vu.firstRow, position: pick(['Chuyên viên', 'Chuyên viên chính', 'Phó Trưởng phòng']) },
        }),
    ];
  }
  return [
    async () => {
      vu.revision = (await api.mutate<{ revision: number }>(`${vu.role}.claim`, { dossierId, expectedRevision: vu.revision, idempotencyKey: randomUUID() })).revision;
    },
    async () => {
      vu.revision = (await api.mutate<{ revision: number }>(`${vu.role}.release`, { dossierId, expectedRevision: vu.revision, idempotencyKey: randomUUID() })).revision;
    },
  ];
}

const ms = (v: number) => `${v.toLocaleString('vi-VN', { maximumFractionDigits: 0 })} ms`;
const pct = (v: number) => `${(v * 100).toLocaleString('vi-VN', { maximumFractionDigits: 0 })} %`;

export function formatLoadReport(steps: readonly StepFigures[], breakingStep: number | null, stepSeconds: number, serverLog: boolean): string {
  const head = ['Người dùng / users', 'req/s', 'p50', 'p95', 'p99', 'Lỗi / errors', 'DS/Xem/Ghi · list/view/write', ''];
  const rows = steps.map((s) => [
    String(s.users),
    s.perSecond.toLocaleString('vi-VN', { maximumFractionDigits: 0 }),
    ms(s.p50),
    ms(s.p95),
    ms(s.p99),
    `${s.errors} / ${s.requests.toLocaleString('vi-VN')}`,
    `${pct(s.share.list)} / ${pct(s.share.view)} / ${pct(s.share.mutation)}`,
    s.broke ? '← vỡ / breaks' : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 || i >= 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [
    'Diễn tập tải / Load drill',
    `Máy chủ thật trên 127.0.0.1, PostgreSQL; ${stepSeconds} s mỗi bước / per step; ${cpus().length} lõi / cores (máy khách cùng máy / client on the same machine); nhật ký máy chủ / server log ${serverLog ? 'bật / on' : 'tắt / off'}`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    breakingStep === null
      ? `Điểm vỡ / breaking point: không có đến ${steps.at(-1)?.users} người dùng (p99 ≤ 1 s, lỗi ≤ 1 %) / none up to ${steps.at(-1)?.users} users`
      : `Điểm vỡ / breaking point: ${breakingStep} người dùng đồng thời / concurrent users (p99 > 1 s hoặc lỗi > 1 % / or errors > 1 %)`,
  ].join('\n');
}

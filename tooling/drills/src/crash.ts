import { randomBytes } from 'node:crypto';
import { seedDemo, DEMO_LOGINS } from '@ketnoi/api';
import { createPostgresDatabase, migrateToLatest, seedReference } from '@ketnoi/db';
import { accountBatch, type AccountBatch } from './account-batch.ts';
import { ApiClient, Unreachable } from './api-client.ts';
import { createCompleteDraft, DRAFT_SERVICES } from './complete-draft.ts';
import { checkCrashOutcome, type CrashCheck } from './crash-check.ts';
import { Driver, type Acknowledged } from './http-driver.ts';
import { createScratchDatabase, serverOf } from './scratch-database.ts';
import { seededRandom } from './seeded-random.ts';
import { freePort, ServerProcess } from './server-process.ts';

export interface CrashDrillOptions {
  readonly adminUrl: string;
  /** Seed of the kill schedule (printed, so a run can be repeated); random by default. */
  readonly seed?: number;
  readonly kills?: number;
  /** Dossiers worked on at once; each gets `importsPerLane` imports. */
  readonly lanes?: number;
  readonly importsPerLane?: number;
  readonly rowsPerImport?: number;
  /**
   * The server's stale window for imports (`KETNOI_IMPORT_STALE_MS`): a READING import unheard of
   * this long is answered IMPORT_INTERRUPTED. Short, so that the drill sees the answer (default 10 s;
   * the server's own default is 120 s).
   */
  readonly importStaleMs?: number;
  readonly log?: (line: string) => void;
  /** Runs on the database before it is checked (tests damage it here to see the drill fail). */
  readonly beforeCheck?: (databaseUrl: string) => Promise<void>;
}

export interface CrashFigures {
  readonly seed: number;
  readonly kills: number;
  readonly meanRestartSeconds: number;
  readonly acknowledged: number;
  readonly transitions: number;
  readonly importsStarted: number;
  readonly importsStored: number;
  readonly importsInterrupted: number;
  /** Of those, answered FAILED / IMPORT_INTERRUPTED by `accountImports.get` after a restart. */
  readonly importsInterruptedReported: number;
  readonly startsLost: number;
  readonly seconds: number;
}

export interface CrashDrillResult {
  readonly ok: boolean;
  readonly figures: CrashFigures;
  readonly check: CrashCheck;
  readonly report: string;
}

/** Where each lane's dossier goes: the unit's submitter and who reviews it first. */
const LANE_PEOPLE = [
  { submitter: 'nghean.canbo', reviewer: 'pc06.nghean', queue: 'provincial', birthPrefix: '040' },
  { submitter: 'hanoi.canbo', reviewer: 'pc06.hanoi', queue: 'provincial', birthPrefix: '001' },
  { submitter: 'boyte.canbo', reviewer: 'c06.thamdinh', queue: 'national', birthPrefix: '001' },
] as const;

const COMMANDS_TO_PREPARE = 7;
const COMMANDS_PER_ROUND = 4;

/**
 * quality.md W4 as a command: the real server on a scratch PostgreSQL database, dossiers driven
 * over HTTP (imports of a few thousand rows, submit, claim, return, resubmit) by the demo users
 * at once, the server `kill -9`-ed at moments drawn from a seeded generator and started again;
 * afterwards every acknowledged command is looked for, every dossier version's account rows must
 * be exactly one stored import, and the audit chain must verify.
 */
export async function crashDrill(options: CrashDrillOptions): Promise<CrashDrillResult> {
  const log = options.log ?? (() => undefined);
  const seed = options.seed ?? randomBytes(4).readUInt32BE(0);
  const random = seededRandom(seed);
  const lanes = options.lanes ?? 10;
  const rounds = options.importsPerLane ?? 2;
  const rows = options.rowsPerImport ?? 3_000;
  const targetKills = options.kills ?? 8;
  const importStaleMs = options.importStaleMs ?? 10_000;
  const started = performance.now();
  log(`Hạt giống / seed ${seed}; ${lanes} hồ sơ × ${rounds} lần nhập × ${rows} dòng; ${targetKills} lần kill -9; PostgreSQL ${serverOf(options.adminUrl)}`);

  const scratch = await createScratchDatabase(options.adminUrl, 'crash');
  const server = new ServerProcess(await freePort(), {
    DATABASE_URL: scratch.url,
    KETNOI_LOG: '0',
    KETNOI_SESSION_SECRET: randomBytes(32).toString('base64url'),
    KETNOI_IMPORT_STALE_MS: String(importStaleMs),
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
    log(`1. ${scratch.name}: dữ liệu mẫu / demo set; máy chủ / server ${server.baseUrl}`);
    await server.start();

    const acknowledged: Acknowledged[] = [];
    const giveUpAt = Date.now() + 15 * 60_000;
    const drivers = new Map<string, Driver>();
    for (const username of new Set(LANE_PEOPLE.flatMap((p) => [p.submitter, p.reviewer]))) {
      const client = new ApiClient(server.baseUrl, username);
      await client.login(DEMO_LOGINS.password);
      drivers.set(username, new Driver(client, acknowledged, () => giveUpAt));
    }

    // The kills: at random points of the planned work (so that each lands while work remains),
    // plus a random delay that lands it inside a request or an import as often as between them.
    const planned = lanes * (COMMANDS_TO_PREPARE + COMMANDS_PER_ROUND * rounds);
    // Every other kill (the first, the third…) waits for an import being read and lands at once,
    // so that some imports are cut off (and must then be answered IMPORT_INTERRUPTED).
    const killPoints = Array.from({ length: targetKills }, () => 1 + Math.floor(random() * planned * 0.85)).sort((a, b) => a - b);
    const killDelays = killPoints.map(() => Math.floor(random() * 600));
    let readingNow = 0;
    // Progress: commands answered so far (a restarted import adds one more than planned).
    const progress = () => acknowledged.length;
    let generation = 0;
    let lanesDone = false;
    const restartSeconds: number[] = [];
    const imports = { started: 0, stored: new Map<string, { dossierId: string; batch: number }>(), interrupted: new Set<string>(), startsLost: 0 };

    const killer = (async () => {
      for (let i = 0; i < killPoints.length; i++) {
        const insideImport = i % 2 === 0;
        while (!lanesDone && (progress() < killPoints[i]! || (insideImport && readingNow === 0))) await sleep(10);
        if (lanesDone) return;
        if (!insideImport) await sleep(killDelays[i]!);
        generation++;
        await server.kill();
        log(`   kill -9 #${i + 1} (${progress()}/${planned} bước / steps)`);
        restartSeconds.push(await server.start());
      }
    })();

    const batches: Promise<AccountBatch>[] = [];
    const batchOf = (lane: number, round: number, prefix: string) => (batches[lane * rounds + round] ??= accountBatch(lane * rounds + round + 1, rows, prefix, DRAFT_SERVICES[0]));

    const runLane = async (lane: number) => {
      const people = LANE_PEOPLE[lane % LANE_PEOPLE.length]!;
      const submitter = drivers.get(people.submitter)!;
      const reviewer = drivers.get(people.reviewer)!;
      const revisionOf = async (dossierId: string) => (await submitter.read<{ revision: number }>('dossier.get', { dossierId })).revision;

      const { dossierId } = await createCompleteDraft(submitter, `Hệ thống diễn tập ${lane + 1} — ${seed}`);

      for (let round = 0; round < rounds; round++) {
        const batch = await batchOf(lane, round, people.birthPrefix);
        const content = Buffer.from(batch.csv).toString('base64');
        // The import: started once per key; if the server died before the answer, or while the
        // file was being read, it is started again under a new key (as the page offers).
        for (;;) {
          const expectedRevision = await revisionOf(dossierId);
          // The process that answers is the one that reads the file: it is this generation's.
          const since = generation;
          let importId: string;
          try {
            imports.started++;
            ({ importId } = await submitter.commandOnce<{ importId: string }>('submitter.accountImports.start', { dossierId, expectedRevision, fileName: `danh-sach-${batch.batch}.csv`, contentBase64: content }, dossierId));
          } catch (e) {
            if (!(e instanceof Unreachable)) throw e;
            imports.startsLost++;
            await sleep(200);
            continue;
          }
          readingNow++;
          const outcome = await followImport(submitter, importId, () => generation !== since, importStaleMs).finally(() => readingNow--);
          if (outcome === 'STORED') {
            imports.stored.set(importId, { dossierId, batch: batch.batch });
            break;
          }
          if (outcome === 'INTERRUPTED') {
            imports.interrupted.add(importId);
            continue;
          }
          throw new Error(`import ${importId} ended ${outcome}`);
        }
        const target = async () => ({ dossierId, expectedRevision: await revisionOf(dossierId) });
        await submitter.command(round === 0 ? 'submitter.dossiers.submit' : 'submitter.dossiers.resubmit', await target(), dossierId);
        await reviewer.command(`${people.queue}.claim`, await target(), dossierId);
        await reviewer.command(`${people.queue}.return`, { ...(await target()), deficiencies: [{ part: 'ACCOUNT_LIST', rows: [3], reason: `Dòng 3 của lần nhập ${batch.batch} cần kiểm tra lại chức vụ.` }] }, dossierId);
      }
    };

    const laneResults = await Promise.allSettled(Array.from({ length: lanes }, (_, i) => runLane(i)));
    lanesDone = true;
    await killer;
    const failures = laneResults.flatMap((r, i) => (r.status === 'rejected' ? [`hồ sơ / lane ${i + 1}: ${(r.reason as Error).message}`] : []));
    // Every import the kills left READING — followed by a lane, or started by a request whose answer
    // was lost — must now be answered as interrupted by the restarted server.
    const leftReading = await interruptedAnswers(scratch.url, drivers, importStaleMs);
    for (const id of leftReading.reported) imports.interrupted.add(id);
    failures.push(...leftReading.violations);
    await server.stop();

    await options.beforeCheck?.(scratch.url);
    const check = await checkCrashOutcome(scratch.url, { acknowledged, storedImports: imports.stored, interruptedImports: imports.interrupted, batchRows: rows });
    const violations = [...failures, ...check.violations];
    const figures: CrashFigures = {
      seed,
      kills: restartSeconds.length,
      meanRestartSeconds: restartSeconds.length ? restartSeconds.reduce((a, b) => a + b, 0) / restartSeconds.length : 0,
      acknowledged: acknowledged.length,
      transitions: acknowledged.filter((a) => /\.(submit|resubmit|claim|return)$/.test(a.path)).length,
      importsStarted: imports.started,
      importsStored: imports.stored.size,
      importsInterrupted: check.importsLeftReading,
      importsInterruptedReported: leftReading.reported.length,
      startsLost: imports.startsLost,
      seconds: (performance.now() - started) / 1000,
    };
    const ok = violations.length === 0;
    return { ok, figures, check: { ...check, violations }, report: formatCrashReport(figures, { ...check, violations }, ok) };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await server.kill();
    await scratch.drop();
  }
}

type ImportOutcome = 'STORED' | 'INTERRUPTED' | string;
type ImportAnswer = { status: string; refusal: { code: string } | null };

/**
 * Polls the import until it is stored or ends otherwise. An import whose reader died with a killed
 * process stays READING until the stale window has passed, then must be answered FAILED with
 * IMPORT_INTERRUPTED; that answer without a kill (a live reader called dead) is an error, and so is
 * an import still READING well after the window.
 */
async function followImport(api: Driver, importId: string, restarted: () => boolean, staleMs: number): Promise<ImportOutcome> {
  let restartSeenAt: number | null = null;
  for (;;) {
    const wasRestarted = restarted();
    if (wasRestarted) restartSeenAt ??= Date.now();
    const imp = await api.read<ImportAnswer>('submitter.accountImports.get', { importId, page: 1, pageSize: 1 });
    if (imp.status === 'STORED') return 'STORED';
    if (imp.status === 'READING') {
      if (restartSeenAt !== null && Date.now() - restartSeenAt > staleMs + 60_000) return `READING ${Math.round((Date.now() - restartSeenAt) / 1000)} s after a restart, never answered ${INTERRUPTED}`;
      await sleep(200);
      continue;
    }
    if (isInterrupted(imp)) return wasRestarted ? 'INTERRUPTED' : `${INTERRUPTED} although its server was never killed`;
    return `${imp.status} ${imp.refusal?.code ?? ''}`.trim();
  }
}

const INTERRUPTED = 'IMPORT_INTERRUPTED';
const isInterrupted = (imp: ImportAnswer) => imp.status === 'FAILED' && imp.refusal?.code === INTERRUPTED;

/**
 * After the kills: every import of the database still READING (its reader died) is asked for, as
 * its own submitter, once the stale window has passed since it was last written; each must be
 * answered FAILED / IMPORT_INTERRUPTED.
 */
async function interruptedAnswers(url: string, drivers: ReadonlyMap<string, Driver>, staleMs: number): Promise<{ reported: string[]; violations: string[] }> {
  const handle = createPostgresDatabase(url, 1);
  let reading: { id: string; username: string; updated_at: Date | string }[];
  try {
    reading = await handle.db
      .selectFrom('account_imports as i')
      .innerJoin('users as u', 'u.id', 'i.created_by')
      .select(['i.id', 'u.username', 'i.updated_at'])
      .where('i.status', '=', 'READING')
      .execute();
  } finally {
    await handle.close();
  }
  const last = Math.max(0, ...reading.map((r) => new Date(r.updated_at).getTime()));
  // The server compares with its own clock, on this machine: wait out the window, plus a margin.
  if (reading.length > 0) await sleep(Math.max(0, last + staleMs + 1_000 - Date.now()));
  const reported: string[] = [];
  const violations: string[] = [];
  for (const r of reading) {
    const driver = drivers.get(r.username);
    if (!driver) {
      violations.push(`lần nhập / import ${r.id}: người tạo ${r.username} không thuộc diễn tập / not a drill user`);
      continue;
    }
    const imp = await driver.read<ImportAnswer>('submitter.accountImports.get', { importId: r.id, page: 1, pageSize: 1 });
    if (isInterrupted(imp)) reported.push(r.id);
    else violations.push(`lần nhập / import ${r.id} bị gián đoạn nhưng được trả lời / interrupted but answered ${imp.status} ${imp.refusal?.code ?? ''}`.trim());
  }
  return { reported, violations };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const n = (v: number) => v.toLocaleString('vi-VN');

export function formatCrashReport(f: CrashFigures, c: CrashCheck, ok: boolean): string {
  const rows: [string, string][] = [
    ['Hạt giống / seed', String(f.seed)],
    ['kill -9 / kills', `${n(f.kills)} (khởi động lại trung bình / mean restart ${f.meanRestartSeconds.toFixed(1)} s)`],
    ['Lệnh được xác nhận / acknowledged commands', `${n(f.acknowledged)} (chuyển trạng thái / transitions ${n(f.transitions)})`],
    ['  có mặt sau cùng / present afterwards', `${n(c.acknowledgedFound)}/${n(f.acknowledged)}`],
    ['Lần nhập / imports started', `${n(f.importsStarted)} (mất câu trả lời / answer lost ${n(f.startsLost)})`],
    ['  đã lưu / stored', `${n(f.importsStored)} (trong cơ sở dữ liệu / in the database ${n(c.importsStoredInDatabase)})`],
    ['  gián đoạn / interrupted (READING)', `${n(f.importsInterrupted)} (trả lời ${INTERRUPTED} / answered so ${n(f.importsInterruptedReported)}/${n(f.importsInterrupted)}) — không lưu gì / nothing of theirs stored`],
    ['Phiên bản hồ sơ kiểm tra / versions checked', n(c.versionsChecked)],
    ['Dòng tài khoản kiểm tra / rows checked', n(c.rowsChecked)],
    ['Chuỗi nhật ký / audit chain', `${c.chainOk ? 'hợp lệ / verifies' : 'HỎNG / BROKEN'} (${n(c.auditRows)} dòng / rows)`],
    ['Thời gian / time', `${f.seconds.toFixed(0)} s`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const out = ['Diễn tập sập máy chủ (W4) / Crash drill', '', ...rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`), ''];
  if (ok) out.push('Kết quả / result: ĐẠT / PASS — không mất lệnh đã xác nhận, không có lần nhập dở dang / nothing acknowledged lost, no half import');
  else out.push('Kết quả / result: KHÔNG ĐẠT / FAIL', ...c.violations.slice(0, 50).map((v) => `  - ${v}`));
  return out.join('\n');
}

import { createDatabase, DataDirLockedError, migrateToLatest, seedReference, type PgliteDatabaseHandle } from '@ketnoi/db';
import { buildApp } from './app.ts';
import { seedDemo, DEMO_LOGINS, mailerFromEnv, startJobWorker, type JobWorker } from '@ketnoi/api';
import { jobQueueCollector } from './job-queue-metrics.ts';


/**
 * Starts ketnoi: migrates, seeds reference data (and the demo set with --demo), listens.
 * Configuration comes from the environment (README: "Cấu hình").
 */
const demo = process.argv.includes('--demo');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const handle = await createDatabase().catch((e: unknown) => {
  if (e instanceof DataDirLockedError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
});
const { db, kind, close } = handle;
await migrateToLatest(db);
await seedReference(db);
const seeded = demo ? await seedDemo(db, () => new Date()) : false;

/** A positive whole number from the environment, or undefined when unset; anything else stops the start. */
function positiveInteger(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`${name} phải là số nguyên dương (mili giây), không phải «${raw}».`);
    process.exit(1);
  }
  return value;
}

const jobsEnabled = process.env.KETNOI_JOBS !== '0';
let worker: JobWorker | null = null;
const app = await buildApp({
  db,
  now: () => new Date(),
  sessionSecret: process.env.KETNOI_SESSION_SECRET,
  secureCookies: process.env.KETNOI_SECURE_COOKIES === '1',
  allowedOrigins: process.env.KETNOI_ORIGINS?.split(',').map((s) => s.trim()).filter(Boolean),
  logger: process.env.KETNOI_LOG !== '0',
  metricsToken: process.env.KETNOI_METRICS_TOKEN || undefined,
  // A READING import unheard of this long is reported interrupted (default 120 s; the crash drill shortens it).
  importStaleMs: positiveInteger('KETNOI_IMPORT_STALE_MS'),
  // The background worker (issue 6) starts after the app; until then /ready says the queue is not ready.
  readinessChecks: jobsEnabled ? [{ name: 'job-queue', check: () => (worker ? worker.check() : Promise.reject(new Error('not started'))) }] : [],
  metricsCollectors: jobsEnabled ? [jobQueueCollector(() => worker)] : [],
});

// Reminders, overdue flags, security-confirmation warnings and emails, on the same database.
// KETNOI_JOBS=0 runs a process without it (another process of the same PostgreSQL runs the jobs).
worker = jobsEnabled
  ? await startJobWorker({
      db,
      ...(kind === 'pglite' ? { embedded: (handle as PgliteDatabaseHandle).pglite } : {}),
      now: () => new Date(),
      mailer: mailerFromEnv(),
      log: (level, message, details) => app.log[level](details ?? {}, message),
    })
  : null;

const shutdown = async () => {
  await app.close();
  await worker?.stop();
  await close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

await app.listen({ port, host });
const url = `http://${host}:${port}`;
const lines = [
  '',
  `ketnoi đang chạy tại ${url}  (cơ sở dữ liệu: ${kind === 'pglite' ? 'PGlite nhúng' : 'PostgreSQL'})`,
  `  Ứng dụng cho đơn vị chủ quản: ${url}/don-vi/`,
  `  Ứng dụng cho PC06 (tiếp nhận, thẩm định): ${url}/pc06/`,
  `  Ứng dụng cho C06 (phê duyệt, tổng quan, quản trị): ${url}/c06/`,
  `  API tRPC: ${url}/trpc   ·   sức khỏe: ${url}/health   ·   sẵn sàng: ${url}/ready   ·   số liệu: ${url}/metrics`,
];
if (demo) {
  lines.push(seeded ? '  Đã tạo dữ liệu mẫu (demo).' : '  Dữ liệu mẫu đã có từ lần chạy trước.');
  lines.push('  Tài khoản mẫu (mật khẩu chung: ' + DEMO_LOGINS.password + '):');
  for (const login of DEMO_LOGINS.users) lines.push(`    ${login.username.padEnd(18)} ${login.description}`);
}
if (!process.env.KETNOI_SESSION_SECRET) {
  // Sessions are signed with a key made for this process alone: they end at a restart and another
  // process on the same database would refuse them (README: several processes).
  lines.push('  Lưu ý: chưa đặt KETNOI_SESSION_SECRET — phiên đăng nhập mất khi khởi động lại và không dùng chung giữa các tiến trình.');
}
lines.push('');
console.log(lines.join('\n'));

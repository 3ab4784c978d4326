import { backupRestoreDrill } from './backup-restore.ts';
import { crashDrill } from './crash.ts';
import { lighthouseDrill } from './lighthouse.ts';
import { loadDrill } from './load.ts';
import { PgToolMissingError } from './pg-tools.ts';
import { DEFAULT_ADMIN_URL } from './scratch-database.ts';

/**
 * `pnpm drill <name> [--url postgres://…]`: runs a drill and prints its figures.
 * Exit code: 0 passed, 1 a mismatch, 2 the drill could not run.
 */
const USAGE = `Cách dùng / usage: pnpm drill <backup-restore|crash|load|lighthouse> [--url postgres://user@host:5432/postgres]
  backup-restore  sao lưu (pg_dump) → khôi phục (pg_restore) vào cơ sở dữ liệu mới → so sánh
                  số dòng, chuỗi nhật ký, mã băm tài liệu (quality.md R1)
  crash           kill -9 máy chủ thật lúc đang nhập danh sách và chuyển trạng thái, khởi động lại,
                  rồi kiểm tra: lệnh đã xác nhận còn đủ, không có lần nhập dở dang, chuỗi nhật ký
                  hợp lệ (quality.md W4) [--seed N] [--kills 8] [--lanes 10] [--imports 2] [--rows 3000]
  load            tải hỗn hợp 70 % danh sách, 20 % xem, 10 % ghi lên máy chủ thật, tăng dần số người
                  dùng đồng thời; req/s, p95, p99, lỗi và điểm vỡ [--steps 5,10,20,40,80] [--seconds 30]
                  [--seed N] [--server-log]
  lighthouse      Lighthouse 12.2.3 (chromium: CHROME_PATH hoặc /usr/bin/chromium) trên trang chính của
                  từng ứng dụng, đã đăng nhập và chưa; JavaScript ban đầu (gzip) (quality.md P4)
                  [--no-build: dùng dist/ của ứng dụng thay vì bản build mới]
  --url           máy chủ PostgreSQL (mặc định DATABASE_URL, hoặc ${DEFAULT_ADMIN_URL});
                  cần quyền CREATE DATABASE; các cơ sở dữ liệu tạm drill_* bị xoá khi xong`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const urlAt = rest.indexOf('--url');
  const adminUrl = (urlAt >= 0 ? rest[urlAt + 1] : undefined) || process.env.DATABASE_URL || DEFAULT_ADMIN_URL;
  const number = (flag: string): number | undefined => {
    const at = rest.indexOf(flag);
    const value = at >= 0 ? Number(rest[at + 1]) : undefined;
    if (value !== undefined && !Number.isFinite(value)) throw new Error(`${flag}: not a number`);
    return value;
  };
  const log = (line: string) => console.error(line);
  try {
    let result: { ok: boolean; report: string };
    if (name === 'backup-restore') result = await backupRestoreDrill({ adminUrl, log });
    else if (name === 'crash') {
      const [seed, kills, lanes, importsPerLane, rowsPerImport] = ['--seed', '--kills', '--lanes', '--imports', '--rows'].map(number);
      result = await crashDrill({ adminUrl, log, ...defined({ seed, kills, lanes, importsPerLane, rowsPerImport }) });
    } else if (name === 'load') {
      const stepsAt = rest.indexOf('--steps');
      const steps = stepsAt >= 0 ? rest[stepsAt + 1]!.split(',').map(Number) : undefined;
      if (steps?.some((s) => !Number.isInteger(s) || s < 1)) throw new Error('--steps: e.g. 5,10,20');
      const [stepSeconds, seed] = ['--seconds', '--seed'].map(number);
      result = await loadDrill({ adminUrl, log, serverLog: rest.includes('--server-log'), ...(steps ? { steps } : {}), ...defined({ stepSeconds, seed }) });
    } else if (name === 'lighthouse') {
      result = await lighthouseDrill({ adminUrl, log, build: !rest.includes('--no-build') });
    } else {
      console.error(USAGE);
      return 2;
    }
    console.log(`\n${result.report}\n`);
    return result.ok ? 0 : 1;
  } catch (e) {
    if (e instanceof PgToolMissingError) console.error(e.message);
    else console.error(`Diễn tập không chạy được / the drill could not run: ${(e as Error).message}`);
    return 2;
  }
}

/** The options that were given (exactOptionalPropertyTypes: no `undefined` values). */
function defined<T extends Record<string, number | undefined>>(o: T): { [K in keyof T]?: number } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: number };
}

process.exitCode = await main(process.argv.slice(2));

import { backupRestoreDrill } from './backup-restore.ts';
import { crashDrill } from './crash.ts';
import { PgToolMissingError } from './pg-tools.ts';
import { DEFAULT_ADMIN_URL } from './scratch-database.ts';

/**
 * `pnpm drill <name> [--url postgres://…]`: runs a drill and prints its figures.
 * Exit code: 0 passed, 1 a mismatch, 2 the drill could not run.
 */
const USAGE = `Cách dùng / usage: pnpm drill <backup-restore|crash> [--url postgres://user@host:5432/postgres]
  backup-restore  sao lưu (pg_dump) → khôi phục (pg_restore) vào cơ sở dữ liệu mới → so sánh
                  số dòng, chuỗi nhật ký, mã băm tài liệu (quality.md R1)
  crash           kill -9 máy chủ thật lúc đang nhập danh sách và chuyển trạng thái, khởi động lại,
                  rồi kiểm tra: lệnh đã xác nhận còn đủ, không có lần nhập dở dang, chuỗi nhật ký
                  hợp lệ (quality.md W4) [--seed N] [--kills 8] [--lanes 10] [--imports 2] [--rows 3000]
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

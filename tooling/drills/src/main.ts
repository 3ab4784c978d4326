import { backupRestoreDrill } from './backup-restore.ts';
import { PgToolMissingError } from './pg-tools.ts';
import { DEFAULT_ADMIN_URL } from './scratch-database.ts';

/**
 * `pnpm drill <name> [--url postgres://…]`: runs a drill and prints its figures.
 * Exit code: 0 passed, 1 a mismatch, 2 the drill could not run.
 */
const USAGE = `Cách dùng / usage: pnpm drill backup-restore [--url postgres://user@host:5432/postgres]
  backup-restore  sao lưu (pg_dump) → khôi phục (pg_restore) vào cơ sở dữ liệu mới → so sánh
                  số dòng, chuỗi nhật ký, mã băm tài liệu (quality.md R1)
  --url           máy chủ PostgreSQL (mặc định DATABASE_URL, hoặc ${DEFAULT_ADMIN_URL});
                  cần quyền CREATE DATABASE; các cơ sở dữ liệu tạm drill_* bị xoá khi xong`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const urlAt = rest.indexOf('--url');
  const adminUrl = (urlAt >= 0 ? rest[urlAt + 1] : undefined) || process.env.DATABASE_URL || DEFAULT_ADMIN_URL;
  if (name !== 'backup-restore') {
    console.error(USAGE);
    return 2;
  }
  try {
    const result = await backupRestoreDrill({ adminUrl, log: (line) => console.error(line) });
    console.log(`\n${result.report}\n`);
    return result.ok ? 0 : 1;
  } catch (e) {
    if (e instanceof PgToolMissingError) console.error(e.message);
    else console.error(`Diễn tập không chạy được / the drill could not run: ${(e as Error).message}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));

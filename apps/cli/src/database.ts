/**
 * Opens the database for one command, brings it to the latest schema with the reference data
 * (both idempotent, so the first administrator can be created on a fresh install), runs the work
 * and always closes it: an embedded PGlite left open would keep the data folder busy.
 */
import type { DatabaseHandle } from '@ketnoi/db';
import { type CliIo, failure } from './cli-io.js';

export type Db = DatabaseHandle['db'];

/** Help text shared by every database command (the embedded database is single-process). */
export const DATABASE_NOTE =
  'Các lệnh users, units, audit dùng PostgreSQL khi có DATABASE_URL, nếu không thì cơ sở dữ liệu nhúng PGlite (thư mục var/pglite). ' +
  'PGlite chỉ cho một tiến trình: hãy dừng máy chủ ketnoi trước khi chạy các lệnh này; với PostgreSQL thì chạy được cùng lúc.';

export async function withDatabase(io: CliIo, json: boolean, work: (db: Db) => Promise<number>): Promise<number> {
  let handle: DatabaseHandle;
  try {
    handle = await io.openDatabase();
  } catch {
    return unavailable(io, json);
  }
  try {
    // A pg pool connects lazily: an unreachable server shows up here, not at open.
    try {
      const { migrateToLatest, seedReference } = await import('@ketnoi/db');
      await migrateToLatest(handle.db);
      await seedReference(handle.db);
    } catch {
      return unavailable(io, json);
    }
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

// The error text may quote the connection URL (with its password): the message stays generic.
function unavailable(io: CliIo, json: boolean): number {
  return failure(
    io,
    json,
    'DB_UNAVAILABLE',
    'Không mở được cơ sở dữ liệu. Với PGlite nhúng (var/pglite): hãy dừng máy chủ ketnoi đang dùng nó rồi chạy lại. Với PostgreSQL: kiểm tra DATABASE_URL và máy chủ cơ sở dữ liệu.',
  );
}

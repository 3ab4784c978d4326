/**
 * `ketnoi users disable TÊN`: locks an account and revokes all its sessions in one transaction
 * (quality.md A3: a disabled user is out at once), with its audit row in the same transaction.
 */
import { parseArgs } from 'node:util';
import { appendAudit, disableUser } from '@ketnoi/db';
import { type CliCommand, type CliIo, EXIT_OK, failure } from '../cli-io.js';
import { withDatabase } from '../database.js';

export const command: CliCommand = {
  usage: 'users disable TÊN_ĐĂNG_NHẬP [--json]   Khóa tài khoản và thu hồi mọi phiên đăng nhập của tài khoản đó',
  run: usersDisable,
};

export async function usersDisable(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { json: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  } catch {
    return failure(io, args.includes('--json'), 'CLI_USAGE', `Tùy chọn không hợp lệ. Cách dùng: pnpm ketnoi ${command.usage}`);
  }
  const json = parsed.values.json === true;
  const [username, ...extra] = parsed.positionals;
  if (username === undefined || extra.length > 0) {
    return failure(io, json, 'CLI_USAGE', `Cần đúng một tên đăng nhập. Cách dùng: pnpm ketnoi ${command.usage}`);
  }

  return withDatabase(io, json, async (db) => {
    const result = await db.transaction().execute(async (trx) => {
      const r = await disableUser(trx, username);
      if (r.disabled) {
        await appendAudit(trx, { actorUserId: null, action: 'cli.users.disable', targetType: 'user', targetId: r.userId, outcome: 'OK', details: { revokedSessions: r.revokedSessions } });
      }
      return r;
    });
    if (!result.disabled) return failure(io, json, 'USER_NOT_FOUND', 'Không tìm thấy tài khoản với tên đăng nhập này.');
    if (json) io.out(`${JSON.stringify({ userId: result.userId, disabled: true, revokedSessions: result.revokedSessions })}\n`);
    else io.out(`Đã khóa tài khoản «${username.trim().toLowerCase()}». Số phiên đăng nhập bị thu hồi: ${result.revokedSessions}.\n`);
    return EXIT_OK;
  });
}

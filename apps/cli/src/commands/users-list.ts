/** `ketnoi users list [--unit ĐƠN_VỊ]`: the accounts with their unit; never a password hash or an e-mail. */
import { parseArgs } from 'node:util';
import { listUsers } from '@ketnoi/db';
import { type CliCommand, type CliIo, EXIT_OK, failure } from '../cli-io.js';
import { withDatabase } from '../database.js';
import { ROLE_LABELS } from '../labels.js';
import { formatTable } from '../table.js';
import { lookUpUnit } from '../unit-ref.js';

export const command: CliCommand = {
  usage: 'users list [--unit ĐƠN_VỊ] [--json]   Liệt kê tài khoản (ĐƠN_VỊ: mã uuid, C06 hoặc PC06:<mã tỉnh>)',
  run: usersList,
};

export async function usersList(args: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: { unit: { type: 'string' }, json: { type: 'boolean', default: false } }, allowPositionals: false, strict: true }));
  } catch {
    return failure(io, args.includes('--json'), 'CLI_USAGE', `Tùy chọn không hợp lệ. Cách dùng: pnpm ketnoi ${command.usage}`);
  }
  const json = values.json === true;
  const unitRef = values.unit;

  return withDatabase(io, json, async (db) => {
    let unitId: string | undefined;
    if (unitRef !== undefined) {
      const found = await lookUpUnit(db, unitRef);
      if (found.kind !== 'found') return failure(io, json, found.kind === 'invalid' ? 'UNIT_REF_INVALID' : 'UNIT_NOT_FOUND', found.message);
      unitId = found.unit.id;
    }
    const users = await listUsers(db, unitId === undefined ? {} : { unitId });
    if (json) {
      io.out(`${JSON.stringify(users)}\n`);
      return EXIT_OK;
    }
    if (users.length === 0) {
      io.out('Không có tài khoản nào.\n');
      return EXIT_OK;
    }
    io.out(
      formatTable(
        ['Tên đăng nhập', 'Họ tên', 'Vai trò', 'Đơn vị', 'Tỉnh', 'Trạng thái'],
        users.map((u) => [u.username, u.displayName, ROLE_LABELS[u.role], u.unitName, u.provinceCode ?? '', u.active ? 'Hoạt động' : 'Đã khóa']),
      ),
    );
    io.out(`Tổng số: ${users.length} tài khoản.\n`);
    return EXIT_OK;
  });
}

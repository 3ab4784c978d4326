/** `ketnoi units list [--kind OWNER|PC06|C06]`: the units with the ids that `users create --unit` takes. */
import { parseArgs } from 'node:util';
import { listUnits, type UnitKind } from '@ketnoi/db';
import { type CliCommand, type CliIo, EXIT_OK, failure } from '../cli-io.js';
import { withDatabase } from '../database.js';
import { UNIT_KIND_LABELS } from '../labels.js';
import { formatTable } from '../table.js';

export const command: CliCommand = {
  usage: 'units list [--kind OWNER|PC06|C06] [--json]   Liệt kê đơn vị và mã (uuid) của chúng',
  run: unitsList,
};

const KINDS: readonly UnitKind[] = ['OWNER', 'PC06', 'C06'];

export async function unitsList(args: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: { kind: { type: 'string' }, json: { type: 'boolean', default: false } }, allowPositionals: false, strict: true }));
  } catch {
    return failure(io, args.includes('--json'), 'CLI_USAGE', `Tùy chọn không hợp lệ. Cách dùng: pnpm ketnoi ${command.usage}`);
  }
  const json = values.json === true;
  const kind = values.kind?.toUpperCase();
  if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) {
    return failure(io, json, 'UNIT_KIND_UNKNOWN', `Loại đơn vị không hợp lệ. Chọn một trong: ${KINDS.join(', ')}.`);
  }

  return withDatabase(io, json, async (db) => {
    const units = await listUnits(db, kind === undefined ? {} : { kind: kind as UnitKind });
    const rows = units.map((u) => ({ id: u.id, kind: u.kind, level: u.level, provinceCode: u.province_code, name: u.name, active: u.active }));
    if (json) {
      io.out(`${JSON.stringify(rows)}\n`);
      return EXIT_OK;
    }
    if (rows.length === 0) {
      io.out('Không có đơn vị nào.\n');
      return EXIT_OK;
    }
    io.out(
      formatTable(
        ['Mã đơn vị', 'Loại', 'Cấp', 'Tỉnh', 'Tên', 'Trạng thái'],
        rows.map((u) => [u.id, UNIT_KIND_LABELS[u.kind], u.level === 'CENTRAL' ? 'Trung ương' : 'Địa phương', u.provinceCode ?? '', u.name, u.active ? 'Hoạt động' : 'Ngừng'])),
    );
    io.out(`Tổng số: ${rows.length} đơn vị.\n`);
    return EXIT_OK;
  });
}

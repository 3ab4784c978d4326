/**
 * `ketnoi audit verify`: recomputes the audit log's hash chain (quality.md L2). Exit 0 when it is
 * whole, 1 naming the first broken row: a row altered behind the append-only guard, or one removed.
 */
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '@ketnoi/db';
import { type CliCommand, type CliIo, EXIT_FINDINGS, EXIT_OK, failure } from '../cli-io.js';
import { withDatabase } from '../database.js';

export const command: CliCommand = {
  usage: 'audit verify [--json]   Kiểm tra tính toàn vẹn của chuỗi nhật ký kiểm toán (chuỗi băm)',
  run: auditVerify,
};

const REASONS = {
  HASH_MISMATCH: 'nội dung dòng không khớp với mã băm đã ghi (dòng đã bị sửa)',
  PREV_MISMATCH: 'mã băm của dòng liền trước không khớp (có dòng bị xóa hoặc chèn trước dòng này)',
} as const;

export async function auditVerify(args: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: { json: { type: 'boolean', default: false } }, allowPositionals: false, strict: true }));
  } catch {
    return failure(io, args.includes('--json'), 'CLI_USAGE', `Tùy chọn không hợp lệ. Cách dùng: pnpm ketnoi ${command.usage}`);
  }
  const json = values.json === true;

  return withDatabase(io, json, async (db) => {
    const verdict = await verifyAuditChain(db);
    if (json) {
      io.out(`${JSON.stringify(verdict)}\n`);
    } else if (verdict.ok) {
      io.out(`Chuỗi nhật ký kiểm toán toàn vẹn: ${verdict.rows} dòng.\n`);
    } else {
      io.out(`Chuỗi nhật ký kiểm toán bị phá vỡ tại dòng ${verdict.firstBrokenId} (${verdict.reason}): ${REASONS[verdict.reason]}. Tổng số dòng: ${verdict.rows}.\n`);
    }
    return verdict.ok ? EXIT_OK : EXIT_FINDINGS;
  });
}

/**
 * `ketnoi accounts check FILE [--json]`: checks an account list (part 2) offline, with the
 * reference data shipped in @ketnoi/reference, today's date in Asia/Ho_Chi_Minh, the default
 * policy and every catalogue service allowed. Exit 0: no error; 1: errors found; 2: unreadable.
 */
import { stat, readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_POLICY, type AccountListContext } from '@ketnoi/domain';
import { birthPrefixes, SEED_SERVICE_CATALOGUE } from '@ketnoi/reference';
import { checkAccountFile, DEFAULT_SHEET_LIMITS, type AccountFileCheck, type AccountFileFinding } from '@ketnoi/sheets';
import { type CliCommand, type CliIo, EXIT_FINDINGS, EXIT_OK, failure } from '../cli-io.js';

export const command: CliCommand = {
  usage: 'accounts check TỆP [--json]   Kiểm tra danh sách tài khoản (.xlsx hoặc .csv) theo mẫu, không cần máy chủ',
  run: accountsCheck,
};

export async function accountsCheck(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { json: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  } catch {
    return failure(io, args.includes('--json'), 'CLI_USAGE', `Tùy chọn không hợp lệ. Cách dùng: pnpm ketnoi ${command.usage}`);
  }
  const json = parsed.values.json === true;
  const [path, ...extra] = parsed.positionals;
  if (path === undefined || extra.length > 0) {
    return failure(io, json, 'CLI_USAGE', `Cần đúng một tệp. Cách dùng: pnpm ketnoi ${command.usage}`);
  }

  const fileName = basename(path);
  // `pnpm ketnoi` runs this in apps/cli; pnpm keeps the user's directory in INIT_CWD.
  const fullPath = resolve(process.env.INIT_CWD ?? process.cwd(), path);
  let bytes: Uint8Array;
  try {
    const info = await stat(fullPath);
    if (!info.isFile()) return failure(io, json, 'FILE_NOT_READABLE', `«${fileName}» không phải là tệp.`);
    // Refuse before reading: a huge file must not be loaded into memory.
    if (info.size > DEFAULT_SHEET_LIMITS.maxFileBytes) {
      return failure(io, json, 'SHEET_FILE_TOO_LARGE', `Tệp lớn hơn ${DEFAULT_SHEET_LIMITS.maxFileBytes / (1024 * 1024)} MiB. Hãy chia danh sách thành nhiều tệp nhỏ hơn.`);
    }
    bytes = new Uint8Array(await readFile(fullPath));
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return failure(io, json, missing ? 'FILE_NOT_FOUND' : 'FILE_NOT_READABLE', missing ? `Không tìm thấy tệp «${fileName}».` : `Không đọc được tệp «${fileName}».`);
  }

  const result = await checkAccountFile({ bytes, fileName }, offlineContext(io.now()));
  if (result.kind === 'unreadable') return failure(io, json, result.code, result.message);
  io.out(json ? `${JSON.stringify(jsonReport(result))}\n` : textReport(fileName, result));
  return result.errors.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** Offline, the whole seed catalogue is allowed: part 3 is not known to the CLI. */
export function offlineContext(now: Date): AccountListContext {
  return {
    birthPrefixes,
    serviceCodes: SEED_SERVICE_CATALOGUE.filter((s) => s.active).map((s) => s.code),
    today: todayInVietnam(now),
    policy: DEFAULT_POLICY,
  };
}

/** `yyyy-MM-dd` of the calendar day in Asia/Ho_Chi_Minh (ages are counted on Vietnamese dates). */
export function todayInVietnam(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

type Checked = Extract<AccountFileCheck, { kind: 'checked' }>;

const jsonFinding = (f: AccountFileFinding) => ({ row: f.row, column: f.column, code: f.code, message: f.message });

function jsonReport(result: Checked) {
  return { rows: result.rows, valid: result.valid, errors: result.errors.map(jsonFinding), warnings: result.warnings.map(jsonFinding) };
}

function textReport(fileName: string, result: Checked): string {
  const lines = [
    `Tệp «${fileName}» (${result.format === 'xlsx' ? `Excel .xlsx, trang «${result.sheetName}»` : 'CSV'})`,
    `Số dòng dữ liệu: ${result.rows}. Hợp lệ: ${result.valid}. Có lỗi: ${result.rows - result.valid}.`,
  ];
  const finding = (f: AccountFileFinding) => `  Dòng ${f.row}, cột «${f.column}»: ${f.message}`;
  if (result.errors.length) lines.push('', `Lỗi (${result.errors.length}):`, ...result.errors.map(finding));
  if (result.warnings.length) lines.push('', `Cảnh báo (${result.warnings.length}):`, ...result.warnings.map(finding));
  lines.push('', result.errors.length ? 'Danh sách chưa dùng được: hãy sửa các lỗi trên rồi kiểm tra lại.' : 'Danh sách hợp lệ.');
  return `${lines.join('\n')}\n`;
}

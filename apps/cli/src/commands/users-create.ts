/**
 * `ketnoi users create`: creates an account directly in the database, so the first national
 * administrator can exist before anyone can log in. The password comes from standard input only:
 * on the command line it would show in `ps` and in the shell history.
 */
import { parseArgs } from 'node:util';
import { appendAudit, createUser, findUserByUsername } from '@ketnoi/db';
import { ROLES, type Role, validateEmail } from '@ketnoi/domain';
import { type CliCommand, type CliIo, EXIT_OK, failure } from '../cli-io.js';
import { withDatabase } from '../database.js';
import { ROLE_LABELS, ROLES_OF_UNIT_KIND } from '../labels.js';
import { lookUpUnit } from '../unit-ref.js';

export const command: CliCommand = {
  usage:
    'users create --username TÊN --name "Họ tên" --role VAI_TRÒ --unit ĐƠN_VỊ [--email EMAIL] --password-stdin [--json]\n' +
    '      Tạo tài khoản (VAI_TRÒ: SUBMITTER, PROVINCIAL_REVIEWER, NATIONAL_REVIEWER, NATIONAL_ADMIN; ĐƠN_VỊ: mã uuid, C06 hoặc PC06:<mã tỉnh>);\n' +
    '      mật khẩu đọc từ đầu vào chuẩn, ví dụ: printf "%s" "$MAT_KHAU" | pnpm ketnoi users create … --password-stdin',
  run: usersCreate,
};

/** Same rule as the admin API (packages/api routers/admin.ts): usernames are plain ASCII. */
const USERNAME = /^[a-z0-9._-]{3,64}$/i;

export async function usersCreate(args: readonly string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  // Refused before anything else, and the value is never echoed: it is a secret typed in clear.
  if (args.some((a) => a === '--password' || a.startsWith('--password='))) {
    return failure(io, json, 'CLI_PASSWORD_IN_ARGUMENTS', 'Không nhập mật khẩu trên dòng lệnh (lộ qua ps và lịch sử shell). Hãy dùng --password-stdin và đưa mật khẩu qua đầu vào chuẩn.');
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        username: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        unit: { type: 'string' },
        email: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch {
    return usage(io, json, 'Tùy chọn không hợp lệ.');
  }
  const { username, name, role, unit: unitRef } = values;
  if (username === undefined || name === undefined || role === undefined || unitRef === undefined) {
    return usage(io, json, 'Thiếu tùy chọn bắt buộc (--username, --name, --role, --unit).');
  }
  if (values['password-stdin'] !== true) return usage(io, json, 'Cần --password-stdin: mật khẩu chỉ được đọc từ đầu vào chuẩn.');
  if (!USERNAME.test(username.trim())) {
    return failure(io, json, 'USERNAME_FORMAT', 'Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.');
  }
  const displayName = name.normalize('NFC').trim();
  if ([...displayName].length < 2 || [...displayName].length > 100) {
    return failure(io, json, 'DISPLAY_NAME_LENGTH', 'Họ tên phải có từ 2 đến 100 ký tự.');
  }
  if (!(ROLES as readonly string[]).includes(role)) {
    return failure(io, json, 'ROLE_UNKNOWN', `Vai trò không hợp lệ. Chọn một trong: ${ROLES.join(', ')}.`);
  }
  let email: string | null = null;
  const warnings: string[] = [];
  if (values.email !== undefined) {
    const checked = validateEmail(values.email);
    if (!checked.ok) return failure(io, json, checked.issues[0]?.code ?? 'EMAIL_FORMAT', checked.issues[0]?.message ?? 'Địa chỉ email không hợp lệ.');
    email = checked.value;
    warnings.push(...checked.warnings.map((w) => w.message));
  }

  let password: string;
  try {
    // One trailing newline is what `echo` or a file adds; it is not part of the password.
    password = (await io.readStdin()).replace(/\r?\n$/, '');
  } catch {
    return failure(io, json, 'PASSWORD_NOT_READ', 'Không đọc được mật khẩu từ đầu vào chuẩn; không có tài khoản nào được tạo.');
  }
  if (password.length === 0) return failure(io, json, 'PASSWORD_REQUIRED', 'Đầu vào chuẩn không có mật khẩu; không có tài khoản nào được tạo.');
  // Loaded here, not at the top: `ketnoi --help` loads every command file and needs no argon2.
  const { hashPassword, passwordProblem } = await import('@ketnoi/api');
  const problem = passwordProblem(password);
  if (problem !== null) return failure(io, json, 'PASSWORD_WEAK', problem);

  return withDatabase(io, json, async (db) => {
    const found = await lookUpUnit(db, unitRef);
    if (found.kind !== 'found') return failure(io, json, found.kind === 'invalid' ? 'UNIT_REF_INVALID' : 'UNIT_NOT_FOUND', found.message);
    const unit = found.unit;
    if (!unit.active) return failure(io, json, 'UNIT_INACTIVE', 'Đơn vị đã ngừng hoạt động; không thể thêm tài khoản.');
    if (!ROLES_OF_UNIT_KIND[unit.kind].includes(role as Role)) {
      return failure(io, json, 'ROLE_UNIT_MISMATCH', `Vai trò ${role} không phù hợp với loại đơn vị ${unit.kind} (cho phép: ${ROLES_OF_UNIT_KIND[unit.kind].join(', ')}).`);
    }
    // Checked before hashing (argon2id is slow on purpose); the unique index still decides a race.
    if ((await findUserByUsername(db, username)) !== undefined) return duplicate(io, json);
    const passwordHash = await hashPassword(password);
    let created;
    try {
      created = await db.transaction().execute(async (trx) => {
        const user = await createUser(trx, { username, displayName, email, passwordHash, role: role as Role, unitId: unit.id });
        // quality.md L1: the account and its audit row commit together; never the password or its hash.
        await appendAudit(trx, { actorUserId: null, action: 'cli.users.create', targetType: 'user', targetId: user.id, outcome: 'OK', details: { role, unitId: unit.id } });
        return user;
      });
    } catch (e) {
      if (isUniqueViolation(e)) return duplicate(io, json);
      throw e;
    }
    if (json) {
      io.out(`${JSON.stringify({ id: created.id, username: created.username, role: created.role, unitId: unit.id, unitName: unit.name, warnings })}\n`);
    } else {
      for (const w of warnings) io.err(`Cảnh báo: ${w}\n`);
      io.out(`Đã tạo tài khoản «${created.username}» (${ROLE_LABELS[created.role]}) thuộc đơn vị «${unit.name}».\n`);
    }
    return EXIT_OK;
  });
}

function usage(io: CliIo, json: boolean, why: string): number {
  return failure(io, json, 'CLI_USAGE', `${why} Cách dùng: pnpm ketnoi ${command.usage}`);
}

function duplicate(io: CliIo, json: boolean): number {
  return failure(io, json, 'USERNAME_TAKEN', 'Tên đăng nhập đã được dùng; không có tài khoản nào được tạo.');
}

/** SQLSTATE 23505 (unique_violation), as both pg and PGlite report it. */
function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505';
}

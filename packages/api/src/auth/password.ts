import { hash, verify, type Algorithm } from '@node-rs/argon2';

// OWASP's argon2id baseline (m = 19 MiB, t = 2, p = 1). `Algorithm` is a const enum that
// isolated modules cannot read, hence the literal: 2 = Argon2id.
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * Verifies against the stored hash. For unknown users the caller passes `null` and we still run
 * a full verification against a fixed hash, so the answer takes the same time (no user enumeration).
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  const target = storedHash ?? (await dummyHash());
  const ok = await verify(target, password).catch(() => false);
  return storedHash !== null && ok;
}

let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  dummy ??= hash('ketnoi-timing-equaliser', OPTIONS);
  return dummy;
}

/** Minimum password rule for accounts created by administrators: 12+ characters, not all of one kind. */
export function passwordProblem(password: string): string | null {
  if (password.length < 12) return 'Mật khẩu phải có ít nhất 12 ký tự.';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  if (kinds < 3) return 'Mật khẩu cần có ít nhất ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.';
  return null;
}

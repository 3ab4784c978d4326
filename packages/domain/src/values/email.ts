import { z } from 'zod';
import { error, warning, type Issue, type Result } from '../issue';

/**
 * Official e-mail (*Email công vụ*, domain.md §5): a valid address; a warning (not an error) when the
 * domain is not `gov.vn` or one of its subdomains, because some units still use other mail systems.
 * The domain is lower-cased (DNS is case-insensitive); the local part is kept as typed.
 */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TLD = /^[a-z]{2,63}$/;

export const isGovVnDomain = (domain: string): boolean => domain === 'gov.vn' || domain.endsWith('.gov.vn');

export const validateEmail = (raw: string): Result<string> => {
  const value = raw.trim();
  if (value.length === 0) return { ok: false, issues: [error('EMAIL_REQUIRED', 'Cần nhập địa chỉ email công vụ.')] };
  const at = value.lastIndexOf('@');
  const local = at > 0 ? value.slice(0, at) : '';
  const domain = at > 0 ? value.slice(at + 1).toLowerCase() : '';
  const labels = domain.split('.');
  const valid =
    value.length <= 254 &&
    local.length > 0 &&
    local.length <= 64 &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((l) => LABEL.test(l)) &&
    TLD.test(labels[labels.length - 1] ?? '');
  if (!valid) {
    return { ok: false, issues: [error('EMAIL_FORMAT', 'Địa chỉ email không hợp lệ, ví dụ đúng: nguyenvana@hanoi.gov.vn.')] };
  }
  const warnings: Issue[] = isGovVnDomain(domain)
    ? []
    : [warning('EMAIL_NOT_GOV_VN', 'Email không thuộc tên miền gov.vn; nên dùng email công vụ của cơ quan nhà nước.')];
  return { ok: true, value: `${local}@${domain}`, warnings };
};

/** Checks and normalises; the gov.vn warning is not an error here (use validateEmail to see it). */
export const emailSchema = z.string().transform((raw, ctx) => {
  const r = validateEmail(raw);
  if (!r.ok) {
    for (const i of r.issues) ctx.addIssue({ code: 'custom', message: i.message });
    return z.NEVER;
  }
  return r.value;
});

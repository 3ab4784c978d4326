import type { Locale } from '@ketnoi/ui';

/**
 * Numbers as Vietnamese forms write them: `.` groups thousands, `,` is the decimal comma
 * (`1.500` is one thousand five hundred, `1,5` one and a half). Returns NaN for anything else,
 * null for an empty field; a fraction or a negative comes back as such so the domain's schema
 * words the refusal.
 */
export function parseViNumber(typed: string): number | null {
  const s = typed.replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  const m = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(s);
  if (!m) return Number.NaN;
  return Number(`${m[1]}${m[2]!.replaceAll('.', '')}${m[3] ? `.${m[3]}` : ''}`);
}

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 20 });

/** A number the way `parseViNumber` reads it back (`1.500`), whatever the page's language. */
export const formatViNumber = (n: number): string => vi.format(n);

/** Re-writes a typed number with its thousands grouping (`1500` → `1.500`); leaves anything unreadable as typed. */
export function tidyViNumber(typed: string): string {
  const n = parseViNumber(typed);
  return n === null || Number.isNaN(n) ? typed : formatViNumber(n);
}

/** A file size for people: `845 KB`, `2,4 MB` in Vietnamese, `2.4 MB` in English. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const format = (n: number, digits: number) => new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${format(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024, 0)} KB`;
  return `${format(bytes / (1024 * 1024), 1)} MB`;
}

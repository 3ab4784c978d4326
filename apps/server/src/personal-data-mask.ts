/**
 * The last line of defence of the logs (quality.md L3): whatever reaches a log line — an error
 * message quoting a row, a header, a path — has anything that looks like an ID number, a
 * Vietnamese phone number or an email address replaced before it is written. Redaction by key
 * (logging.ts) removes the known fields; this catches the values nobody thought of.
 *
 * Boundaries: a match may not touch a letter, digit, `_` or `-` on either side, so parts of
 * UUIDs (request ids, row ids), hashes and millisecond timestamps are left alone.
 */

// Also right after a JSON escape such as `\n` (the masking runs over serialized log lines).
const EDGE_BEFORE = String.raw`(?:(?<=\\[nrtbf])|(?<![\p{L}\p{N}_+\-\\]))`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}_\-])`;

/** Số định danh cá nhân: 12 digits. */
const ID_NUMBER = new RegExp(`${EDGE_BEFORE}\\d{12}${EDGE_AFTER}`, 'gu');
/** 0xx(x) xxx xxx(x) or +84 xx(x) xxx xxx(x), with optional spaces or dots between the groups. */
const PHONE = new RegExp(`${EDGE_BEFORE}(?:\\+84[ .]?|0)\\d{2,3}[ .]?\\d{3}[ .]?\\d{3,4}${EDGE_AFTER}`, 'gu');
const EMAIL = /(?:(?<=\\[nrtbf])|(?<![\p{L}\p{N}._%+\-\\]))[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export const MASKS = { idNumber: '[id-number]', phone: '[phone]', email: '[email]' } as const;

/** `text` with every ID number, phone number and email address replaced by a placeholder. */
export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, MASKS.email).replace(ID_NUMBER, MASKS.idNumber).replace(PHONE, MASKS.phone);
}

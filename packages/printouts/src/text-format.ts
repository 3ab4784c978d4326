/**
 * How dates, times and numbers are written on ketnoi's printouts: Vietnamese conventions
 * (dd/MM/yyyy, HH:mm in Asia/Ho_Chi_Minh, vi-VN numbers) and Nghị định 30/2020/NĐ-CP for the
 * place-and-date line of an administrative document.
 */

/** Vietnam has used UTC+7 without daylight saving since 1975: plain arithmetic, no host time zone. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

function instantMs(instant: string | Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return ms;
}

function localParts(instant: string | Date): LocalParts {
  const d = new Date(instantMs(instant) + VIETNAM_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

const two = (n: number) => String(n).padStart(2, '0');

/** 'yyyy-MM-dd' → 'dd/MM/yyyy'. */
export function formatCalendarDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Not a calendar date: ${date}`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** An instant as 'dd/MM/yyyy HH:mm' in Asia/Ho_Chi_Minh. */
export function formatLocalDateTime(instant: string | Date): string {
  const p = localParts(instant);
  return `${two(p.day)}/${two(p.month)}/${p.year} ${two(p.hour)}:${two(p.minute)}`;
}

/** An instant as 'dd/MM/yyyy' in Asia/Ho_Chi_Minh. */
export function formatLocalDate(instant: string | Date): string {
  const p = localParts(instant);
  return `${two(p.day)}/${two(p.month)}/${p.year}`;
}

/** The year of an instant in Asia/Ho_Chi_Minh. */
export function localYear(instant: string | Date): number {
  return localParts(instant).year;
}

const numberFormat = new Intl.NumberFormat('vi-VN');

/** 1234 → '1.234' (vi-VN). */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/**
 * The place-and-date line (NĐ 30/2020, Phụ lục I, mục II.5): "Hà Nội, ngày 05 tháng 3 năm 2025" —
 * days below 10 and the months January and February take a leading zero. Without a date, the day
 * and month are left as dotted blanks for the signer to fill in ("ngày …… tháng …… năm 2026").
 */
export function placeAndDateLine(place: string, date: { readonly year: number; readonly month?: number; readonly day?: number }): string {
  const day = date.day === undefined ? '……' : two(date.day);
  const month = date.month === undefined ? '……' : date.month < 3 ? two(date.month) : String(date.month);
  return `${place}, ngày ${day} tháng ${month} năm ${date.year}`;
}

/** The place-and-date line of an instant, in Asia/Ho_Chi_Minh. */
export function placeAndDateLineOf(place: string, instant: string | Date): string {
  const p = localParts(instant);
  return placeAndDateLine(place, { year: p.year, month: p.month, day: p.day });
}

/**
 * Every string of an input in Unicode NFC: a name typed on a system that composes differently
 * (NFD) must come out with the same glyphs and the same extracted text.
 */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => toNfc(v)) as T;
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfc(v)])) as T;
}

/**
 * Upper case as Vietnamese writes it on headers ("Sở Y tế tỉnh Nghệ An" → "SỞ Y TẾ TỈNH NGHỆ AN"),
 * re-composed so that a capital with two marks stays one character.
 */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi').normalize('NFC');
}

/**
 * The short name of a unit used in document symbols (NĐ 30/2020: "CK-SYT"), when the unit has not
 * given one: the initials of its name before the locality ("Sở Y tế tỉnh Nghệ An" → "SYT",
 * "Bộ Y tế" → "BYT"). A guess that the unit may override; Đ stays Đ as in "TCTTKĐA".
 */
export function unitAbbreviation(unitName: string): string {
  const withoutLocality = unitName.normalize('NFC').split(/\s+(?:tỉnh|thành phố|Tỉnh|Thành phố|TP\.?)\s+/u)[0] ?? unitName;
  const initials = withoutLocality
    .replace(/\(.*?\)/gu, ' ')
    .split(/[\s\-–,]+/u)
    .filter((w) => /^\p{L}/u.test(w))
    // The first letter without its marks (Ủ → U); Đ has no decomposition and stays Đ.
    .map((w) => upper(w[0]!).normalize('NFD')[0]!);
  const abbreviation = initials.join('');
  return abbreviation.length > 0 ? abbreviation.slice(0, 12) : '……';
}

/**
 * The place name of the date line for a province (NĐ 30/2020, Phụ lục I, II.4): the name without
 * "Tỉnh"/"Thành phố" ("Tỉnh Nghệ An" → "Nghệ An"), except units named after a person, a number or an
 * event, which keep their full name ("Thành phố Hồ Chí Minh").
 */
export function placeNameOf(provinceName: string): string {
  const name = provinceName.normalize('NFC').trim();
  if (/Hồ Chí Minh$/u.test(name)) return name.replace(/^thành phố/u, 'Thành phố');
  return name.replace(/^(Tỉnh|Thành phố|tỉnh|thành phố|TP\.)\s+/u, '');
}

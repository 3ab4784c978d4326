/**
 * Public holidays in Vietnam for 2025–2027, as seed data: administrators keep the calendar in the
 * database (domain.md §4: lunar holidays such as Tết and Giỗ Tổ Hùng Vương move every year, and
 * the Government decides the exact days off and any swapped working Saturday each year).
 *
 * Statutory basis: Bộ luật Lao động 2019, Điều 112 (1/1; Tết Âm lịch 5 days; 10/3 lunar; 30/4; 1/5;
 * 2/9 plus one adjacent day) and Điều 112.3/Nghị định 145/2020 (a holiday on a weekend gives a
 * compensatory day off on the next working day). Tết periods are stored as the whole announced
 * break, weekends included (harmless: a weekend is not a working day anyway).
 *
 * Sources and certainty:
 * - 2025: as announced (Tết Ất Tỵ 25/01–02/02; Giỗ Tổ 07/04; 30/4–1/5 with Friday 02/05 swapped
 *   for a working Saturday 26/04; Quốc khánh 01–02/09).
 * - 2026: Tết Bính Ngọ 14/02–22/02 as announced; Giỗ Tổ falls on Sunday 26/04 → Monday 27/04 off;
 *   the day added to 2/9 is an APPROXIMATION (01/09 assumed) — check the Government's notice.
 * - 2027: APPROXIMATION from the lunar calendar (Tết Đinh Mùi: mùng 1 = Saturday 06/02; break
 *   assumed 05/02–10/02; Giỗ Tổ 16/04; 1/5 on Saturday → Monday 03/05 off; 03/09 assumed with 2/9).
 *   Replace with the announced days when the Government publishes them.
 */
export interface SeedCalendarDay {
  readonly day: string;
  readonly kind: 'HOLIDAY' | 'WORKING_WEEKEND';
  readonly name: string;
}

const TET_DUONG_LICH = 'Tết Dương lịch';
const TET_NGUYEN_DAN = 'Tết Nguyên đán';
const GIO_TO = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const GIO_TO_BU = 'Nghỉ bù Giỗ Tổ Hùng Vương';
const GIAI_PHONG = 'Ngày Giải phóng miền Nam, thống nhất đất nước (30/4)';
const QUOC_TE_LAO_DONG = 'Ngày Quốc tế Lao động (1/5)';
const QUOC_TE_LAO_DONG_BU = 'Nghỉ bù Ngày Quốc tế Lao động';
const HOAN_DOI = 'Nghỉ hoán đổi dịp 30/4 – 1/5';
const LAM_BU = 'Làm bù cho ngày nghỉ hoán đổi';
const QUOC_KHANH = 'Quốc khánh (2/9)';
const QUOC_KHANH_KE = 'Quốc khánh (ngày liền kề)';

/** Every day from `from` to `to` inclusive ('yyyy-MM-dd', computed in UTC so no zone shifts it). */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

const holiday = (day: string, name: string): SeedCalendarDay => ({ day, kind: 'HOLIDAY', name });
const tet = (from: string, to: string, year: number): SeedCalendarDay[] =>
  daysBetween(from, to).map((day) => holiday(day, `${TET_NGUYEN_DAN} ${year}`));

export const VIETNAM_HOLIDAYS_2025_2027: readonly SeedCalendarDay[] = [
  // 2025
  holiday('2025-01-01', TET_DUONG_LICH),
  ...tet('2025-01-25', '2025-02-02', 2025),
  holiday('2025-04-07', GIO_TO),
  { day: '2025-04-26', kind: 'WORKING_WEEKEND', name: LAM_BU },
  holiday('2025-04-30', GIAI_PHONG),
  holiday('2025-05-01', QUOC_TE_LAO_DONG),
  holiday('2025-05-02', HOAN_DOI),
  holiday('2025-09-01', QUOC_KHANH_KE),
  holiday('2025-09-02', QUOC_KHANH),
  // 2026
  holiday('2026-01-01', TET_DUONG_LICH),
  ...tet('2026-02-14', '2026-02-22', 2026),
  holiday('2026-04-26', GIO_TO),
  holiday('2026-04-27', GIO_TO_BU),
  holiday('2026-04-30', GIAI_PHONG),
  holiday('2026-05-01', QUOC_TE_LAO_DONG),
  holiday('2026-09-01', QUOC_KHANH_KE),
  holiday('2026-09-02', QUOC_KHANH),
  // 2027 (approximation, see above)
  holiday('2027-01-01', TET_DUONG_LICH),
  ...tet('2027-02-05', '2027-02-10', 2027),
  holiday('2027-04-16', GIO_TO),
  holiday('2027-04-30', GIAI_PHONG),
  holiday('2027-05-01', QUOC_TE_LAO_DONG),
  holiday('2027-05-03', QUOC_TE_LAO_DONG_BU),
  holiday('2027-09-02', QUOC_KHANH),
  holiday('2027-09-03', QUOC_KHANH_KE),
];

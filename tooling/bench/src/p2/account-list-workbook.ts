/**
 * A realistic account list (part 2 of a dossier) as an .xlsx in memory, written with exceljs the
 * way Excel stores a filled-in template: shared strings, the header of the template on row 1, the
 * STT column as numbers, every other column as text. Every row is valid: 12-digit ID numbers whose
 * first three digits are real birth-registration prefixes and whose fourth digit matches the
 * century of the date of birth and the sex, Vietnamese names with diacritics, mobile numbers
 * written as people write them, unique e-mails and usernames, and services registered in the
 * dossier. A few e-mails are not gov.vn (a warning, as in real lists). Deterministic per seed.
 */
import ExcelJS from 'exceljs';
import { ACCOUNT_LIST_COLUMNS, type BirthPrefix } from '@ketnoi/domain';

export interface AccountListSpec {
  readonly rows: number;
  readonly birthPrefixes: readonly BirthPrefix[];
  /** Codes registered in the dossier's part 3; each row asks for one or two of them. */
  readonly serviceCodes: readonly string[];
  /** yyyy-MM-dd: every holder is between 20 and 65 years old on this day. */
  readonly today: string;
  readonly seed?: number;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lương', 'Đinh', 'Trịnh', 'Đoàn'];
const MIDDLE_MALE = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Xuân', 'Thành', 'Công', 'Đình', 'Ngọc'];
const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Hoài', 'Phương', 'Mỹ', 'Diệu', 'Kim', 'Bảo'];
const GIVEN_MALE = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Thắng', 'Tuấn', 'Việt', 'Vĩnh'];
const GIVEN_FEMALE = ['Anh', 'Châu', 'Giang', 'Hà', 'Hạnh', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Nhung', 'Oanh', 'Phương', 'Thảo', 'Trang', 'Uyên', 'Vân', 'Yến'];
const POSITIONS = ['Chuyên viên', 'Cán bộ tiếp nhận hồ sơ', 'Phó Trưởng phòng', 'Trưởng phòng', 'Kế toán viên', 'Văn thư', 'Chuyên viên chính', 'Cán bộ một cửa'];
const WORK_UNITS = ['Văn phòng Sở Y tế', 'Phòng Nghiệp vụ Y', 'Bộ phận Một cửa', 'Trung tâm Y tế huyện Nghi Lộc', 'Phòng Kế hoạch – Tài chính', 'Thanh tra Sở', 'Bệnh viện Đa khoa tỉnh Nghệ An', 'Trung tâm Kiểm soát bệnh tật'];
const MOBILE_PREFIXES = ['032', '033', '034', '035', '036', '037', '038', '039', '056', '058', '070', '076', '077', '078', '079', '081', '082', '083', '084', '085', '086', '088', '091', '094', '096', '097', '098'];

/** Letters without Vietnamese diacritics, for e-mails and usernames. */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** Mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The data rows (without the header), cells in template order; STT is a number, the rest text. */
export function accountListRows(spec: AccountListSpec): (string | number)[][] {
  if (spec.rows > 999_999) throw new RangeError('at most 999,999 rows: the 6-digit serial of the ID number makes them unique');
  if (spec.serviceCodes.length === 0) throw new RangeError('the dossier registers no service');
  const rand = random(spec.seed ?? 20251001);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const todayYear = Number(spec.today.slice(0, 4));
  const out: (string | number)[][] = [];
  for (let i = 0; i < spec.rows; i++) {
    const female = rand() < 0.5;
    const family = pick(FAMILY);
    const middle = pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
    const given = pick(female ? GIVEN_FEMALE : GIVEN_MALE);
    const year = todayYear - 20 - Math.floor(rand() * 46); // 20 to 65 years old
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const centuryDigit = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
    // (i × 7919) mod 10⁶ is a permutation of 0…999,999: unique serials that do not look sequential.
    const serial = (i * 7919 + 104_729) % 1_000_000;
    const personalId = `${pick(spec.birthPrefixes).prefix}${centuryDigit}${pad(year % 100, 2)}${pad(serial, 6)}`;
    const mobile = `${pick(MOBILE_PREFIXES)}${pad((i * 104_723 + 17) % 10_000_000, 7)}`;
    const style = rand();
    const phone = style < 0.8 ? mobile : style < 0.9 ? `${mobile.slice(0, 4)} ${mobile.slice(4, 7)} ${mobile.slice(7)}` : `+84${mobile.slice(1)}`;
    const login = `${fold(given)}.${fold(family)}${fold(middle).slice(0, 1)}${i + 1}`;
    const email = rand() < 0.01 ? `${login}@gmail.com` : `${login}@syt.nghean.gov.vn`;
    const services = spec.serviceCodes.length > 1 && rand() < 0.4 ? `${spec.serviceCodes[0]};${spec.serviceCodes[1]}` : pick(spec.serviceCodes);
    out.push([
      i + 1,
      `${family} ${middle} ${given}`,
      personalId,
      `${pad(day, 2)}/${pad(month, 2)}/${year}`,
      female ? 'Nữ' : 'Nam',
      pick(POSITIONS),
      pick(WORK_UNITS),
      phone,
      email,
      login,
      services,
    ]);
  }
  return out;
}

/** The workbook: one sheet «Danh sách tài khoản», header of the template, then the rows. */
export async function accountListWorkbook(spec: AccountListSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách tài khoản');
  sheet.addRow(ACCOUNT_LIST_COLUMNS.map((c) => c.label));
  for (const row of accountListRows(spec)) sheet.addRow(row);
  // The template formats the ID, phone and date columns as text so leading zeros survive.
  for (const column of [3, 4, 8]) sheet.getColumn(column).numFmt = '@';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

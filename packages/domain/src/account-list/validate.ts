import { error, type Issue } from '../issue';
import type { BirthPrefix, Policy } from '../reference';
import { formatDisplayDate, fromSpreadsheetSerial, isIsoDate, parseDisplayDate } from '../values/date';
import { validateEmail } from '../values/email';
import { validatePersonName } from '../values/person-name';
import { validatePersonalId, type PersonalId } from '../values/personal-id';
import { normalizePhone } from '../values/phone';
import type { AccountRow } from './account-row';
import { ACCOUNT_LIST_COLUMN_ORDER, type AccountListColumn } from './columns';

export type { AccountRow } from './account-row';

/** A row as read from the spreadsheet. rowNumber is the spreadsheet's own (header = 1, first person = 2). */
export interface RawAccountRow {
  rowNumber: number;
  cells: Readonly<Record<AccountListColumn, string>>;
  /** Columns whose cell was a number, not text: a leading 0 may be lost, a date may be a serial. */
  numericCells?: readonly AccountListColumn[];
}

export interface AccountListContext {
  birthPrefixes: readonly BirthPrefix[];
  /** Services allowed: those registered in part 3, or the whole catalogue when checking offline. */
  serviceCodes: readonly string[];
  /** yyyy-MM-dd */
  today: string;
  policy: Policy;
}

/** path is ['ACCOUNT_LIST', 'rows', rowNumber, column] — the spreadsheet row number, as users see it. */
export interface AccountRowFinding extends Issue {
  row: number;
  column: AccountListColumn;
}

export interface AccountListValidation {
  accounts: AccountRow[];
  findings: AccountRowFinding[];
  validRows: number;
}

const TEXT_MAX = 200;
const USERNAME = /^[a-z0-9._-]{3,64}$/;
const SERVICE_SEPARATOR = /[,;]/;
const DIACRITICS = /\p{M}/gu;
const SPACES = /\s+/g;

const finding = (row: number, column: AccountListColumn, issue: Issue): AccountRowFinding => ({
  ...issue,
  path: ['ACCOUNT_LIST', 'rows', row, column],
  row,
  column,
});

/**
 * The findings of the list, and the errors of the row being checked. One object for the whole
 * list rather than closures per row: 100,000 rows would allocate 200,000 functions.
 */
class ListFindings {
  readonly all: AccountRowFinding[] = [];
  row = 0;
  rowErrors = 0;
  /** Where the current row's findings start. */
  rowStart = 0;

  startRow(row: number): void {
    this.row = row;
    this.rowErrors = 0;
    this.rowStart = this.all.length;
  }

  add(column: AccountListColumn, issue: Issue): void {
    this.all.push(finding(this.row, column, issue));
    if (issue.severity === 'error') this.rowErrors += 1;
  }
}

/** Whole years from a `yyyy-MM-dd` birth date to a day given as its year and month×100+day (as ageInYears). */
const yearsUntil = (birthIso: string, year: number, monthDay: number): number =>
  year - Number(birthIso.slice(0, 4)) - (monthDay < Number(birthIso.slice(5, 7)) * 100 + Number(birthIso.slice(8, 10)) ? 1 : 0);

const NON_ASCII = /[^\x00-\x7F]/;
const LOOSE_SPACES = /[^\S ]| {2}/;
/** Trim, and compose NFD text (macOS, old tools) — skipped for ASCII, which is most cells, to keep 100,000 rows cheap. */
const clean = (raw: string | undefined): string => (raw === undefined ? '' : NON_ASCII.test(raw) ? raw.normalize('NFC').trim() : raw.trim());
const collapseSpaces = (text: string): string => (LOOSE_SPACES.test(text) ? text.replace(SPACES, ' ') : text);

/** `Nam`/`Nữ`, also typed without diacritics or in any case (`NU`, `nu`, `nữ`). */
const parseSex = (raw: string): 'MALE' | 'FEMALE' | 'INVALID' => {
  if (raw === 'Nam') return 'MALE';
  if (raw === 'Nữ') return 'FEMALE';
  const folded = raw.normalize('NFD').replace(DIACRITICS, '').toLowerCase();
  return folded === 'nam' ? 'MALE' : folded === 'nu' ? 'FEMALE' : 'INVALID';
};

/**
 * Validates an imported account list (part 2) by the rules of domain.md §5: every finding names row and
 * column, in Vietnamese, without the personal data itself. Runs in linear time (sets and maps built once)
 * because lists reach 100,000 rows.
 */
export const validateAccountList = (rows: readonly RawAccountRow[], ctx: AccountListContext): AccountListValidation => {
  const services = new Set(ctx.serviceCodes);
  const firstRowOfId = new Map<string, number>();
  const firstRowOfUsername = new Map<string, number>();
  const list = new ListFindings();
  const findings = list.all;
  const accounts: AccountRow[] = [];
  const { accountHolderMinAge: minAge, accountHolderMaxAge: maxAge } = ctx.policy;
  const today = ctx.today;
  if (!isIsoDate(today)) throw new RangeError('validateAccountList expects ctx.today as yyyy-MM-dd');
  // Ages are counted against today split once, instead of re-checking two ISO dates per row.
  const todayYear = Number(today.slice(0, 4));
  const todayMonthDay = Number(today.slice(5, 7)) * 100 + Number(today.slice(8, 10));
  const idContext = { birthPrefixes: ctx.birthPrefixes, fromNumericCell: false };
  const idContextNumeric = { birthPrefixes: ctx.birthPrefixes, fromNumericCell: true };

  for (const raw of rows) {
    const row = raw.rowNumber;
    const cells = raw.cells;
    // Explicit fields rather than a record built in a loop: a fixed-shape object stays fast at 100,000 rows.
    const c = {
      fullName: clean(cells.fullName),
      personalId: clean(cells.personalId),
      dateOfBirth: clean(cells.dateOfBirth),
      sex: clean(cells.sex),
      position: clean(cells.position),
      workUnit: clean(cells.workUnit),
      phone: clean(cells.phone),
      email: clean(cells.email),
      username: clean(cells.username),
      services: clean(cells.services),
    };
    // A completely empty row is layout, not a person (whole-sheet formatting makes many of them).
    if (
      c.fullName === '' && c.personalId === '' && c.dateOfBirth === '' && c.sex === '' && c.position === '' && c.workUnit === '' &&
      c.phone === '' && c.email === '' && c.username === '' && c.services === '' && clean(cells.index) === ''
    ) {
      continue;
    }
    const numeric = raw.numericCells;
    list.startRow(row);

    // Họ và tên
    const name = validatePersonName(c.fullName);
    if (!name.ok) for (const i of name.issues) list.add('fullName', i);

    // Số định danh cá nhân
    let id: PersonalId | null = null;
    const idResult = validatePersonalId(c.personalId, (numeric !== undefined && numeric.includes('personalId')) ? idContextNumeric : idContext);
    if (idResult.ok) {
      id = idResult.value;
      for (const w of idResult.warnings) list.add('personalId', w);
      const first = firstRowOfId.get(id.value);
      if (first === undefined) firstRowOfId.set(id.value, row);
      else list.add('personalId', error('ACCOUNT_DUPLICATE_PERSONAL_ID', `Số định danh cá nhân trùng với dòng ${first}; mỗi người chỉ được kê khai một lần.`));
    } else {
      for (const i of idResult.issues) list.add('personalId', i);
    }

    // Ngày sinh
    let dateOfBirth = '';
    if (c.dateOfBirth === '') {
      list.add('dateOfBirth', error('DATE_OF_BIRTH_REQUIRED', 'Cần nhập ngày sinh dạng dd/MM/yyyy.'));
    } else {
      const iso = parseDisplayDate(c.dateOfBirth) ?? ((numeric !== undefined && numeric.includes('dateOfBirth')) ? fromSpreadsheetSerial(c.dateOfBirth) : null);
      if (iso === null) {
        list.add('dateOfBirth', error('DATE_OF_BIRTH_FORMAT', 'Ngày sinh phải có dạng dd/MM/yyyy và là một ngày có thật, ví dụ 05/03/1990.'));
      } else {
        dateOfBirth = iso;
        const year = Number(iso.slice(0, 4));
        if (id !== null && year !== id.yearOfBirth) {
          list.add(
            'dateOfBirth',
            error(
              'DATE_OF_BIRTH_ID_MISMATCH',
              'Năm sinh không khớp với thế kỷ và năm sinh ghi trong số định danh cá nhân (chữ số thứ 4 đến 6); hãy kiểm tra lại một trong hai.',
            ),
          );
        }
        const age = iso <= today ? yearsUntil(iso, todayYear, todayMonthDay) : -1;
        if (age < minAge || age > maxAge) {
          list.add('dateOfBirth', error('DATE_OF_BIRTH_AGE_OUT_OF_RANGE', `Tuổi của người sử dụng phải từ ${minAge} đến ${maxAge}; hãy kiểm tra ngày sinh.`));
        }
      }
    }

    // Giới tính (optional; when given, digit 4 of the ID decides)
    let sex: 'MALE' | 'FEMALE' | null = null;
    if (c.sex !== '') {
      const parsed = parseSex(c.sex);
      if (parsed === 'INVALID') {
        list.add('sex', error('SEX_INVALID', 'Giới tính ghi "Nam" hoặc "Nữ", hoặc để trống.'));
      } else {
        sex = parsed;
        if (id !== null && id.sex !== parsed) {
          list.add('sex', error('SEX_ID_MISMATCH', 'Giới tính không khớp với chữ số thứ 4 của số định danh cá nhân.'));
        }
      }
    }

    // Chức vụ, Đơn vị công tác
    const position = collapseSpaces(c.position);
    if (position === '') list.add('position', error('POSITION_REQUIRED', 'Cần nhập chức vụ.'));
    else if (position.length > TEXT_MAX) list.add('position', error('POSITION_TOO_LONG', `Chức vụ không quá ${TEXT_MAX} ký tự.`));
    const workUnit = collapseSpaces(c.workUnit);
    if (workUnit === '') list.add('workUnit', error('WORK_UNIT_REQUIRED', 'Cần nhập đơn vị công tác.'));
    else if (workUnit.length > TEXT_MAX) list.add('workUnit', error('WORK_UNIT_TOO_LONG', `Đơn vị công tác không quá ${TEXT_MAX} ký tự.`));

    // Số điện thoại
    const phone = normalizePhone(c.phone, { fromNumericCell: (numeric !== undefined && numeric.includes('phone')) });
    if (!phone.ok) for (const i of phone.issues) list.add('phone', i);

    // Email
    const email = validateEmail(c.email);
    if (email.ok) for (const w of email.warnings) list.add('email', w);
    else for (const i of email.issues) list.add('email', i);

    // Tên tài khoản (case-insensitive, stored lower-case)
    const username = c.username.toLowerCase();
    if (username === '') {
      list.add('username', error('USERNAME_REQUIRED', 'Cần nhập tên tài khoản.'));
    } else if (!USERNAME.test(username)) {
      list.add('username', error('USERNAME_FORMAT', 'Tên tài khoản gồm 3–64 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.'));
    } else {
      const first = firstRowOfUsername.get(username);
      if (first === undefined) firstRowOfUsername.set(username, row);
      else list.add('username', error('USERNAME_DUPLICATE', `Tên tài khoản trùng với dòng ${first}; mỗi tài khoản phải có tên riêng.`));
    }

    // Dịch vụ
    const serviceList: string[] = [];
    for (const part of c.services.split(SERVICE_SEPARATOR)) {
      const code = part.trim();
      if (code === '' || serviceList.includes(code)) continue;
      serviceList.push(code);
      if (!services.has(code)) {
        list.add('services', error('SERVICE_NOT_REGISTERED', `Dịch vụ "${code}" không có trong các dịch vụ đã đăng ký ở Phiếu đăng ký sử dụng dịch vụ.`));
      }
    }
    if (serviceList.length === 0) list.add('services', error('SERVICES_REQUIRED', 'Cần ghi ít nhất một mã dịch vụ, cách nhau bằng dấu phẩy hoặc chấm phẩy.'));

    if (list.rowErrors === 0 && id !== null && name.ok && phone.ok && email.ok) {
      accounts.push({
        rowNumber: row,
        fullName: name.value,
        personalId: id.value,
        dateOfBirth,
        sex,
        position,
        workUnit,
        phone: phone.value,
        email: email.value,
        username,
        services: serviceList,
      });
    }
    // Findings of one row were pushed in check order; put them in the template's column order.
    if (findings.length - list.rowStart > 1) {
      const mine = findings.splice(list.rowStart).sort((a, b) => ACCOUNT_LIST_COLUMN_ORDER[a.column] - ACCOUNT_LIST_COLUMN_ORDER[b.column]);
      findings.push(...mine);
    }
  }

  // Rows normally arrive in order; sort only if they did not (stable, so column order is kept).
  for (let i = 1; i < findings.length; i++) {
    if ((findings[i - 1]?.row ?? 0) > (findings[i]?.row ?? 0)) {
      findings.sort((a, b) => a.row - b.row);
      break;
    }
  }
  return { accounts, findings, validRows: accounts.length };
};

/** The inverse of validation, to re-check stored accounts (e.g. against the services of part 3). */
export const accountRowToRaw = (account: AccountRow): RawAccountRow => ({
  rowNumber: account.rowNumber,
  cells: {
    index: '',
    fullName: account.fullName,
    personalId: account.personalId,
    dateOfBirth: isIsoDate(account.dateOfBirth) ? formatDisplayDate(account.dateOfBirth) : account.dateOfBirth,
    sex: account.sex === 'MALE' ? 'Nam' : account.sex === 'FEMALE' ? 'Nữ' : '',
    position: account.position,
    workUnit: account.workUnit,
    phone: account.phone,
    email: account.email,
    username: account.username,
    services: account.services.join(';'),
  },
});

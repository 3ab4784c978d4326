/**
 * The downloadable template of the account list (part 2, domain.md §5): the list sheet with the
 * template's header row and every column as Text, drop-downs for Dịch vụ (from the catalogue) and
 * Giới tính, input prompts where the format matters; a «Hướng dẫn» sheet in Vietnamese; and the
 * catalogue on a hidden sheet that the Dịch vụ drop-down refers to.
 *
 * The list sheet comes first and is the only visible sheet whose row 1 is the header, which is
 * how readAccountSheet picks the sheet to read.
 */
import { ACCOUNT_LIST_COLUMNS, DEFAULT_POLICY, type AccountListColumn } from '@ketnoi/domain';
import type ExcelJS from 'exceljs';
import { ACCOUNT_SHEET_NAME, addAccountSheet, columnLetter, columnNumberOf, HEADER_STYLE, TEXT_FORMAT } from './account-sheet-layout.js';
import { DEFAULT_SHEET_LIMITS } from './sheet-limits.js';
import { xlsxBytes } from './xlsx-bytes.js';

export const GUIDE_SHEET_NAME = 'Hướng dẫn';
export const CATALOGUE_SHEET_NAME = 'Danh mục dịch vụ';

export interface AccountTemplateOptions {
  /** The service catalogue (active services), in the order the drop-down shows them. */
  readonly services: readonly { readonly code: string; readonly name: string }[];
  /** Age range of account holders ([policy], domain.md §5); default DEFAULT_POLICY's. */
  readonly ageRange?: { readonly min: number; readonly max: number };
}

/** Validations cover as many rows as the reader accepts (header + maxDataRows). */
const LAST_ROW = DEFAULT_SHEET_LIMITS.maxDataRows + 1;

/** exceljs's types leave out the sheets' data validations, and the type `any` (a prompt without a rule). */
type Validation = Omit<ExcelJS.DataValidation, 'type' | 'formulae'> & { type: ExcelJS.DataValidation['type'] | 'any'; formulae?: string[] };
type ValidatedSheet = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: Validation): void } };

const SEPARATOR_HINT = 'Nhiều dịch vụ: ghi các mã cách nhau bằng dấu chấm phẩy (;) hoặc dấu phẩy (,)';

export async function writeAccountTemplate(options: AccountTemplateOptions): Promise<Uint8Array> {
  const services = options.services;
  const age = options.ageRange ?? { min: DEFAULT_POLICY.accountHolderMinAge, max: DEFAULT_POLICY.accountHolderMaxAge };
  return xlsxBytes((workbook) => {
    const list = addAccountSheet(workbook) as ValidatedSheet;
    const range = (key: AccountListColumn) => `${columnLetter(columnNumberOf(key))}2:${columnLetter(columnNumberOf(key))}${LAST_ROW}`;
    // Excel limits: prompt title 32 characters, prompt 255, error message 225.
    list.dataValidations.add(range('personalId'), {
      type: 'any',
      showInputMessage: true,
      promptTitle: 'Số định danh cá nhân',
      prompt: 'Đúng 12 chữ số, giữ nguyên số 0 ở đầu (ví dụ 040195004321). Không dùng số CMND 9 chữ số.',
    });
    list.dataValidations.add(range('dateOfBirth'), {
      type: 'any',
      showInputMessage: true,
      promptTitle: 'Ngày sinh',
      prompt: 'Ghi dạng dd/MM/yyyy, ví dụ 05/03/1990. Năm sinh phải khớp với số định danh cá nhân.',
    });
    list.dataValidations.add(range('sex'), {
      type: 'list',
      allowBlank: true,
      formulae: ['"Nam,Nữ"'],
      showInputMessage: true,
      promptTitle: 'Giới tính',
      prompt: 'Chọn Nam hoặc Nữ, hoặc để trống. Phải khớp với chữ số thứ 4 của số định danh cá nhân.',
      // A warning, not a stop: the list also accepts "nu", "NAM"… as the reader's rules do.
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Giới tính',
      error: 'Giới tính ghi «Nam» hoặc «Nữ», hoặc để trống.',
    });
    list.dataValidations.add(range('phone'), {
      type: 'any',
      showInputMessage: true,
      promptTitle: 'Số điện thoại',
      prompt: 'Số di động: 0 hoặc +84 rồi 9 chữ số, ví dụ 0912345678 hoặc +84912345678.',
    });
    const servicesPrompt = `Chọn một mã trong danh sách. ${SEPARATOR_HINT}, ví dụ XAC_THUC_THONG_TIN;TRA_CUU_THONG_TIN.`;
    list.dataValidations.add(
      range('services'),
      services.length > 0
        ? {
            type: 'list',
            allowBlank: true,
            formulae: [`'${CATALOGUE_SHEET_NAME}'!$A$2:$A$${services.length + 1}`],
            showInputMessage: true,
            promptTitle: 'Dịch vụ',
            prompt: servicesPrompt,
            // Off on purpose: a cell with several codes is not one item of the list, and is valid.
            showErrorMessage: false,
          }
        : { type: 'any', showInputMessage: true, promptTitle: 'Dịch vụ', prompt: servicesPrompt },
    );
    list.commit();

    writeGuide(workbook.addWorksheet(GUIDE_SHEET_NAME), services, age);

    const catalogue = workbook.addWorksheet(CATALOGUE_SHEET_NAME, { state: 'hidden' });
    catalogue.columns = [
      { width: 28, style: { numFmt: TEXT_FORMAT } },
      { width: 60, style: { numFmt: TEXT_FORMAT } },
    ];
    headerRow(catalogue, ['Mã dịch vụ', 'Tên dịch vụ']);
    for (const s of services) catalogue.addRow([s.code, s.name]).commit();
    catalogue.commit();
  });
}

/** What each column means and its rule, as the reader's validation applies it. */
function columnGuide(age: { min: number; max: number }): Record<AccountListColumn, [meaning: string, rule: string]> {
  return {
    index: ['Số thứ tự.', 'Không bắt buộc; chỉ để tiện theo dõi.'],
    fullName: ['Họ và tên đầy đủ của người sử dụng tài khoản.', 'Bắt buộc; 2–100 ký tự; chữ cái tiếng Việt có dấu, dấu cách, dấu nháy đơn (\') và gạch ngang (-).'],
    personalId: [
      'Số định danh cá nhân (số căn cước) của người sử dụng.',
      'Bắt buộc; đúng 12 chữ số, giữ nguyên số 0 ở đầu. Không dùng số CMND 9 chữ số. Không được trùng với dòng khác.',
    ],
    dateOfBirth: [
      'Ngày sinh.',
      `Bắt buộc; dạng dd/MM/yyyy (ví dụ 05/03/1990); năm sinh phải khớp với chữ số thứ 4–6 của số định danh cá nhân; tuổi từ ${age.min} đến ${age.max}.`,
    ],
    sex: ['Giới tính.', 'Không bắt buộc; ghi «Nam» hoặc «Nữ»; nếu ghi thì phải khớp với chữ số thứ 4 của số định danh cá nhân (chẵn: Nam, lẻ: Nữ).'],
    position: ['Chức vụ của người sử dụng.', 'Bắt buộc; tối đa 200 ký tự.'],
    workUnit: ['Đơn vị công tác (phòng, ban) của người sử dụng.', 'Bắt buộc; tối đa 200 ký tự; phải thuộc đơn vị chủ quản của hệ thống.'],
    phone: ['Số điện thoại di động.', 'Bắt buộc; số 0 hoặc +84 rồi 9 chữ số, đầu số di động 03, 05, 07, 08, 09 (ví dụ 0912345678 hoặc +84912345678).'],
    email: ['Thư điện tử công vụ.', 'Bắt buộc; địa chỉ hợp lệ; tên miền không phải gov.vn sẽ được cảnh báo.'],
    username: [
      'Tên tài khoản dùng để đăng nhập hệ thống.',
      'Bắt buộc; 3–64 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang; không được trùng với dòng khác.',
    ],
    services: [
      'Các dịch vụ người này được sử dụng.',
      `Bắt buộc; một hoặc nhiều mã dịch vụ. ${SEPARATOR_HINT}. Mỗi dịch vụ phải đã được đăng ký ở phần «Phiếu đăng ký sử dụng dịch vụ» của hồ sơ.`,
    ],
  };
}

const RULES = [
  `Ghi danh sách ở trang «${ACCOUNT_SHEET_NAME}»: mỗi người một dòng, bắt đầu từ dòng 2. Không sửa, xoá, thêm hay đổi thứ tự các cột của dòng tiêu đề (dòng 1).`,
  'Các cột đã được định dạng Văn bản (Text). Khi chép từ tệp khác, hãy dùng «Dán giá trị» (Paste Values) để giữ số 0 ở đầu số định danh cá nhân và dấu + của số điện thoại.',
  'Mỗi người chỉ kê khai một lần: không trùng số định danh cá nhân, không trùng tên tài khoản.',
  'Chỉ ghi các dịch vụ đã đăng ký ở phần «Phiếu đăng ký sử dụng dịch vụ» của hồ sơ.',
  'Lưu tệp dạng .xlsx (hoặc CSV UTF-8) rồi tải lên ở phần «Danh sách tài khoản» của hồ sơ. Hệ thống báo từng lỗi theo dòng và cột; chưa lưu gì khi danh sách còn lỗi, trừ khi bạn xác nhận chỉ lưu các dòng hợp lệ.',
  'Số định danh cá nhân và số điện thoại là dữ liệu cá nhân: chỉ gửi tệp qua hệ thống, không gửi qua thư điện tử hay mạng xã hội.',
];

function writeGuide(sheet: ExcelJS.Worksheet, services: AccountTemplateOptions['services'], age: { min: number; max: number }): void {
  sheet.columns = [{ width: 24 }, { width: 48 }, { width: 90 }];
  const wrap: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  const title = sheet.addRow(['Hướng dẫn ghi danh sách tài khoản sử dụng dịch vụ (thành phần 2 của hồ sơ)']);
  title.getCell(1).font = { name: 'Calibri', bold: true, size: 14 };
  title.commit();
  sheet.addRow([]).commit();

  heading(sheet, 'Quy tắc chung');
  RULES.forEach((rule, i) => {
    const row = sheet.addRow([`${i + 1}.`, rule]);
    sheet.mergeCells(row.number, 2, row.number, 3);
    row.getCell(2).alignment = wrap;
    row.commit();
  });
  sheet.addRow([]).commit();

  heading(sheet, 'Các cột');
  headerRow(sheet, ['Cột', 'Ý nghĩa', 'Quy tắc']);
  const guide = columnGuide(age);
  for (const c of ACCOUNT_LIST_COLUMNS) {
    const [meaning, rule] = guide[c.key];
    const row = sheet.addRow([c.label, meaning, rule]);
    row.getCell(1).font = { name: 'Calibri', size: 11, bold: true };
    row.eachCell((cell) => (cell.alignment = wrap));
    row.commit();
  }
  sheet.addRow([]).commit();

  heading(sheet, 'Danh mục dịch vụ');
  headerRow(sheet, ['Mã dịch vụ', 'Tên dịch vụ']);
  for (const s of services) sheet.addRow([s.code, s.name]).commit();
  sheet.commit();
}

function heading(sheet: ExcelJS.Worksheet, text: string): void {
  const row = sheet.addRow([text]);
  row.getCell(1).font = { name: 'Calibri', bold: true, size: 12 };
  row.commit();
}

function headerRow(sheet: ExcelJS.Worksheet, labels: readonly string[]): void {
  const row = sheet.addRow([...labels]);
  row.eachCell((cell) => (cell.style = { ...HEADER_STYLE, alignment: { vertical: 'middle', wrapText: true } }));
  row.commit();
}

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, pageErrors } from './browser.ts';
import { login, SUBMITTER_LOGIN_PATH } from './login.ts';
import { apiAs } from './api-as.ts';
import { step } from './screenshot.ts';

/**
 * Issue 3's journey, end to end in Chromium: a unit declares a system, fills the four parts (an
 * account list with errors first, then fixed), generates and uploads its commitment, submits and
 * gets its receipt; PC06 returns it through the API; the unit fixes the row named and resubmits.
 */
const SYSTEM = 'Hệ thống quản lý hồ sơ bệnh án điện tử Nghệ An';
const HEADER = 'STT,Họ và tên,Số định danh cá nhân,Ngày sinh,Giới tính,Chức vụ,Đơn vị công tác,Số điện thoại,Email,Tên tài khoản,Dịch vụ';
const PEOPLE = [
  ['Nguyễn Thị Mai', '040190004101', '12/03/1990', 'Nữ', 'Chuyên viên', 'Phòng Nghiệp vụ Y', '0912000101', 'mai.nt@syt.nghean.gov.vn', 'maint', 'TRA_CUU_THONG_TIN'],
  ['Phạm Văn Đức', '040085004102', '01/07/1985', 'Nam', 'Trưởng phòng', 'Phòng Nghiệp vụ Y', '+84912000102', 'duc.pv@syt.nghean.gov.vn', 'ducpv', 'TRA_CUU_THONG_TIN'],
  ['Hồ Thị Ngọc Ánh', '040195004103', '25/12/1995', 'Nữ', 'Chuyên viên', 'Văn phòng Sở', '0388000103', 'anh.htn@syt.nghean.gov.vn', 'anhhtn', 'TRA_CUU_THONG_TIN'],
] as const;
const csv = (rows: readonly (readonly string[])[]) => Buffer.from(`\ufeff${[HEADER, ...rows.map((r, i) => [String(i + 1), ...r].join(','))].join('\r\n')}\r\n`, 'utf8');

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/** A reviewer acting through the HTTP API, as the PC06 app will: same-origin JSON with its own session. */
describe('submitter: a dossier from the first system to a resubmission', () => {
  it('declares, fills, imports (with errors, then fixed), submits, gets a receipt, and answers a return', { timeout: 240_000 }, async () => {
    const page = await openPage(SUBMITTER_LOGIN_PATH);
    await login(page, 'nghean.canbo');

    // 1. The system.
    await page.getByRole('link', { name: 'Hệ thống thông tin', exact: true }).click();
    await h1(page, 'Hệ thống thông tin');
    await page.getByRole('button', { name: 'Thêm hệ thống' }).click();
    await page.getByLabel('Tên hệ thống').fill(SYSTEM);
    await page.getByLabel('Mục đích sử dụng').fill('Xác thực thông tin người bệnh khi khám chữa bệnh bảo hiểm y tế.');
    await page.getByLabel('Địa chỉ truy cập').fill('benhan.syt.nghean.gov.vn');
    await page.getByLabel('Đơn vị vận hành').fill('Trung tâm Công nghệ thông tin Sở Y tế');
    await page.getByLabel('Cấp độ an toàn hệ thống thông tin').selectOption({ label: 'Cấp độ 3' });
    await page.getByLabel('Số, ký hiệu quyết định phê duyệt cấp độ').fill('88/QĐ-SYT');
    await page.getByLabel('Ngày ban hành quyết định').fill('10/05/2025');
    await page.getByLabel('Kênh kết nối').selectOption('LGSP');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('cell', { name: SYSTEM }).waitFor();
    await step(page, 'hệ thống đã thêm', 'journey-01-he-thong');

    // 2. A new dossier for it.
    await page.getByRole('link', { name: 'Hồ sơ', exact: true }).click();
    await page.getByRole('button', { name: 'Tạo hồ sơ mới' }).click();
    await page.getByLabel('Hệ thống thông tin cần kết nối').selectOption({ label: SYSTEM });
    await page.getByRole('button', { name: 'Tạo hồ sơ', exact: true }).click();
    await h1(page, /^KN-\d{4}-\d{6}$/);
    const dossierUrl = new URL(page.url()).pathname;
    const dossierId = dossierUrl.split('/').pop()!;
    await page.getByText(/^Còn \d+ mục cần bổ sung trước khi nộp/).waitFor();
    await step(page, 'hồ sơ mới, danh sách kiểm tra', 'journey-02-ho-so-moi');

    // 3. Part 3, the service registration (the account list's services must be registered first).
    await page.getByRole('link', { name: '3. Phiếu đăng ký sử dụng dịch vụ' }).click();
    await h1(page, 'Phần 3 — Phiếu đăng ký sử dụng dịch vụ');
    await page.getByRole('button', { name: 'Thêm dịch vụ' }).click();
    await page.getByLabel(/^Dịch vụ\s*\(dịch vụ 1\)/).selectOption('TRA_CUU_THONG_TIN');
    await page.getByLabel('Mã thủ tục hành chính').fill('1.004567');
    await page.getByLabel('Tên thủ tục hành chính').fill('Khám bệnh, chữa bệnh bảo hiểm y tế');
    await page.getByLabel('Mục đích sử dụng').fill('Tra cứu thông tin người bệnh khi tiếp nhận khám chữa bệnh.');
    await page.getByLabel('Căn cứ pháp lý').fill('Luật Khám bệnh, chữa bệnh 2023; Nghị định 104/2022/NĐ-CP');
    await page.getByLabel('Lưu lượng dự kiến').fill('2.000');
    await page.getByLabel('Lưu lượng cao điểm').fill('10');
    await page.getByRole('button', { name: 'Lưu phiếu đăng ký' }).click();
    await page.getByText('Đã lưu phiếu đăng ký (1 dịch vụ).').waitFor();
    await step(page, 'phần 3', 'journey-03-dang-ky-dich-vu');

    // 4. Part 2: a list with two errors is refused with its rows named; nothing is stored.
    await page.goto(`${dossierUrl}/danh-sach-tai-khoan`);
    await h1(page, 'Phần 2 — Danh sách tài khoản sử dụng dịch vụ');
    const template = await page.request.get('/files/account-template.xlsx');
    expect(template.ok()).toBe(true);
    expect((await template.body()).subarray(0, 2).toString()).toBe('PK');
    const broken: string[][] = PEOPLE.map((p) => [...p]);
    broken[0]![1] = '40190004101'; // a lost leading zero: 11 digits
    broken[2]![2] = '31/02/1995'; // no such day
    await page.setInputFiles('#account-file', { name: 'danh-sach.csv', mimeType: 'text/csv', buffer: csv(broken) });
    await page.getByRole('button', { name: 'Nhập danh sách' }).click();
    await page.getByRole('heading', { name: /Tệp “danh-sach.csv” có 2 lỗi/ }).waitFor();
    const errorsTable = page.getByRole('table', { name: /Lỗi và lưu ý trong tệp/ });
    await errorsTable.getByRole('row', { name: /^2 Số định danh cá nhân/ }).waitFor();
    await errorsTable.getByRole('row', { name: /^4 Ngày sinh/ }).waitFor();
    await page.getByText('Chưa có tài khoản nào.').waitFor();
    const errorCopy = page.getByRole('link', { name: /bản sao tệp có cột ghi lỗi/ });
    const copy = await page.request.get((await errorCopy.getAttribute('href'))!);
    expect(copy.headers()['content-type']).toContain('spreadsheetml');
    await step(page, 'danh sách có lỗi', 'journey-04-danh-sach-loi');

    // Fixed, imported again: stored at once.
    await page.setInputFiles('#account-file', { name: 'danh-sach-da-sua.csv', mimeType: 'text/csv', buffer: csv(PEOPLE) });
    await page.getByRole('button', { name: 'Nhập danh sách' }).click();
    await page.getByText('Đã lưu danh sách 3 tài khoản từ tệp “danh-sach-da-sua.csv”.').waitFor();
    const listTable = page.getByRole('table', { name: /Tài khoản đề nghị cấp/ });
    await listTable.getByRole('row', { name: /Phạm Văn Đức/ }).waitFor();
    expect(await listTable.textContent()).not.toContain('040085004102');
    await step(page, 'danh sách đã lưu', 'journey-05-danh-sach');

    // 5. Part 1: the generated commitment, signed (here: the same PDF) and uploaded.
    await page.goto(`${dossierUrl}/cam-ket`);
    await h1(page, 'Phần 1 — Bản cam kết của tổ chức');
    const generated = await page.request.get(`/files/dossiers/${dossierId}/commitment.pdf`);
    expect(generated.headers()['content-type']).toBe('application/pdf');
    const pdf = await generated.body();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByLabel('Tệp PDF bản cam kết đã ký').setInputFiles({ name: 'ban-cam-ket-da-ky.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByText('Đã tải lên ban-cam-ket-da-ky.pdf.').waitFor();
    await page.getByLabel('Số, ký hiệu văn bản').fill('45/CK-SYT');
    await page.getByLabel('Ngày ban hành').fill('20/11/2026');
    await page.getByLabel('Cơ quan ban hành').fill('Sở Y tế tỉnh Nghệ An');
    await page.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn Hùng');
    await page.getByLabel('Chức vụ người ký').fill('Giám đốc');
    await page.getByRole('button', { name: 'Lưu bản cam kết' }).click();
    await page.getByText('Đã lưu bản cam kết 45/CK-SYT.').waitFor();
    await step(page, 'phần 1', 'journey-06-cam-ket');

    // 6. Part 4: the survey and A05's confirmation.
    await page.goto(`${dossierUrl}/an-ninh`);
    await h1(page, 'Phần 4 — Bảo đảm an ninh, an toàn thông tin');
    await page.getByLabel('Các loại thông tin hệ thống xử lý').fill('Thông tin công dân\nHồ sơ bệnh án');
    await page.getByLabel('Loại hệ thống').fill('Hệ thống thông tin chuyên ngành y tế');
    await page.getByLabel('Cấp độ an toàn hệ thống thông tin').selectOption({ label: 'Cấp độ 3' });
    await page.getByLabel('Số, ký hiệu quyết định phê duyệt cấp độ').fill('88/QĐ-SYT');
    await page.getByLabel('Ngày phê duyệt cấp độ').fill('10/05/2025');
    await page.getByLabel('Nơi đặt hệ thống').selectOption('GOVERNMENT_CLOUD');
    await page.getByLabel('Có tường lửa (firewall)').check();
    await page.getByLabel('Có ghi nhật ký hệ thống').check();
    await page.getByLabel('Thời gian lưu nhật ký (tháng)').fill('12');
    const officer = page.getByRole('group', { name: 'Cán bộ phụ trách an toàn thông tin' });
    await officer.getByLabel('Họ và tên').fill('Trần Văn Bình');
    await officer.getByLabel('Chức vụ').fill('Phó Giám đốc Trung tâm CNTT');
    await officer.getByLabel('Thư điện tử').fill('binh.tv@syt.nghean.gov.vn');
    await officer.getByLabel('Số điện thoại di động').fill('0912 345 678');
    await page.getByLabel('Tệp PDF văn bản xác nhận').setInputFiles({ name: 'xac-nhan-a05.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByText('Đã tải lên xac-nhan-a05.pdf.').waitFor();
    await page.getByLabel('Số, ký hiệu văn bản').fill('1234/A05-P4');
    await page.getByLabel('Ngày ban hành').fill('15/11/2026');
    await page.getByLabel('Cơ quan ban hành').fill('Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao');
    await page.getByLabel('Người ký', { exact: true }).fill('Lê Văn Cường');
    await page.getByLabel('Chức vụ người ký').fill('Phó Cục trưởng');
    await page.getByLabel('Kết quả xác nhận').selectOption('PASSED');
    await page.getByLabel('Có hiệu lực đến ngày').fill('15/11/2028');
    await page.getByRole('button', { name: 'Lưu phần 4' }).click();
    await page.getByText('Đã lưu phiếu khảo sát và văn bản xác nhận.').waitFor();
    await step(page, 'phần 4', 'journey-07-an-ninh');

    // 7. Submit: the checklist is empty, the dossier goes to PC06 Nghệ An; the receipt follows.
    await page.goto(dossierUrl);
    await page.getByText('Hồ sơ đã đủ thành phần để nộp.').waitFor();
    await page.getByText(/Hồ sơ sẽ được gửi tới: .*Công an tỉnh Nghệ An/).waitFor();
    await step(page, 'hồ sơ đủ, sẵn sàng gửi', 'journey-08-san-sang-gui');
    await page.getByLabel('Tôi xác nhận nội dung hồ sơ là đúng và đầy đủ.').check();
    await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
    await h1(page, 'Phiếu tiếp nhận hồ sơ');
    await page.getByText('Hồ sơ đã được gửi. Hãy lưu mã hồ sơ để tra cứu khi cần.').waitFor();
    await page.getByText(/\(3 ngày làm việc\)/).waitFor();
    const receipt = await page.request.get(`/files/dossiers/${dossierId}/receipt.pdf`);
    expect(receipt.ok()).toBe(true);
    expect((await receipt.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await step(page, 'phiếu tiếp nhận', 'journey-09-bien-nhan');

    // 8. PC06 Nghệ An returns it through the API, naming row 3 of the list.
    const pc06 = await apiAs((await openPage()).request, 'pc06.nghean');
    let dossier = await pc06.query('dossier.get', { dossierId });
    expect(dossier.status).toBe('PROVINCIAL_REVIEW');
    const claimed = await pc06.mutate('provincial.claim', { dossierId, expectedRevision: dossier.revision, idempotencyKey: `e2e-claim-${dossierId}` });
    await pc06.mutate('provincial.return', {
      dossierId,
      expectedRevision: claimed.revision,
      idempotencyKey: `e2e-return-${dossierId}`,
      deficiencies: [{ part: 'ACCOUNT_LIST', rows: [3], reason: 'Chức vụ của người ở dòng 3 chưa khớp với quyết định phân công.' }],
    });

    // 9. The unit sees the return, fixes row 3 in place and resubmits.
    await page.goto(dossierUrl);
    await page.getByText('Chức vụ của người ở dòng 3 chưa khớp với quyết định phân công.').waitFor();
    await step(page, 'hồ sơ bị trả lại', 'journey-10-tra-lai');
    await page.getByRole('link', { name: 'Sửa phần này' }).click();
    await h1(page, 'Phần 2 — Danh sách tài khoản sử dụng dịch vụ');
    await page.getByRole('button', { name: 'Sửa dòng 3', exact: true }).click();
    const position = page.getByLabel('Chức vụ', { exact: false }).first();
    await expect.poll(() => position.inputValue(), { timeout: 10_000 }).toBe('Trưởng phòng');
    expect(await page.getByLabel('Số định danh cá nhân').inputValue()).toBe('040085004102');
    await position.fill('Phó Trưởng phòng Nghiệp vụ Y');
    await step(page, 'sửa dòng 3', 'journey-11-sua-dong');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu dòng 3.').waitFor();
    expect(await page.getByRole('table', { name: /Tài khoản đề nghị cấp/ }).textContent()).not.toContain('040085004102');

    await page.goto(`${dossierUrl}/thay-doi`);
    await page.getByText('040******102').first().waitFor();
    await step(page, 'thay đổi so với phiên bản trước', 'journey-12-thay-doi');

    await page.goto(dossierUrl);
    await page.getByLabel('Tôi xác nhận nội dung hồ sơ là đúng và đầy đủ.').check();
    await page.getByRole('button', { name: 'Gửi lại hồ sơ' }).click();
    await h1(page, 'Phiếu tiếp nhận hồ sơ');
    dossier = await pc06.query('dossier.get', { dossierId });
    expect(dossier.status).toBe('PROVINCIAL_REVIEW');
    expect(dossier.version).toBe(2);

    await page.goto(`${dossierUrl}/lich-su`);
    await page.getByText('Chức vụ của người ở dòng 3 chưa khớp với quyết định phân công.').waitFor();
    await step(page, 'lịch sử xử lý', 'journey-13-lich-su');
    expect(pageErrors(page)).toEqual([]);
  });
});

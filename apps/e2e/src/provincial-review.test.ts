import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, pageErrors } from './browser.ts';
import { loginPc06, PC06_LOGIN_PATH } from './provincial-login.ts';
import { apiAs, type Api } from './api-as.ts';
import { step } from './screenshot.ts';

/**
 * The PC06 review journey in Chromium against the real server and the demo set: a Nghệ An unit
 * submits a dossier (through the API); PC06 Nghệ An claims it on the review screen and returns it with
 * two deficiencies (one on a row of the account list); the unit fixes that row and resubmits; PC06
 * sees what changed and forwards it to C06 with its opinion; PC06 Hà Nội never sees it.
 */
const SYSTEM = 'Hệ thống tiếp nhận hồ sơ khám sức khỏe lái xe Nghệ An';
const ROW3_REASON = 'Chức vụ của người ở dòng 3 chưa khớp với quyết định phân công.';
const COMMITMENT_REASON = 'Bản cam kết chưa có dấu của đơn vị.';

/** Five people born in Nghệ An (prefix 040): the demo's connected dossier lists the same people. */
const PEOPLE = [
  ['Lương Thị Hạnh', '040195004321', '14/02/1995', 'Nữ', '0356123456', 'hanhlt', 'TRA_CUU_THONG_TIN'],
  ['Tạ Quang Huy', '040087004322', '30/11/1987', 'Nam', '0903111222', 'huytq', 'XAC_THUC_THONG_TIN;TRA_CUU_THONG_TIN'],
  ['Kiều Thị Lan', '040192004323', '05/07/1992', 'Nữ', '+84772333444', 'lankt', 'XAC_THUC_THONG_TIN'],
  ['Hà Văn Đông', '040090004324', '21/09/1990', 'Nam', '0868555666', 'donghv', 'TRA_CUU_THONG_TIN'],
  ['Lò Thị Ánh', '040302004325', '18/04/2002', 'Nữ', '0523777888', 'anhlt', 'TRA_CUU_THONG_TIN'],
] as const;

const rowsOf = (positionOfRow3: string) =>
  PEOPLE.map(([fullName, personalId, dateOfBirth, sex, phone, username, services], i) => ({
    rowNumber: i + 2,
    cells: {
      index: String(i + 1),
      fullName,
      personalId,
      dateOfBirth,
      sex,
      position: i + 2 === 3 ? positionOfRow3 : 'Chuyên viên',
      workUnit: 'Bộ phận Một cửa',
      phone,
      email: `${username}@syt.nghean.gov.vn`,
      username,
      services,
    },
  }));

let keys = 0;
const key = () => `e2e-review-${Date.now()}-${++keys}`;



/** The unit's complete dossier, submitted to PC06 Nghệ An; returns its id. */
async function submitDossier(unit: Api): Promise<string> {
  const system = await unit.mutate('submitter.systems.create', {
    idempotencyKey: key(),
    system: {
      name: SYSTEM,
      purpose: 'Xác thực thông tin người đề nghị khám sức khỏe cấp giấy phép lái xe.',
      host: 'khamsuckhoe.syt.nghean.gov.vn',
      operator: 'Trung tâm Công nghệ thông tin Sở Y tế',
      securityLevel: 3,
      securityLevelDecision: { numberAndSymbol: '91/QĐ-SYT', issuedOn: '2025-06-10' },
      connectionChannel: 'LGSP',
    },
  });
  const draft = await unit.mutate('submitter.dossiers.create', { idempotencyKey: key(), systemId: system.id });
  const dossierId: string = draft.dossierId;
  const target = async () => ({ dossierId, expectedRevision: (await unit.query('dossier.get', { dossierId })).revision, idempotencyKey: key() });
  await unit.mutate('submitter.dossiers.saveServiceRegistration', {
    ...(await target()),
    serviceRegistration: {
      lines: [
        { serviceCode: 'XAC_THUC_THONG_TIN', procedures: [{ code: '1.002345', name: 'Cấp giấy khám sức khỏe lái xe' }], purpose: 'Xác thực người đề nghị khám', legalBasis: 'Nghị định 47/2020/NĐ-CP', volumePerDay: 300, peakPerSecond: 3 },
        { serviceCode: 'TRA_CUU_THONG_TIN', procedures: [{ code: '1.004567', name: 'Đăng ký hành nghề' }], purpose: 'Tra cứu thông tin công dân', legalBasis: 'Nghị định 47/2020/NĐ-CP', volumePerDay: 100, peakPerSecond: 1 },
      ],
    },
  });
  const printout = await unit.request.get(`/files/dossiers/${dossierId}/commitment.pdf`);
  expect(printout.ok()).toBe(true);
  const pdf = (await printout.body()).toString('base64');
  const commitment = await unit.mutate('submitter.documents.upload', { idempotencyKey: key(), kind: 'ORG_COMMITMENT', fileName: 'ban-cam-ket.pdf', contentBase64: pdf });
  await unit.mutate('submitter.dossiers.saveOrgCommitment', {
    ...(await target()),
    orgCommitment: { document: { numberAndSymbol: '52/CK-SYT', issuedOn: '2026-10-05', issuer: 'Sở Y tế tỉnh Nghệ An', signer: 'Nguyễn Văn Hùng', signerPosition: 'Giám đốc', fileId: commitment.id } },
  });
  const confirmation = await unit.mutate('submitter.documents.upload', { idempotencyKey: key(), kind: 'SECURITY_CONFIRMATION', fileName: 'xac-nhan-a05.pdf', contentBase64: pdf });
  await unit.mutate('submitter.dossiers.saveSecurityConfirmation', {
    ...(await target()),
    securityConfirmation: {
      survey: {
        informationTypes: ['Thông tin cá nhân cơ bản'],
        systemType: 'Hệ thống thông tin chuyên ngành y tế',
        securityLevel: 3,
        securityLevelApproval: { numberAndSymbol: '91/QĐ-SYT', issuedOn: '2025-06-10' },
        hosting: 'GOVERNMENT_CLOUD',
        network: { firewall: true, ips: true, waf: false },
        malwareProtection: true,
        logging: { enabled: true, retentionMonths: 12 },
        monitoringSoc: false,
        lastVulnerabilityTest: { kind: 'SCAN', on: '2026-09-01' },
        backup: { enabled: true, tested: false },
        securityOfficer: { name: 'Trần Văn Bình', position: 'Phó Giám đốc Trung tâm CNTT', email: 'binh.tv@syt.nghean.gov.vn', phone: '0912345678' },
      },
      confirmation: {
        document: { numberAndSymbol: '1301/A05-P3', issuedOn: '2026-09-20', issuer: 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao', signer: 'Lê Văn Cường', signerPosition: 'Phó Cục trưởng', fileId: confirmation.id },
        result: 'PASSED',
        validUntil: '2028-09-20',
      },
    },
  });
  await unit.mutate('submitter.dossiers.replaceAccounts', { ...(await target()), rows: rowsOf('Chuyên viên') });
  await unit.mutate('submitter.dossiers.submit', await target());
  expect((await unit.query('dossier.get', { dossierId })).status).toBe('PROVINCIAL_REVIEW');
  return dossierId;
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const partCard = (page: Page, title: RegExp) => page.getByRole('region', { name: title });

describe('PC06 app (/pc06/): the review screen', () => {
  it('claims, returns with deficiencies, sees the changes of the answer, forwards to C06; another province never sees it', { timeout: 300_000 }, async () => {
    const unit = await apiAs((await openPage()).request, 'nghean.canbo');
    const dossierId = await submitDossier(unit);
    const code: string = (await unit.query('dossier.get', { dossierId })).code;
    const dossierPath = `/pc06/ho-so/${dossierId}`;

    // 1. PC06 Nghệ An opens it from a typed address: the four parts, nothing to do until claimed.
    const page = await openPage(PC06_LOGIN_PATH);
    await loginPc06(page, 'pc06.nghean');
    await page.goto(dossierPath);
    await h1(page, `Hồ sơ ${code}`);
    await page.getByRole('heading', { level: 2, name: 'Bốn thành phần hồ sơ' }).waitFor();
    await page.getByText('Hãy nhận xử lý hồ sơ để trả lại hoặc chuyển C06.').waitFor();
    expect(await page.getByRole('heading', { name: 'Trả lại để bổ sung' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Chuyển C06' }).count()).toBe(0);
    await partCard(page, /^1\. Bản cam kết/).getByText('52/CK-SYT').waitFor();
    await partCard(page, /^4\. Văn bản xác nhận/).getByText('1301/A05-P3').waitFor();
    await partCard(page, /^3\. Phiếu đăng ký/).getByText('1.002345').waitFor();
    const accounts = page.getByRole('table', { name: /^Danh sách tài khoản: 5 người$/ });
    await accounts.waitFor();
    const accountsText = (await accounts.textContent()) ?? '';
    expect(accountsText).toContain('040******321');
    expect(accountsText).not.toContain('040195004321');
    expect(accountsText).not.toContain('0356123456');
    // The demo's connected Nghệ An dossier lists the same people: a cross-dossier warning per row.
    expect(await accounts.getByText(/^Đã có trong hệ thống kết nối khác/).count()).toBe(5);
    await page.getByRole('button', { name: 'Xem bản cam kết (mở tab mới)' }).waitFor();
    const download = page.getByRole('link', { name: 'Tải về bản cam kết' });
    const file = await page.request.get((await download.getAttribute('href'))!);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await step(page, 'PC06: hồ sơ chưa nhận xử lý', 'pc06-tham-dinh-01-chua-nhan');

    // Viewing the PDF opens it in a new tab from the fetched bytes (files are served as attachments only).
    const [viewer] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Xem bản cam kết (mở tab mới)' }).click()]);
    await expect.poll(() => viewer.url()).toMatch(/^blob:/);
    await viewer.close();

    // Search is the server's: a name without diacritics.
    await page.getByLabel(/^Tìm theo họ tên/).fill('quang huy');
    await page.getByRole('button', { name: 'Tìm tài khoản' }).click();
    const searched = page.getByRole('table', { name: 'Danh sách tài khoản khớp với “quang huy”: 1 người' });
    await searched.waitFor();
    await searched.getByRole('rowheader', { name: 'Tạ Quang Huy' }).waitFor();
    await page.getByRole('button', { name: 'Bỏ tìm kiếm' }).click();
    await accounts.waitFor();

    // 2. Claim: the holder is shown and return/forward appear.
    await page.getByRole('button', { name: 'Nhận xử lý hồ sơ' }).click();
    await page.getByText(`Bạn đã nhận xử lý hồ sơ ${code}.`).waitFor();
    await page.getByText('Hoàng Văn Nam (Bạn đang xử lý)').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Trả lại để bổ sung' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Chuyển C06' }).waitFor();
    await page.getByRole('button', { name: 'Thôi nhận xử lý' }).waitFor();
    await step(page, 'PC06: đã nhận xử lý', 'pc06-tham-dinh-02-da-nhan');

    // 3. Return: a reason is required; then two deficiencies, one on row 3 of the account list.
    await page.getByRole('button', { name: 'Trả lại hồ sơ để bổ sung' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nội dung 1: cần ghi lý do.' }).waitFor();
    await step(page, 'PC06: trả lại thiếu lý do', 'pc06-tham-dinh-03-loi-tra-lai');
    await page.getByLabel('Thành phần (nội dung 1)').selectOption('ACCOUNT_LIST');
    await page.getByLabel('Các dòng trong danh sách tài khoản (nội dung 1)').fill('3');
    await page.getByLabel(/^Lý do \(nội dung 1\)/).fill(ROW3_REASON);
    await page.getByRole('button', { name: 'Thêm nội dung' }).click();
    await page.getByLabel('Thành phần (nội dung 2)').selectOption('ORG_COMMITMENT');
    expect(await page.getByLabel('Các dòng trong danh sách tài khoản (nội dung 2)').count()).toBe(0);
    await page.getByLabel(/^Lý do \(nội dung 2\)/).fill(COMMITMENT_REASON);
    await page.getByRole('button', { name: 'Trả lại hồ sơ để bổ sung' }).click();
    await page.getByText(`Đã trả lại hồ sơ ${code} cho đơn vị để bổ sung.`).waitFor();
    await page.locator('.kn-badge', { hasText: 'Trả lại để bổ sung' }).first().waitFor();
    const pdfLink = page.getByRole('link', { name: 'Tải phiếu yêu cầu bổ sung hồ sơ (PDF)' });
    expect(await pdfLink.getAttribute('href')).toBe(`/files/dossiers/${dossierId}/supplement-request.pdf`);
    const request = await page.request.get((await pdfLink.getAttribute('href'))!);
    expect(request.ok()).toBe(true);
    expect((await request.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('main').getByText(ROW3_REASON).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Trả lại để bổ sung', level: 2 }).count()).toBe(0);
    await step(page, 'PC06: đã trả lại', 'pc06-tham-dinh-04-da-tra-lai');
    const returned = await unit.query('dossier.get', { dossierId });
    expect(returned.status).toBe('RETURNED');
    expect(returned.deficiencies).toEqual([
      { part: 'ACCOUNT_LIST', rows: [3], reason: ROW3_REASON },
      { part: 'ORG_COMMITMENT', reason: COMMITMENT_REASON },
    ]);

    // 4. The unit fixes row 3 and resubmits (through the API).
    const editable = async () => ({ dossierId, expectedRevision: (await unit.query('dossier.get', { dossierId })).revision, idempotencyKey: key() });
    await unit.mutate('submitter.dossiers.replaceAccounts', { ...(await editable()), rows: rowsOf('Phó Trưởng phòng Nghiệp vụ') });
    await unit.mutate('submitter.dossiers.resubmit', await editable());
    expect((await unit.query('dossier.get', { dossierId })).version).toBe(2);

    // 5. PC06 sees version 2: what changed, the changed row flagged; claims it again if needed.
    await page.reload();
    await h1(page, `Hồ sơ ${code}`);
    const changes = page.getByRole('region', { name: 'Thay đổi so với phiên bản trước' });
    await changes.getByText('Phiên bản 2 so với phiên bản 1: 1 thay đổi.').waitFor();
    const changed = changes.getByRole('table', { name: 'Tài khoản thay đổi giữa phiên bản 1 và 2' });
    await changed.getByRole('row', { name: /040\*{6}322 Sửa 3 Chức vụ/ }).waitFor();
    const v2 = page.getByRole('table', { name: /^Danh sách tài khoản: 5 người$/ });
    await v2.getByRole('row', { name: /Tạ Quang Huy/ }).getByText('Thay đổi từ phiên bản trước').waitFor();
    expect(await v2.getByText('Thay đổi từ phiên bản trước').count()).toBe(1);
    await page.getByText('Dấu “Thay đổi từ phiên bản trước” so với phiên bản 1.').waitFor();
    const history = page.getByRole('region', { name: 'Lịch sử xử lý' });
    await history.getByRole('heading', { name: 'Nộp lại hồ sơ (phiên bản 2)' }).waitFor();
    await history.getByText(ROW3_REASON).waitFor();
    if (await page.getByRole('button', { name: 'Nhận xử lý hồ sơ' }).count()) {
      await page.getByRole('button', { name: 'Nhận xử lý hồ sơ' }).click();
      await page.getByText(`Bạn đã nhận xử lý hồ sơ ${code}.`).waitFor();
    }
    await page.getByRole('heading', { level: 2, name: 'Chuyển C06' }).waitFor();
    await step(page, 'PC06: phiên bản 2, thay đổi', 'pc06-tham-dinh-05-thay-doi');

    // The parts sit side by side on a wide screen and stack on a narrow one.
    const firstTwo = async () => {
      const [one, two] = await Promise.all([partCard(page, /^1\. Bản cam kết/).boundingBox(), partCard(page, /^2\. Danh sách tài khoản/).boundingBox()]);
      return { one: one!, two: two! };
    };
    let cards = await firstTwo();
    expect(cards.two.x).toBeGreaterThan(cards.one.x + cards.one.width - 1);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await firstTwo()).two.x).toBe(cards.one.x);
    cards = await firstTwo();
    expect(cards.two.y).toBeGreaterThan(cards.one.y + cards.one.height - 1);
    await step(page, 'PC06: màn hình hẹp', 'pc06-tham-dinh-05b-man-hinh-hep');
    await page.setViewportSize({ width: 1280, height: 800 });

    // 6. Forward: the parts' checklists feed the opinion; every part needs a result.
    await page.getByRole('button', { name: 'Chuyển hồ sơ lên C06' }).click();
    await page.getByRole('alert').filter({ hasText: 'Chọn đề xuất gửi C06.' }).waitFor();
    for (const part of [/^1\. Bản cam kết/, /^2\. Danh sách tài khoản/, /^3\. Phiếu đăng ký/, /^4\. Văn bản xác nhận/]) {
      const card = partCard(page, part);
      await card.getByRole('checkbox').first().check();
      await card.getByRole('radio', { name: 'Đạt', exact: true }).check();
    }
    const forwardForm = page.getByRole('region', { name: 'Chuyển C06' });
    for (const radio of await forwardForm.getByRole('radio', { name: 'Đạt', exact: true }).all()) expect(await radio.isChecked()).toBe(true);
    await forwardForm.getByRole('radio', { name: 'Đề nghị phê duyệt' }).check();
    await forwardForm.getByLabel('Ghi chú gửi C06').fill('Đơn vị đã bổ sung đúng nội dung yêu cầu; đề nghị C06 xem xét kết nối.');
    await step(page, 'PC06: ý kiến chuyển C06', 'pc06-tham-dinh-06-y-kien');
    await forwardForm.getByRole('button', { name: 'Chuyển hồ sơ lên C06' }).click();
    await page.getByText(`Đã chuyển hồ sơ ${code} lên C06 kèm ý kiến thẩm định.`).waitFor();
    await page.locator('.kn-badge', { hasText: 'C06 đang thẩm định' }).first().waitFor();
    await page.getByText('Ở trạng thái này bạn không có thao tác nào với hồ sơ.').waitFor();
    await page.getByRole('region', { name: 'Lịch sử xử lý' }).getByRole('heading', { name: 'Chuyển C06 kèm ý kiến thẩm định' }).waitFor();
    await step(page, 'PC06: đã chuyển C06', 'pc06-tham-dinh-07-da-chuyen');
    const forwarded = await unit.query('dossier.get', { dossierId });
    expect(forwarded.status).toBe('NATIONAL_REVIEW');
    expect(pageErrors(page)).toEqual([]);

    // 7. PC06 Hà Nội: not in the queue, not found at the address.
    const hanoi = await openPage(PC06_LOGIN_PATH);
    await loginPc06(hanoi, 'pc06.hanoi');
    await hanoi.getByRole('tab', { name: /^Tất cả/ }).click();
    await hanoi.getByRole('searchbox', { name: 'Mã hồ sơ, tên đơn vị hoặc hệ thống' }).fill(code);
    await hanoi.getByRole('button', { name: 'Tìm', exact: true }).click();
    await hanoi.getByText('Không có hồ sơ nào khớp với bộ lọc và từ khóa tìm kiếm.').waitFor();
    expect(await hanoi.getByRole('main').textContent()).not.toContain(SYSTEM);
    await step(hanoi, 'PC06 Hà Nội: tìm hồ sơ tỉnh khác', 'pc06-tham-dinh-08-ha-noi-hang-cho');
    await hanoi.goto(dossierPath);
    await h1(hanoi, 'Không tìm thấy hồ sơ');
    const main = (await hanoi.getByRole('main').textContent()) ?? '';
    expect(main).not.toContain(code);
    expect(main).not.toContain(SYSTEM);
    await step(hanoi, 'PC06 Hà Nội: không tìm thấy', 'pc06-tham-dinh-09-ha-noi-khong-thay');
  });
});

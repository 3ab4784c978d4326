import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, pageErrors } from './browser.ts';
import { C06_LOGIN_PATH, loginC06 } from './national-login.ts';
import { apiAs } from './api-as.ts';
import { step } from './screenshot.ts';

/**
 * Issue 5's C06 decisions in Chromium against the real server and the demo set:
 * (a) the Ministry of Health submits a central dossier (API); C06 claims it from the queue, approves
 *     it with the decision's reference and records the connection; the dossier shows connected and
 *     the national dashboard counts it;
 * (b) a Hà Nội unit's dossier forwarded by PC06 Hà Nội (API); C06 returns it with a deficiency on a
 *     row of the account list; the unit resubmits and PC06 forwards it again (API); C06 approves.
 */
const CENTRAL_SYSTEM = 'Hệ thống quản lý cấp phép hành nghề dược Bộ Y tế';
const LOCAL_SYSTEM = 'Hệ thống hỗ trợ đăng ký khám chữa bệnh trực tuyến Hà Nội';
const ROW3_REASON = 'Người ở dòng 3 không thuộc đơn vị chủ quản, đề nghị rà soát.';

/** Five people registered in Hà Nội (prefix 001). */
const PEOPLE = [
  ['Vũ Thị Mai', '001195006431', '14/02/1995', 'Nữ', '0356123466', 'maivt'],
  ['Đặng Quốc Bảo', '001087006432', '30/11/1987', 'Nam', '0903111232', 'baodq'],
  ['Trịnh Thu Trang', '001192006433', '05/07/1992', 'Nữ', '+84772333454', 'trangtt'],
  ['Phan Văn Lộc', '001090006434', '21/09/1990', 'Nam', '0868555676', 'locpv'],
  ['Mai Thị Ngọc', '001302006435', '18/04/2002', 'Nữ', '0523777898', 'ngocmt'],
] as const;

const rowsOf = (workUnitOfRow3: string, domain: string) =>
  PEOPLE.map(([fullName, personalId, dateOfBirth, sex, phone, username], i) => ({
    rowNumber: i + 2,
    cells: { index: String(i + 1), fullName, personalId, dateOfBirth, sex, position: 'Chuyên viên', workUnit: i + 2 === 3 ? workUnitOfRow3 : 'Phòng Công nghệ thông tin', phone, email: `${username}@${domain}`, username, services: 'TRA_CUU_THONG_TIN' },
  }));

let keys = 0;
const key = () => `e2e-c06-${Date.now()}-${++keys}`;


/** The C06 journeys' API user: also the dossier's command target as now (revision, fresh key). */
async function apiWithTarget(request: APIRequestContext, username: string) {
  const api = await apiAs(request, username);
  return {
    ...api,
    /** The dossier, its revision as now, a fresh idempotency key. */
    target: async (dossierId: string) => ({ dossierId, expectedRevision: (await api.query('dossier.get', { dossierId })).revision, idempotencyKey: key() }),
  };
}

type Api = Awaited<ReturnType<typeof apiWithTarget>>;

interface Unit {
  readonly system: string;
  readonly unitName: string;
  readonly host: string;
  readonly channel: 'NDXP' | 'LGSP';
  readonly domain: string;
  /** The A05 confirmation's last valid day, `yyyy-MM-dd`. */
  readonly validUntil: string;
}

/** A day counted from today in Hà Nội, `yyyy-MM-dd`, and as the app writes it. */
const dayFromToday = (days: number) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const display = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A complete dossier of the unit's new system, submitted; returns its id. */
async function submitDossier(unit: Api, u: Unit): Promise<string> {
  const system = await unit.mutate('submitter.systems.create', {
    idempotencyKey: key(),
    system: { name: u.system, purpose: 'Xác thực thông tin công dân khi giải quyết thủ tục hành chính.', host: u.host, operator: 'Trung tâm Công nghệ thông tin', securityLevel: 3, securityLevelDecision: { numberAndSymbol: '77/QĐ-CNTT', issuedOn: '2025-06-10' }, connectionChannel: u.channel },
  });
  const draft = await unit.mutate('submitter.dossiers.create', { idempotencyKey: key(), systemId: system.id });
  const dossierId: string = draft.dossierId;
  await unit.mutate('submitter.dossiers.saveServiceRegistration', {
    ...(await unit.target(dossierId)),
    serviceRegistration: { lines: [{ serviceCode: 'TRA_CUU_THONG_TIN', procedures: [{ code: '1.004567', name: 'Cấp chứng chỉ hành nghề' }], purpose: 'Tra cứu thông tin công dân', legalBasis: 'Nghị định 47/2020/NĐ-CP', volumePerDay: 400, peakPerSecond: 2 }] },
  });
  const printout = await unit.request.get(`/files/dossiers/${dossierId}/commitment.pdf`);
  expect(printout.ok()).toBe(true);
  const pdf = (await printout.body()).toString('base64');
  const commitment = await unit.mutate('submitter.documents.upload', { idempotencyKey: key(), kind: 'ORG_COMMITMENT', fileName: 'ban-cam-ket.pdf', contentBase64: pdf });
  await unit.mutate('submitter.dossiers.saveOrgCommitment', {
    ...(await unit.target(dossierId)),
    orgCommitment: { document: { numberAndSymbol: '61/CK-CNTT', issuedOn: '2026-10-05', issuer: u.unitName, signer: 'Nguyễn Văn Hùng', signerPosition: 'Thủ trưởng đơn vị', fileId: commitment.id } },
  });
  const confirmation = await unit.mutate('submitter.documents.upload', { idempotencyKey: key(), kind: 'SECURITY_CONFIRMATION', fileName: 'xac-nhan-a05.pdf', contentBase64: pdf });
  await unit.mutate('submitter.dossiers.saveSecurityConfirmation', {
    ...(await unit.target(dossierId)),
    securityConfirmation: {
      survey: {
        informationTypes: ['Thông tin cá nhân cơ bản'],
        systemType: 'Hệ thống thông tin chuyên ngành',
        securityLevel: 3,
        securityLevelApproval: { numberAndSymbol: '77/QĐ-CNTT', issuedOn: '2025-06-10' },
        hosting: 'GOVERNMENT_CLOUD',
        network: { firewall: true, ips: true, waf: true },
        malwareProtection: true,
        logging: { enabled: true, retentionMonths: 12 },
        monitoringSoc: true,
        lastVulnerabilityTest: { kind: 'SCAN', on: '2026-09-01' },
        backup: { enabled: true, tested: true },
        securityOfficer: { name: 'Trần Văn Bình', position: 'Phó Giám đốc Trung tâm CNTT', email: `binh.tv@${u.domain}`, phone: '0912345678' },
      },
      confirmation: {
        document: { numberAndSymbol: '1402/A05-P3', issuedOn: '2026-09-20', issuer: 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao', signer: 'Lê Văn Cường', signerPosition: 'Phó Cục trưởng', fileId: confirmation.id },
        result: 'PASSED',
        validUntil: u.validUntil,
      },
    },
  });
  await unit.mutate('submitter.dossiers.replaceAccounts', { ...(await unit.target(dossierId)), rows: rowsOf('Phòng Công nghệ thông tin', u.domain) });
  await unit.mutate('submitter.dossiers.submit', await unit.target(dossierId));
  return dossierId;
}

/** PC06 Hà Nội claims the dossier (if it is not already its officer's) and forwards it to C06 recommending approval. */
async function forwardByPc06(pc06: Api, dossierId: string): Promise<void> {
  const d = await pc06.query('dossier.get', { dossierId });
  if (d.allowedCommands.includes('CLAIM')) await pc06.mutate('provincial.claim', await pc06.target(dossierId));
  await pc06.mutate('provincial.forward', {
    ...(await pc06.target(dossierId)),
    opinion: { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' }, recommendation: 'APPROVE', note: 'Hồ sơ đầy đủ; đề nghị C06 xem xét kết nối.' },
  });
  expect((await pc06.query('dossier.get', { dossierId })).status).toBe('NATIONAL_REVIEW');
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const statusBadge = (page: Page, text: string) => page.getByRole('region', { name: 'Thông tin chung' }).locator('.kn-badge', { hasText: text }).waitFor();
const decisions = (page: Page) => page.getByRole('region', { name: 'Quyết định của C06' });
const decision = (page: Page, name: string) => decisions(page).getByRole('region', { name });
const queueRow = (page: Page, code: string) => page.getByRole('table', { name: /: \d+ hồ sơ$/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: code }) });

async function searchQueue(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Mã hồ sơ, tên đơn vị hoặc hệ thống' }).fill(text);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
}

describe('C06 app (/c06/): queue and decisions', () => {
  it('(a) claims a central dossier from the queue, approves it with its decision, records the connection; the dashboard counts it', { timeout: 300_000 }, async () => {
    const unit = await apiWithTarget((await openPage()).request, 'boyte.canbo');
    // Its A05 confirmation ends in 20 days: flagged as expiring in the queue and on the dossier.
    const validUntil = dayFromToday(20);
    const dossierId = await submitDossier(unit, { system: CENTRAL_SYSTEM, unitName: 'Bộ Y tế', host: 'duoc.moh.gov.vn', channel: 'NDXP', domain: 'moh.gov.vn', validUntil });
    const { code, status } = await unit.query('dossier.get', { dossierId });
    expect(status).toBe('NATIONAL_REVIEW');

    // 1. The queue: the central dossier waits to be received, with no province and no PC06 opinion.
    const page = await openPage(C06_LOGIN_PATH);
    await loginC06(page);
    const c06 = await apiWithTarget(page.request, 'c06.thamdinh');
    const before = await c06.query('national.dashboard.overview', { granularity: 'month', periods: 12 });
    await page.getByRole('table').waitFor();
    await page.getByRole('tab', { name: /^Chờ tiếp nhận/ }).waitFor();
    expect(await page.getByRole('tab', { name: /Đã chuyển C06/ }).count()).toBe(0);
    await searchQueue(page, 'cap phep hanh nghe duoc');
    const row = queueRow(page, code);
    await row.waitFor();
    expect(new URL(page.url()).search).toBe('?tim=cap+phep+hanh+nghe+duoc');
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Bộ Y tế');
    expect(text).toContain('Trung ương');
    expect(text).toContain('Không qua PC06');
    expect(text).toMatch(/Còn \d+ ngày làm việc|Đến hạn hôm nay/);
    expect(text).toContain(`Xác nhận A05 sắp hết hạn: hiệu lực đến ${display(validUntil)}`);
    await step(page, 'C06: hàng chờ, tìm hồ sơ trung ương', 'c06-quyet-dinh-01-hang-cho');

    // 2. Claim from the row, then open it (Enter on the row's link).
    await row.getByRole('button', { name: `Nhận xử lý hồ sơ ${code}` }).click();
    await page.getByText(`Bạn đã nhận xử lý hồ sơ ${code}.`).waitFor();
    // Claimed, it leaves "to receive" for "in review", where it reads as the officer's own.
    await page.getByText('Không có hồ sơ nào khớp với bộ lọc và từ khóa tìm kiếm.').waitFor();
    await page.getByRole('tab', { name: /^Đang thẩm định/ }).click();
    expect(new URL(page.url()).search).toBe('?nhom=dang-tham-dinh&tim=cap+phep+hanh+nghe+duoc');
    await queueRow(page, code).getByText('Bạn đang xử lý').waitFor();
    await queueRow(page, code).getByRole('button', { name: `Thôi nhận xử lý hồ sơ ${code}` }).waitFor();
    await queueRow(page, code).getByRole('link', { name: code }).click();
    await h1(page, `Hồ sơ ${code}`);
    await page.getByText('Cơ quan trung ương, gửi thẳng C06').waitFor();
    await page.getByText(new RegExp(`^Hiệu lực đến ${display(validUntil)}`)).waitFor();
    await page.getByRole('region', { name: 'Thông tin chung' }).getByText(`Xác nhận A05 sắp hết hạn: hiệu lực đến ${display(validUntil)}`).waitFor();
    expect(await page.getByRole('region', { name: 'Ý kiến thẩm định của PC06' }).count()).toBe(0);
    const offered = await decisions(page).getByRole('heading', { level: 3 }).allTextContents();
    expect(offered).toEqual(['Phê duyệt, đề xuất kết nối chính thức', 'Trả lại đơn vị để bổ sung', 'Từ chối hồ sơ']);
    await page.getByRole('table', { name: /^Danh sách tài khoản: 5 người$/ }).waitFor();
    await step(page, 'C06: hồ sơ trung ương, đã nhận xử lý', 'c06-quyet-dinh-02-ho-so');

    // 3. Approve: the reference is checked first, then sent.
    const approve = decision(page, 'Phê duyệt, đề xuất kết nối chính thức');
    await approve.getByRole('button', { name: 'Phê duyệt hồ sơ' }).click();
    await approve.getByRole('alert').filter({ hasText: 'Cần ghi số, ký hiệu văn bản phê duyệt.' }).waitFor();
    await step(page, 'C06: phê duyệt thiếu số văn bản', 'c06-quyet-dinh-03-loi-phe-duyet');
    await approve.getByLabel(/^Số, ký hiệu văn bản phê duyệt/).fill('2411/C06-TTDLDC');
    await approve.getByRole('button', { name: 'Phê duyệt hồ sơ' }).click();
    await page.getByText(`Đã phê duyệt hồ sơ ${code}. Bước tiếp theo: ghi nhận kết nối khi hệ thống được kết nối.`).waitFor();
    await statusBadge(page, 'Đã phê duyệt');
    await page.getByText(/^Số 2411\/C06-TTDLDC, ngày \d{2}\/\d{2}\/\d{4}$/).waitFor();
    expect(await decisions(page).getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Ghi nhận kết nối']);

    // 4. Record the connection.
    const connect = decision(page, 'Ghi nhận kết nối');
    await connect.getByLabel(/^Kênh kết nối/).selectOption('NDXP');
    await connect.getByLabel(/^Mã tham chiếu kỹ thuật/).fill('NDXP-BYT-DUOC-0412');
    await step(page, 'C06: ghi nhận kết nối', 'c06-quyet-dinh-04-ghi-nhan-ket-noi');
    await connect.getByRole('button', { name: 'Ghi nhận kết nối' }).click();
    await page.getByText(`Đã ghi nhận kết nối của hồ sơ ${code}.`).waitFor();
    await statusBadge(page, 'Đã kết nối');
    await page.getByText(/qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia \(NDXP\), mã tham chiếu NDXP-BYT-DUOC-0412$/).waitFor();
    expect(await decisions(page).getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Tạm dừng kết nối', 'Thu hồi kết nối']);
    await page.getByRole('region', { name: 'Lịch sử xử lý' }).getByRole('heading', { name: 'Ghi nhận đã kết nối' }).waitFor();
    await step(page, 'C06: đã kết nối', 'c06-quyet-dinh-05-da-ket-noi');
    expect((await unit.query('dossier.get', { dossierId })).status).toBe('CONNECTED');

    // 5. The national dashboard counts one more connection, and shows what the API counts.
    const after = await c06.query('national.dashboard.overview', { granularity: 'month', periods: 12 });
    expect(after.totals.byStatus.CONNECTED).toBe(before.totals.byStatus.CONNECTED + 1);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan' }).click();
    const totals = page.getByRole('list', { name: 'Số hồ sơ theo giai đoạn' });
    await totals.waitFor();
    const figure = ((await totals.locator('[data-figure="CONNECTED"] .db-total__figure').textContent()) ?? '').split(' ')[0];
    expect(figure).toBe(new Intl.NumberFormat('vi-VN').format(after.totals.byStatus.CONNECTED));
    expect(pageErrors(page)).toEqual([]);
  });

  it('(b) returns a forwarded dossier with a deficiency; after the unit and PC06 answer, approves it', { timeout: 300_000 }, async () => {
    const unit = await apiWithTarget((await openPage()).request, 'hanoi.canbo');
    const pc06 = await apiWithTarget((await openPage()).request, 'pc06.hanoi');
    const domain = 'hanoi.gov.vn';
    const dossierId = await submitDossier(unit, { system: LOCAL_SYSTEM, unitName: 'Văn phòng Ủy ban nhân dân Thành phố Hà Nội', host: 'khambenh.hanoi.gov.vn', channel: 'LGSP', domain, validUntil: '2028-09-20' });
    await forwardByPc06(pc06, dossierId);
    const { code } = await unit.query('dossier.get', { dossierId });

    // 1. The queue shows where it comes from and what PC06 recommends.
    const page = await openPage(C06_LOGIN_PATH);
    await loginC06(page);
    await searchQueue(page, code);
    const row = queueRow(page, code);
    await row.waitFor();
    expect(await row.textContent()).toContain('Thành phố Hà Nội');
    expect(await row.textContent()).toContain('Đề nghị phê duyệt');
    expect(await row.textContent()).not.toContain('Xác nhận A05');
    await step(page, 'C06: hàng chờ, hồ sơ PC06 chuyển', 'c06-quyet-dinh-06-hang-cho-dia-phuong');

    // 2. The dossier: PC06's opinion; claimed on the screen, then returned with a deficiency on row 3.
    await row.getByRole('link', { name: code }).click();
    await h1(page, `Hồ sơ ${code}`);
    await page.getByText('Địa phương, PC06 Thành phố Hà Nội chuyển lên').waitFor();
    const opinion = page.getByRole('region', { name: 'Ý kiến thẩm định của PC06' });
    await opinion.getByText('Đề nghị phê duyệt').waitFor();
    await opinion.getByText('Hồ sơ đầy đủ; đề nghị C06 xem xét kết nối.').waitFor();
    await page.getByText('Hãy nhận xử lý hồ sơ để phê duyệt, trả lại hoặc từ chối.').waitFor();
    expect(await decisions(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Nhận xử lý hồ sơ' }).click();
    await page.getByText(`Bạn đã nhận xử lý hồ sơ ${code}.`).waitFor();
    const giveBack = decision(page, 'Trả lại đơn vị để bổ sung');
    await giveBack.getByLabel('Thành phần (nội dung 1)').selectOption('ACCOUNT_LIST');
    await giveBack.getByLabel('Các dòng trong danh sách tài khoản (nội dung 1)').fill('3');
    await giveBack.getByLabel(/^Lý do \(nội dung 1\)/).fill(ROW3_REASON);
    await step(page, 'C06: ý kiến PC06, trả lại', 'c06-quyet-dinh-07-tra-lai');
    await giveBack.getByRole('button', { name: 'Trả lại hồ sơ để bổ sung' }).click();
    await page.getByText(`Đã trả lại hồ sơ ${code} cho đơn vị để bổ sung.`).waitFor();
    await statusBadge(page, 'Trả lại để bổ sung');
    await page.getByRole('region', { name: 'Thông tin chung' }).getByText(ROW3_REASON).waitFor();
    expect(await decisions(page).count()).toBe(0);
    await step(page, 'C06: đã trả lại', 'c06-quyet-dinh-08-da-tra-lai');
    const returned = await unit.query('dossier.get', { dossierId });
    expect(returned.status).toBe('RETURNED');
    expect(returned.deficiencies).toEqual([{ part: 'ACCOUNT_LIST', rows: [3], reason: ROW3_REASON }]);

    // 3. The unit fixes row 3 and resubmits — back to PC06 Hà Nội, which forwards it again.
    await unit.mutate('submitter.dossiers.replaceAccounts', { ...(await unit.target(dossierId)), rows: rowsOf('Phòng Quản lý khám chữa bệnh', domain) });
    await unit.mutate('submitter.dossiers.resubmit', await unit.target(dossierId));
    expect((await unit.query('dossier.get', { dossierId })).status).toBe('PROVINCIAL_REVIEW');
    await forwardByPc06(pc06, dossierId);

    // 4. C06 sees version 2 and what changed, claims it again and approves.
    await page.reload();
    await h1(page, `Hồ sơ ${code}`);
    await statusBadge(page, 'C06 đang thẩm định');
    const changes = page.getByRole('region', { name: 'Thay đổi so với phiên bản trước' });
    await changes.getByText('Phiên bản 2 so với phiên bản 1: 1 thay đổi.').waitFor();
    await page.getByRole('region', { name: 'Thông tin chung' }).getByText(ROW3_REASON).waitFor();
    if (await page.getByRole('button', { name: 'Nhận xử lý hồ sơ' }).count()) {
      await page.getByRole('button', { name: 'Nhận xử lý hồ sơ' }).click();
      await page.getByText(`Bạn đã nhận xử lý hồ sơ ${code}.`).waitFor();
    }
    const approve = decision(page, 'Phê duyệt, đề xuất kết nối chính thức');
    await approve.getByLabel(/^Số, ký hiệu văn bản phê duyệt/).fill('2412/C06-TTDLDC');
    await step(page, 'C06: phiên bản 2, phê duyệt', 'c06-quyet-dinh-09-phe-duyet');
    await approve.getByRole('button', { name: 'Phê duyệt hồ sơ' }).click();
    await page.getByText(`Đã phê duyệt hồ sơ ${code}. Bước tiếp theo: ghi nhận kết nối khi hệ thống được kết nối.`).waitFor();
    await statusBadge(page, 'Đã phê duyệt');
    await step(page, 'C06: đã phê duyệt', 'c06-quyet-dinh-10-da-phe-duyet');
    const approved = await unit.query('dossier.get', { dossierId });
    expect(approved.status).toBe('APPROVED');
    expect(approved.approval.decision.numberAndSymbol).toBe('2412/C06-TTDLDC');
    expect(pageErrors(page)).toEqual([]);
  });
});

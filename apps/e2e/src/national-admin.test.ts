import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, pageErrors } from './browser.ts';
import { DEMO_PASSWORD } from './login.ts';
import { PC06_LOGIN_PATH, QUEUE_TITLE, submitPc06Login } from './provincial-login.ts';
import { screenshot, step } from './screenshot.ts';

/**
 * Issue 5's administration in Chromium against the real server: the C06 administrator creates a
 * PC06 officer, the officer signs in in another browser, the administrator disables the account and
 * the officer's next request is refused (they land on the login page); the audit trail shows both
 * changes. The run shares one demo database with the other journeys, so only the account created
 * here is disabled.
 */
const C06_LOGIN_PATH = '/c06/dang-nhap';
const PC06_HANOI = 'Phòng Cảnh sát QLHC về TTXH – Công an thành phố Hà Nội';
const suffix = Date.now().toString(36);
const USERNAME = `pc06.hanoi.e2e${suffix}`;
const PASSWORD = 'Mat-khau-E2E-2026!';

async function loginC06Admin(): Promise<Page> {
  const page = await openPage(C06_LOGIN_PATH);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill('c06.quantri');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Quản trị' }).waitFor();
  return page;
}

const sections = (page: Page) => page.getByRole('navigation', { name: 'Các mục quản trị' });
const openSection = async (page: Page, name: string) => {
  await sections(page).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  expect(await sections(page).getByRole('link', { name, exact: true }).getAttribute('aria-current')).toBe('page');
};

/** A query of the API in the page's own session (its cookie), as the app would send it. */
async function query<T>(page: Page, path: string, input: unknown): Promise<{ status: number; data: T }> {
  const res = await page.request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  const body = (await res.json()) as { result?: { data: T } };
  return { status: res.status(), data: body.result?.data as T };
}

describe('C06 administration (/c06/quan-tri)', () => {
  it('disables an account whose officer is signed in elsewhere: their next request is refused and they are back at the login; the audit shows it', async () => {
    const admin = await loginC06Admin();
    expect(new URL(admin.url()).pathname).toBe('/c06/quan-tri');
    await admin.getByRole('table', { name: 'Danh sách đơn vị' }).waitFor();
    await step(admin, 'Quản trị — đơn vị', 'c06-quan-tri-don-vi');

    // Create the officer; the empty form first shows its errors inline.
    await openSection(admin, 'Người dùng và vai trò');
    await admin.getByRole('table', { name: 'Danh sách người dùng' }).waitFor();
    await step(admin, 'Quản trị — người dùng', 'c06-quan-tri-nguoi-dung');
    await admin.getByRole('button', { name: 'Thêm người dùng' }).click();
    const form = admin.getByRole('form', { name: 'Thêm người dùng' });
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await admin.getByRole('heading', { name: /^Có \d+ lỗi cần sửa$/ }).waitFor();
    await step(admin, 'Quản trị — thêm người dùng (lỗi)', 'c06-quan-tri-nguoi-dung-loi');
    await form.getByLabel('Tên đăng nhập').fill(USERNAME);
    await form.getByLabel('Họ và tên').fill('Trần Thị Kiểm Thử');
    await form.getByLabel('Vai trò').selectOption('PROVINCIAL_REVIEWER');
    await form.getByLabel('Đơn vị').selectOption({ label: PC06_HANOI });
    await form.getByLabel('Mật khẩu ban đầu').fill(PASSWORD);
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await admin.getByText(`Đã tạo tài khoản ${USERNAME}.`, { exact: false }).waitFor();

    // The officer signs in in another browser context and works.
    const officer = await openPage(PC06_LOGIN_PATH);
    await submitPc06Login(officer, USERNAME, PASSWORD);
    await officer.getByRole('heading', { level: 1, name: QUEUE_TITLE }).waitFor();
    expect((await query(officer, 'auth.me', undefined)).data).toMatchObject({ username: USERNAME, role: 'PROVINCIAL_REVIEWER' });

    // The administrator finds the account and disables it, after a confirmation that says the sessions end now.
    await admin.getByRole('searchbox', { name: 'Tìm người dùng (tên đăng nhập, họ tên, đơn vị)' }).fill(USERNAME);
    await admin.getByRole('search', { name: 'Tìm người dùng (tên đăng nhập, họ tên, đơn vị)' }).getByRole('button', { name: 'Tìm' }).click();
    const row = admin.getByRole('table', { name: 'Danh sách người dùng' }).getByRole('row').filter({ hasText: USERNAME });
    await expect.poll(() => admin.getByRole('table', { name: 'Danh sách người dùng' }).locator('tbody tr').count()).toBe(1);
    await row.waitFor();
    await row.getByRole('button', { name: `Khóa tài khoản ${USERNAME}` }).click();
    const dialog = admin.getByRole('dialog', { name: `Khóa tài khoản ${USERNAME}?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('kết thúc ngay bây giờ');
    await step(admin, 'Quản trị — xác nhận khóa tài khoản', 'c06-quan-tri-khoa-tai-khoan');
    await dialog.getByRole('button', { name: 'Khóa tài khoản', exact: true }).click();
    await admin.getByText(`Đã khóa tài khoản ${USERNAME}; các phiên đăng nhập của người dùng đã kết thúc.`).waitFor();
    await row.getByText('Đã khóa').waitFor();
    await step(admin, 'Quản trị — đã khóa', 'c06-quan-tri-da-khoa');

    // The officer's next request is refused and the app takes them to the login page.
    expect((await query(officer, 'provincial.counts', {})).status).toBe(401);
    await officer.getByRole('tab', { name: /^Tất cả/ }).click();
    await officer.waitForURL((url) => url.pathname === PC06_LOGIN_PATH);
    await officer.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await screenshot(officer, 'pc06-phien-da-ket-thuc');
    await submitPc06Login(officer, USERNAME, PASSWORD);
    await officer.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();

    // The audit trail of the account: created, then disabled, by the administrator.
    const found = await query<{ items: { id: string; username: string; active: boolean }[] }>(admin, 'admin.users.search', { page: 1, pageSize: 20, search: USERNAME });
    expect(found.data.items).toEqual([expect.objectContaining({ username: USERNAME, active: false })]);
    const trail = await query<{ items: { action: string; outcome: string; actorUsername: string }[] }>(admin, 'admin.audit.forTarget', { targetType: 'user', targetId: found.data.items[0]!.id });
    expect(trail.data.items.map((e) => [e.action, e.outcome, e.actorUsername])).toEqual([
      ['admin.users.disable', 'OK', 'c06.quantri'],
      ['admin.users.create', 'OK', 'c06.quantri'],
    ]);
    expect(pageErrors(admin)).toEqual([]);
  });

  it('shows every section accessibly: units with the new-unit form, provinces, services, calendar, policies, outbox', async () => {
    const admin = await loginC06Admin();
    await admin.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const unitForm = admin.getByRole('form', { name: 'Thêm đơn vị' });
    await unitForm.getByLabel('Loại đơn vị').selectOption('PC06');
    await unitForm.getByLabel('Tỉnh, thành phố').waitFor();
    await step(admin, 'Quản trị — thêm đơn vị', 'c06-quan-tri-them-don-vi');
    await unitForm.getByRole('button', { name: 'Hủy' }).click();

    await openSection(admin, 'Tỉnh, thành phố');
    await admin.getByRole('table', { name: /^Tỉnh, thành phố \(34 hiện hành, \d+ cũ\)$/ }).waitFor();
    await admin.getByLabel('Hiện cả các tỉnh, thành phố cũ').check();
    await step(admin, 'Quản trị — tỉnh, thành phố', 'c06-quan-tri-tinh-thanh');
    // The validity form opens and closes without saving: the run shares its provinces with other journeys.
    await admin.getByRole('button', { name: 'Sửa hiệu lực của Tỉnh Hà Giang (H02)' }).click();
    const validity = admin.getByRole('form', { name: 'Hiệu lực của Tỉnh Hà Giang' });
    expect(await validity.getByLabel('Đơn vị kế thừa').inputValue()).toBe('08');
    await step(admin, 'Quản trị — hiệu lực tỉnh', 'c06-quan-tri-hieu-luc-tinh');
    await validity.getByRole('button', { name: 'Hủy' }).click();

    await openSection(admin, 'Danh mục dịch vụ');
    await admin.getByRole('table', { name: 'Danh mục dịch vụ' }).locator('tbody tr th').first().waitFor();
    await step(admin, 'Quản trị — dịch vụ', 'c06-quan-tri-dich-vu');

    await openSection(admin, 'Lịch nghỉ lễ');
    await admin.getByRole('button', { name: /^Lưu lịch năm \d{4}$/ }).waitFor();
    await step(admin, 'Quản trị — lịch nghỉ', 'c06-quan-tri-lich-nghi');

    await openSection(admin, 'Chính sách');
    await admin.getByLabel('Thời hạn thẩm định của PC06 (ngày làm việc)').waitFor();
    await step(admin, 'Quản trị — chính sách', 'c06-quan-tri-chinh-sach');

    await openSection(admin, 'Hộp thư đi');
    await admin.getByRole('table', { name: 'Hộp thư đi' }).waitFor();
    await step(admin, 'Quản trị — hộp thư', 'c06-quan-tri-hop-thu');
    expect(pageErrors(admin)).toEqual([]);
  });
});

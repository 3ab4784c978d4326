import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, pageErrors } from './browser.ts';
import { loginPc06, PC06_LOGIN_PATH, QUEUE_TITLE, submitPc06Login } from './provincial-login.ts';
import { step } from './screenshot.ts';

/**
 * Issue 4's queue in Chromium against the real server and the demo set: PC06 Nghệ An receives the
 * province's dossiers (one waiting, one returned, one connected), PC06 Hà Nội never sees them.
 */
const WAITING = 'Hệ thống quản lý hành nghề y dược Nghệ An';
const RETURNED = 'Phần mềm một cửa điện tử Sở Y tế Nghệ An';
const NGHE_AN_UNIT = 'Sở Y tế tỉnh Nghệ An';

const queueTable = (page: Page) => page.getByRole('table', { name: /: \d+ hồ sơ$/ });
const rowOf = (page: Page, text: string) => queueTable(page).getByRole('row').filter({ hasText: text });
const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name} \\((\\d+)\\)$`) });
const tabCount = async (page: Page, name: string) => {
  const t = tab(page, name);
  await t.waitFor();
  const label = await t.evaluate((el) => el.querySelector('.visually-hidden')?.textContent ?? '');
  return Number(/\((\d+)\)/.exec(label)?.[1]);
};
const search = async (page: Page, text: string) => {
  await page.getByRole('searchbox', { name: 'Mã hồ sơ, tên đơn vị hoặc hệ thống' }).fill(text);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
};
/** The rows of the table body (not the header, not the "empty" line). */
const dossierRows = (page: Page) => queueTable(page).locator('tbody tr:has(th)');

describe('PC06 app (/pc06/): sign-in', () => {
  it('shows an accessible login page in Vietnamese', async () => {
    const page = await openPage(PC06_LOGIN_PATH);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await step(page, 'PC06 đăng nhập', 'pc06-dang-nhap');
    expect(pageErrors(page)).toEqual([]);
  });

  it("tells a unit's officer that the app is for PC06 and offers the unit's address", async () => {
    const page = await openPage(PC06_LOGIN_PATH);
    await submitPc06Login(page, 'nghean.canbo');
    await page.getByRole('heading', { level: 1, name: 'Ứng dụng này dành cho cán bộ PC06' }).waitFor();
    const link = page.getByRole('link', { name: /Đến ứng dụng dành cho đơn vị chủ quản/ });
    expect(await link.getAttribute('href')).toBe('/don-vi/');
    await step(page, 'PC06 sai ứng dụng', 'pc06-sai-ung-dung');
    // Same session: the unit's own app opens without a second login.
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ đăng ký kết nối' }).waitFor();
  });
});

describe('PC06 app (/pc06/): the queue of PC06 Nghệ An', () => {
  it('shows the tabs with counts, deadline badges and holders', async () => {
    const page = await openPage(PC06_LOGIN_PATH);
    await loginPc06(page, 'pc06.nghean');
    expect(await tab(page, 'Chờ tiếp nhận').getAttribute('aria-selected')).toBe('true');
    expect(await tabCount(page, 'Chờ tiếp nhận')).toBeGreaterThanOrEqual(1);
    expect(await tabCount(page, 'Đã trả lại — chờ đơn vị')).toBeGreaterThanOrEqual(1);
    expect(await tabCount(page, 'Đã có quyết định')).toBeGreaterThanOrEqual(1);
    const all = await tabCount(page, 'Tất cả');
    expect(all).toBeGreaterThanOrEqual(3);
    const waiting = rowOf(page, WAITING);
    await waiting.waitFor();
    expect(await waiting.textContent()).toMatch(/Còn \d+ ngày làm việc|Đến hạn hôm nay|Quá hạn \d+ ngày làm việc/);
    expect(await waiting.textContent()).toContain('Chưa có người nhận');
    await page.getByText(/^Quá hạn: \d+ hồ sơ$/).waitFor();
    await step(page, 'hàng chờ PC06', 'pc06-hang-cho');

    await tab(page, 'Tất cả').click();
    await page.getByRole('table', { name: `Tất cả: ${all} hồ sơ` }).waitFor();
    expect(new URL(page.url()).search).toBe('?nhom=tat-ca');
    await rowOf(page, RETURNED).waitFor();
    await step(page, 'hàng chờ PC06, tất cả', 'pc06-hang-cho-tat-ca');
    expect(pageErrors(page)).toEqual([]);
  });

  it('finds a dossier by a search without diacritics', async () => {
    const page = await openPage(PC06_LOGIN_PATH);
    await loginPc06(page, 'pc06.nghean');
    await tab(page, 'Tất cả').click();
    await search(page, 'hanh nghe y duoc');
    expect(new URL(page.url()).searchParams.get('tim')).toBe('hanh nghe y duoc');
    await page.getByRole('table', { name: 'Tất cả: 1 hồ sơ' }).waitFor();
    await rowOf(page, WAITING).waitFor();
    await search(page, 'MOT CUA dien tu');
    await page.getByRole('table', { name: 'Tất cả: 1 hồ sơ' }).waitFor();
    await rowOf(page, RETURNED).waitFor();
    await step(page, 'tìm không dấu', 'pc06-tim-khong-dau');
    await search(page, 'khong co ho so nao nhu the');
    await page.getByText('Không có hồ sơ nào khớp với bộ lọc và từ khóa tìm kiếm.').waitFor();
    await step(page, 'tìm không thấy', 'pc06-tim-khong-thay');
  });

  it('keeps filters, tab and order through a reload, and Back returns to the view before', async () => {
    const page = await openPage(PC06_LOGIN_PATH);
    await loginPc06(page, 'pc06.nghean');
    await tab(page, 'Tất cả').click();
    await page.getByText('Bộ lọc', { exact: true }).click();
    await page.getByLabel('Đơn vị chủ quản').selectOption({ label: NGHE_AN_UNIT });
    await page.getByLabel('Trạng thái').selectOption('RETURNED');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await rowOf(page, RETURNED).waitFor();
    // The unfiltered page stays on screen (aria-busy) until the filtered one arrives: wait for it.
    await expect.poll(() => queueTable(page).getAttribute('aria-busy')).toBe('false');
    // Other journeys may have returned more Nghệ An dossiers: every row shown is a returned one.
    // The tab counts come in their own answer: wait until they agree with the rows shown.
    await expect.poll(async () => (await tabCount(page, 'Tất cả')) - (await dossierRows(page).count())).toBe(0);
    const returnedCount = await dossierRows(page).count();
    for (const status of await dossierRows(page).locator('.kn-badge').allTextContents()) expect(status).toBe('Trả lại để bổ sung');
    await page.getByRole('button', { name: 'Ngày nộp' }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: /Ngày nộp/ }).getAttribute('aria-sort')).toBe('descending');
    const filtered = page.url();
    expect(new URL(filtered).searchParams.get('trang-thai')).toBe('RETURNED');
    await step(page, 'bộ lọc', 'pc06-bo-loc');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: QUEUE_TITLE }).waitFor();
    await rowOf(page, RETURNED).waitFor();
    expect(page.url()).toBe(filtered);
    expect(await page.getByLabel('Trạng thái').inputValue()).toBe('RETURNED');
    expect(await page.getByLabel('Đơn vị chủ quản').locator('option:checked').textContent()).toBe(NGHE_AN_UNIT);
    expect(await tab(page, 'Tất cả').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('columnheader', { name: /Ngày nộp/ }).getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => dossierRows(page).count()).toBe(returnedCount);

    await page.goBack();
    await expect.poll(() => page.getByRole('columnheader', { name: /Ngày nộp/ }).getAttribute('aria-sort')).toBe('none');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?nhom=tat-ca');
    await expect.poll(() => dossierRows(page).count()).toBeGreaterThanOrEqual(returnedCount + 2);
  });

  it('moves with j/k and opens the active dossier with Enter; the shortcuts can be switched off', async () => {
    const page = await openPage(PC06_LOGIN_PATH);
    await loginPc06(page, 'pc06.nghean');
    await tab(page, 'Tất cả').click();
    await page.getByRole('table', { name: /^Tất cả: / }).waitFor();
    await page.locator('main').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const active = page.locator('tr[aria-current="true"]');
    const code = (await active.locator('th').textContent())!;
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(code);
    expect(await active.getAttribute('class')).toBe('kn-row--active');
    await step(page, 'hàng chờ, hàng đang chọn', 'pc06-phim-tat');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/pc06\/ho-so\/[0-9a-f-]{36}$/);
    await step(page, 'PC06 hồ sơ', 'pc06-ho-so');

    await page.goBack();
    await page.getByRole('table', { name: /^Tất cả: / }).waitFor();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('queue-q');
    await page.getByRole('checkbox', { name: 'Dùng phím tắt' }).uncheck();
    await page.locator('main').focus();
    await page.keyboard.press('j');
    expect(await page.locator('tr[aria-current="true"]').count()).toBe(0);
    await page.reload();
    await page.getByRole('table', { name: /^Tất cả: / }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Dùng phím tắt' }).isChecked()).toBe(false);
    await page.getByText('Phím tắt', { exact: true }).click();
    await page.getByText('Phím tắt đang tắt.', { exact: false }).waitFor();
    await step(page, 'phím tắt đã tắt', 'pc06-phim-tat-tat');
  });

  it('claims a waiting dossier (holder shown) and releases it', async () => {
    const page = await openPage(PC06_LOGIN_PATH);
    await loginPc06(page, 'pc06.nghean');
    await page.getByRole('button', { name: new RegExp(`^Nhận xử lý hồ sơ ${await codeOf(rowOf(page, WAITING))}$`) }).click();
    await page.getByText(/^Bạn đã nhận xử lý hồ sơ /).waitFor();
    await tab(page, 'Đang thẩm định').click();
    const mine = rowOf(page, WAITING);
    await mine.getByText('Bạn đang xử lý').waitFor();
    await step(page, 'đã nhận xử lý', 'pc06-da-nhan');
    await mine.getByRole('button', { name: /^Thôi nhận xử lý hồ sơ / }).click();
    await page.getByText(/hồ sơ trở lại hàng chờ\.$/).waitFor();
    await tab(page, 'Chờ tiếp nhận').click();
    await rowOf(page, WAITING).getByText('Chưa có người nhận').waitFor();
  });

  it('shows the loading and error states accessibly', async () => {
    const page = await openPage(PC06_LOGIN_PATH);
    await loginPc06(page, 'pc06.nghean');
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/trpc\/[^?]*provincial\.queue/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/pc06/?nhom=tat-ca&tim=y');
    await page.getByRole('status').filter({ hasText: 'Đang tải…' }).waitFor();
    await step(page, 'hàng chờ đang tải', 'pc06-dang-tai');
    release();
    await page.getByRole('table').waitFor();
    await page.unroute(/\/trpc\/[^?]*provincial\.queue/);

    // The server's answer to a batch whose every call failed unexpectedly (one error per call).
    const failure = { error: { message: 'Hệ thống gặp lỗi ngoài dự kiến.', code: -32603, data: { appCode: 'INTERNAL', code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 } } };
    await page.route(/\/trpc\/[^?]*provincial\.queue/, (route) => {
      const calls = new URL(route.request().url()).pathname.split('/trpc/')[1]!.split(',').length;
      return route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify(Array.from({ length: calls }, () => failure)) });
    });
    await page.goto('/pc06/?nhom=da-tra-lai');
    await page.getByRole('alert').filter({ hasText: 'Hệ thống gặp lỗi ngoài dự kiến.' }).waitFor();
    await page.getByRole('button', { name: 'Thử lại' }).waitFor();
    await step(page, 'hàng chờ lỗi', 'pc06-loi');
  });
});

/** The dossier code in a row (its row header). */
async function codeOf(row: Locator): Promise<string> {
  return ((await row.locator('th').textContent()) ?? '').trim();
}

describe('PC06 app (/pc06/): PC06 Hà Nội never sees Nghệ An', () => {
  it('not in the queue, counts, filters, search, nor at a typed address', async () => {
    const nghean = await openPage(PC06_LOGIN_PATH);
    await loginPc06(nghean, 'pc06.nghean');
    const waiting = rowOf(nghean, WAITING);
    await waiting.waitFor();
    const code = await codeOf(waiting);
    const href = (await waiting.getByRole('link', { name: code }).getAttribute('href'))!;
    expect(href).toMatch(/^\/pc06\/ho-so\/[0-9a-f-]{36}$/);

    const page = await openPage(PC06_LOGIN_PATH);
    await loginPc06(page, 'pc06.hanoi');
    await tab(page, 'Tất cả').click();
    const all = await tabCount(page, 'Tất cả');
    await page.getByRole('table', { name: `Tất cả: ${all} hồ sơ` }).waitFor();
    await expect.poll(() => dossierRows(page).count()).toBe(all);
    expect(await queueTable(page).textContent()).not.toMatch(/Nghệ An/);
    await page.getByText('Bộ lọc', { exact: true }).click();
    expect(await page.getByLabel('Đơn vị chủ quản').textContent()).not.toMatch(/Nghệ An/);
    expect(await page.getByLabel('Hệ thống thông tin').textContent()).not.toMatch(/Nghệ An/);
    await step(page, 'PC06 Hà Nội, tất cả', 'pc06-ha-noi-tat-ca');

    await search(page, code);
    await page.getByText('Không có hồ sơ nào khớp với bộ lọc và từ khóa tìm kiếm.').waitFor();
    await search(page, 'nghe an');
    await page.getByText('Không có hồ sơ nào khớp với bộ lọc và từ khóa tìm kiếm.').waitFor();
    expect(await tabCount(page, 'Tất cả')).toBe(0);

    await page.goto(href);
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy hồ sơ' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain(code);
    await step(page, 'hồ sơ tỉnh khác: không tìm thấy', 'pc06-ha-noi-khong-tim-thay');

    await page.goto('/pc06/khong-co-trang-nay');
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
    await step(page, 'trang không có', 'pc06-khong-co-trang');
    expect(pageErrors(page).filter((e) => !e.includes('/trpc/'))).toEqual([]);
  });
});

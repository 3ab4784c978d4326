import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { openPage, pageErrors } from './browser.ts';
import { login, submitLogin, SUBMITTER_LOGIN_PATH } from './login.ts';
import { screenshot } from './screenshot.ts';

const SUBMITTER = 'nghean.canbo';

async function expectHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** Script errors and CSP refusals show up in the console: a journey ends with none. */
function expectCleanConsole(page: Page): void {
  expect(pageErrors(page)).toEqual([]);
}

async function expectOnLoginForm(page: Page): Promise<void> {
  await page.getByLabel('Tên đăng nhập', { exact: true }).waitFor();
  expect(new URL(page.url()).pathname).toBe(SUBMITTER_LOGIN_PATH);
}

describe('submitter app (/don-vi/)', () => {
  it('shows an accessible login page', async () => {
    const page = await openPage(SUBMITTER_LOGIN_PATH);
    await page.getByLabel('Mật khẩu', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await expectNoAxeViolations(page, 'đăng nhập');
    await screenshot(page, 'submitter-dang-nhap');
    expectCleanConsole(page);
  });

  it('refuses a wrong password with the API message in an alert, and stays on the login page', async () => {
    const page = await openPage(SUBMITTER_LOGIN_PATH);
    await submitLogin(page, SUBMITTER, 'sai-mat-khau-2026');
    const alert = page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    await alert.waitFor();
    await expectOnLoginForm(page);
    await expectNoAxeViolations(page, 'đăng nhập sai');
    await screenshot(page, 'submitter-dang-nhap-sai');
  });

  it('logs in to the dossier list of the unit', async () => {
    const page = await openPage(SUBMITTER_LOGIN_PATH);
    await login(page, SUBMITTER);
    // The demo seed gives Sở Y tế Nghệ An several dossiers: a header row and at least one more.
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await page.getByRole('cell', { name: 'Cổng dịch vụ công ngành Y tế Nghệ An' }).waitFor();
    await expectNoAxeViolations(page, 'danh sách hồ sơ');
    await screenshot(page, 'submitter-ho-so');
    expectCleanConsole(page);
  });

  it('reaches the systems page with the keyboard alone (Tab, Enter)', async () => {
    const page = await openPage(SUBMITTER_LOGIN_PATH);
    await login(page, SUBMITTER);
    // From a fresh load, as a keyboard user arrives: the app moves focus into <main> after an
    // in-app navigation (the login), which would start the Tab walk past the header.
    await page.reload();
    await expectHeading(page, 'Hồ sơ đăng ký kết nối');
    const link = page.getByRole('link', { name: 'Hệ thống thông tin', exact: true });
    await link.waitFor();
    // WCAG 2.1.1: every link is reachable by Tab in a sensible number of steps from the top.
    let focused = false;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await link.evaluate((el) => el === document.activeElement);
    }
    expect(focused, 'liên kết "Hệ thống thông tin" không nhận được tiêu điểm bằng Tab').toBe(true);
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Hệ thống thông tin');
    await expectNoAxeViolations(page, 'hệ thống thông tin');
    await screenshot(page, 'submitter-he-thong');
    expectCleanConsole(page);
  });

  it('signs out back to the login page, and the list is closed afterwards', async () => {
    const page = await openPage(SUBMITTER_LOGIN_PATH);
    await login(page, SUBMITTER);
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await expectOnLoginForm(page);
    // The session is gone on the server, not only hidden: opening the app again asks to log in.
    await page.goto('/don-vi/');
    await expectOnLoginForm(page);
    expectCleanConsole(page);
  });
});

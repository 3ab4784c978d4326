import type { Page } from 'playwright-core';

/** The demo accounts' shared password (packages/api/src/demo/demo-seed.ts, DEMO_LOGINS). */
export const DEMO_PASSWORD = 'KetNoi@2026-demo';
export const SUBMITTER_LOGIN_PATH = '/don-vi/dang-nhap';

/** Fills the submitter's login form by its labels and submits, without waiting for the outcome. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  if (!page.url().includes(SUBMITTER_LOGIN_PATH)) await page.goto(SUBMITTER_LOGIN_PATH);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

/** Logs a demo user in and waits for the dossier list, the page every submitter lands on. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await submitLogin(page, username, password);
  await page.getByRole('heading', { level: 1, name: 'Hồ sơ đăng ký kết nối' }).waitFor();
}

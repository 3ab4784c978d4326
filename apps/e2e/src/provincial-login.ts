import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './login.ts';

export const PC06_LOGIN_PATH = '/pc06/dang-nhap';
export const QUEUE_TITLE = 'Hàng chờ hồ sơ';

/** Fills the PC06 app's login form by its labels and submits, without waiting for the outcome. */
export async function submitPc06Login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes(PC06_LOGIN_PATH)) await page.goto(PC06_LOGIN_PATH);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

/** Logs a PC06 demo officer in and waits for the queue with its rows. */
export async function loginPc06(page: Page, username: string): Promise<void> {
  await submitPc06Login(page, username);
  await page.getByRole('heading', { level: 1, name: QUEUE_TITLE, exact: true }).waitFor();
  await page.getByRole('table').waitFor();
}

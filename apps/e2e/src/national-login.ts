import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './login.ts';

export const C06_LOGIN_PATH = '/c06/dang-nhap';
export const C06_QUEUE_TITLE = 'Hàng chờ hồ sơ';

/** Fills the C06 app's login form by its labels and submits, without waiting for the outcome. */
export async function submitC06Login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes(C06_LOGIN_PATH)) await page.goto(C06_LOGIN_PATH);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

/** Logs a C06 demo reviewer in and waits for the page reviewers land on (the queue). */
export async function loginC06(page: Page, username = 'c06.thamdinh'): Promise<void> {
  await submitC06Login(page, username);
  await page.getByRole('heading', { level: 1, name: C06_QUEUE_TITLE, exact: true }).waitFor();
}

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request as playwrightRequest, type Download, type Locator, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, pageErrors } from './browser.ts';
import { DEMO_PASSWORD } from './login.ts';
import { C06_LOGIN_PATH, loginC06 } from './national-login.ts';
import { ARTIFACTS_DIR } from './repo-paths.ts';
import { step } from './screenshot.ts';

/**
 * Issue 5's national dashboard in Chromium against the real server and the demo set: C06 reads
 * the figures the API gives, drills down to a list and opens a dossier, reads a chart as its table,
 * downloads views (a formula-leading name is escaped in the CSV), at desktop and phone widths.
 */
const TITLE = 'Tổng quan tiến độ kết nối';
const STAGES = ['PROVINCIAL_REVIEW', 'NATIONAL_REVIEW', 'RETURNED', 'APPROVED', 'CONNECTED'] as const;
const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

interface Overview {
  totals: { dossiers: number; overdue: number; byStatus: Record<string, number> };
  byProvince: { provinceCode: string; provinceName: string; dossiers: number; byStatus: Record<string, number>; overdue: number }[];
  byCentralBody: { centralBodyId: string; name: string }[];
  trend: { from: string; submitted: number; approved: number; connected: number }[];
}

async function api<T>(page: Page, path: string, input: unknown): Promise<T> {
  const res = await page.request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
  return (await res.json()).result.data as T;
}

const totals = (page: Page) => page.getByRole('list', { name: 'Số hồ sơ theo giai đoạn' });
/** The figure of a stage card: the link's (or the zero's) leading number. */
const figureText = async (page: Page, key: string) => ((await totals(page).locator(`[data-figure="${key}"] .db-total__figure`).textContent()) ?? '').split(' ')[0];

async function openDashboard(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan' }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await totals(page).waitFor();
}

async function saved(download: Download, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, name);
  await download.saveAs(path);
  return readFileSync(path);
}

const downloadOf = async (page: Page, link: Locator): Promise<Download> => {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return download;
};

describe('C06 app (/c06/tong-quan): the national dashboard', () => {
  it('shows the totals the API counts, at desktop and phone widths, accessible', async () => {
    const page = await openPage(C06_LOGIN_PATH);
    await loginC06(page);
    await openDashboard(page);
    const overview = await api<Overview>(page, 'national.dashboard.overview', { granularity: 'month', periods: 12 });
    expect(overview.totals.dossiers).toBeGreaterThan(0);
    for (const s of STAGES) expect(await figureText(page, s), s).toBe(vi(overview.totals.byStatus[s]!));
    expect(await figureText(page, 'overdue')).toBe(vi(overview.totals.overdue));
    expect(await figureText(page, 'all')).toBe(vi(overview.totals.dossiers));

    const provinces = page.getByRole('table', { name: 'Hồ sơ của 34 tỉnh, thành phố theo giai đoạn' });
    expect(await provinces.locator('tbody tr').count()).toBe(34);
    const ngheAn = overview.byProvince.find((p) => p.provinceCode === '40')!;
    const row = provinces.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ngheAn.provinceName, exact: true }) });
    expect(((await row.getByRole('cell').first().textContent()) ?? '').split(' ')[0]).toBe(vi(ngheAn.dossiers));
    await page.getByRole('img', { name: 'Số hồ sơ đã nộp của 34 tỉnh, thành phố, theo giai đoạn' }).waitFor();
    await step(page, 'tổng quan C06', 'c06-tong-quan');

    await page.setViewportSize({ width: 390, height: 844 });
    await totals(page).waitFor();
    // Nothing but the tables' own frames scrolls sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await step(page, 'tổng quan C06 (điện thoại)', 'c06-tong-quan-hep');
    expect(pageErrors(page)).toEqual([]);
  });

  it('drills down from a figure to its list and opens a dossier; dossiers still at PC06 are counted, not listed', async () => {
    const page = await openPage(C06_LOGIN_PATH);
    await loginC06(page);
    await openDashboard(page);
    const overview = await api<Overview>(page, 'national.dashboard.overview', { granularity: 'month', periods: 12 });
    expect(overview.totals.byStatus.NATIONAL_REVIEW).toBeGreaterThan(0);

    await totals(page).locator('[data-figure="NATIONAL_REVIEW"] a').click();
    await page.getByRole('heading', { level: 1, name: 'Danh sách hồ sơ' }).waitFor();
    expect(new URL(page.url()).search).toBe('?xem=ho-so&loc-trang-thai=c06-tham-dinh');
    const list = await api<{ total: number; outsideJurisdiction: number }>(page, 'national.dashboard.list', { filter: { stage: 'NATIONAL_REVIEW' }, page: 1, pageSize: 20 });
    expect(list.total + list.outsideJurisdiction).toBe(overview.totals.byStatus.NATIONAL_REVIEW);
    const table = page.getByRole('table', { name: `Hồ sơ C06 được xem: ${vi(list.total)}` });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(Math.min(20, list.total));
    await step(page, 'danh sách hồ sơ sau số liệu', 'c06-tong-quan-danh-sach');

    const first = table.locator('tbody tr th a').first();
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/^\/c06\/ho-so\/[0-9a-f-]{36}$/);
    await first.click();
    await page.waitForURL((url) => url.pathname === href);
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    // Back to the list, back to the overview: the view is in the history.
    await page.goBack();
    await table.waitFor();
    await page.goBack();
    await totals(page).waitFor();

    // At PC06: C06 may open none of them; the list says how many it counts.
    const atPc06 = overview.totals.byStatus.PROVINCIAL_REVIEW!;
    expect(atPc06).toBeGreaterThan(0);
    await totals(page).locator('[data-figure="PROVINCIAL_REVIEW"] a').click();
    await page.getByText(`Số liệu này còn gồm ${vi(atPc06)} hồ sơ địa phương đang do PC06 xử lý`, { exact: false }).waitFor();
    await page.getByRole('table', { name: 'Hồ sơ C06 được xem: 0' }).waitFor();
    await page.getByText('Không có hồ sơ nào C06 được xem.').waitFor();
    await step(page, 'hồ sơ đang ở PC06', 'c06-tong-quan-o-pc06');

    // A bar of the province chart opens the same list as its table cell.
    await page.getByRole('link', { name: /Về tổng quan/ }).click();
    const chart = page.getByRole('img', { name: 'Số hồ sơ đã nộp của 34 tỉnh, thành phố, theo giai đoạn' });
    await chart.locator('.db-bar--link .recharts-rectangle').first().click();
    await page.getByRole('heading', { level: 1, name: 'Danh sách hồ sơ' }).waitFor();
    expect(new URL(page.url()).searchParams.get('xem')).toBe('ho-so');
    expect(new URL(page.url()).searchParams.get('loc-tinh')).toMatch(/^\d{2}$/);
    expect(pageErrors(page)).toEqual([]);
  });

  it('switches a chart to its table, kept in the URL, with the same figures as the API', async () => {
    const page = await openPage(C06_LOGIN_PATH);
    await loginC06(page);
    await openDashboard(page);
    const overview = await api<Overview>(page, 'national.dashboard.overview', { granularity: 'month', periods: 12 });
    await page.getByRole('img', { name: 'Hồ sơ nộp mới, phê duyệt và ghi nhận kết nối theo kỳ' }).waitFor();
    await page.getByRole('button', { name: 'Xem dạng bảng: diễn biến theo thời gian' }).click();
    const trend = page.getByRole('table', { name: 'Hồ sơ nộp mới, phê duyệt và ghi nhận kết nối theo kỳ' });
    await trend.waitFor();
    expect(new URL(page.url()).search).toBe('?bang=dien-bien');
    expect(await page.getByRole('img', { name: 'Hồ sơ nộp mới, phê duyệt và ghi nhận kết nối theo kỳ' }).count()).toBe(0);
    const last = overview.trend.at(-1)!;
    const lastRow = trend.locator('tbody tr').last();
    const cells = (await lastRow.getByRole('cell').allTextContents()).map((c) => c.split(' ')[0]);
    expect(cells).toEqual([vi(last.submitted), vi(last.approved), vi(last.connected)]);
    await step(page, 'diễn biến dạng bảng', 'c06-tong-quan-bang');
    await page.reload();
    await trend.waitFor();
    await page.getByRole('button', { name: 'Xem dạng biểu đồ: diễn biến theo thời gian' }).click();
    await page.getByRole('img', { name: 'Hồ sơ nộp mới, phê duyệt và ghi nhận kết nối theo kỳ' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(pageErrors(page)).toEqual([]);
  });

  it('downloads views as .csv and .xlsx; a formula-leading name is escaped in the CSV', async () => {
    // A central body whose name a spreadsheet program would run as a formula, created by C06's administrator.
    const hostile = '=HYPERLINK("http://x.example","Cơ quan thử e2e")';
    const admin = await playwrightRequest.newContext({ baseURL: baseUrl() });
    const headers = { origin: baseUrl(), 'content-type': 'application/json' };
    expect((await admin.post('/trpc/auth.login', { headers, data: { username: 'c06.quantri', password: DEMO_PASSWORD } })).ok()).toBe(true);
    const created = await admin.post('/trpc/admin.units.create', { headers, data: { idempotencyKey: `e2e-dashboard-${Date.now()}`, kind: 'OWNER', level: 'CENTRAL', provinceCode: null, name: hostile } });
    expect(created.ok(), await created.text()).toBe(true);
    await admin.dispose();

    const page = await openPage(C06_LOGIN_PATH);
    await loginC06(page);
    await openDashboard(page);
    const overview = await api<Overview>(page, 'national.dashboard.overview', { granularity: 'month', periods: 12 });

    const csv = (await saved(await downloadOf(page, page.getByRole('link', { name: 'Tải số hồ sơ theo tỉnh, thành phố (.csv)' })), 'c06-tinh.csv')).toString('utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Mã,"Tỉnh, thành phố",Tổng số hồ sơ,/);
    expect(lines).toHaveLength(35);
    const ngheAn = overview.byProvince.find((p) => p.provinceCode === '40')!;
    expect(lines.find((l) => l.startsWith('40,'))).toMatch(new RegExp(`^40,${ngheAn.provinceName},${ngheAn.dossiers},`));

    const xlsx = await saved(await downloadOf(page, page.getByRole('link', { name: 'Tải toàn bộ tổng quan (.xlsx)' })), 'c06-tong-quan.xlsx');
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');

    // The hostile name is text on the screen and an escaped cell in the file.
    await page.getByRole('button', { name: 'Xem dạng bảng: số hồ sơ theo cơ quan trung ương' }).click();
    await page.getByRole('table', { name: 'Hồ sơ của các cơ quan trung ương theo giai đoạn' }).getByRole('rowheader', { name: hostile, exact: true }).waitFor();
    const bodies = (await saved(await downloadOf(page, page.getByRole('link', { name: 'Tải số hồ sơ theo cơ quan trung ương (.csv)' })), 'c06-co-quan.csv')).toString('utf8');
    const bodyLines = bodies.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(bodyLines).toContain(`"'=HYPERLINK(""http://x.example"",""Cơ quan thử e2e"")",0,0,0,0,0,0,0,0,0,0,0,0`);
    expect(bodyLines.some((l) => /^"?[=+\-@]/.test(l))).toBe(false);

    // The list behind a figure downloads with its filter.
    await totals(page).locator('[data-figure="all"] a').click();
    await page.getByRole('heading', { level: 1, name: 'Danh sách hồ sơ' }).waitFor();
    const dossiers = (await saved(await downloadOf(page, page.getByRole('link', { name: 'Tải danh sách hồ sơ (.csv)' })), 'c06-ho-so.csv')).toString('utf8');
    const list = await api<{ total: number }>(page, 'national.dashboard.list', { filter: {}, page: 1, pageSize: 20 });
    expect(dossiers.replace(/^\ufeff/, '').trimEnd().split('\r\n')).toHaveLength(list.total + 1);
    expect(pageErrors(page)).toEqual([]);
  });
});

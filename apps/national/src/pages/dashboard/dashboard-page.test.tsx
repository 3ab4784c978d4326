import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { here, renderWithServer, type RecordedCall } from '../../test-support.tsx';
import { DashboardPage } from './dashboard-page.tsx';
import { BODY_ID, DOSSIER, NGHE_AN, OVERVIEW, dashboardServer, listPage } from './dashboard-fixtures.test-support.ts';

const inputsOf = (calls: RecordedCall[], path: string) => calls.filter((c) => c.path === path).map((c) => c.input as Record<string, unknown>);
const lastInput = (calls: RecordedCall[], path: string) => inputsOf(calls, path).at(-1);
const totals = () => screen.getByRole('list', { name: 'Số hồ sơ theo giai đoạn' });
const figureOf = (key: string) => totals().querySelector(`[data-figure="${key}"]`) as HTMLElement;
const back = () =>
  act(() => {
    window.history.back();
  });

describe('DashboardPage: the overview', () => {
  it('asks for the national overview of 12 months and shows the totals by stage in vi-VN figures', async () => {
    const r = renderWithServer(<DashboardPage />, dashboardServer(), '/c06/tong-quan');
    await screen.findByRole('list', { name: 'Số hồ sơ theo giai đoạn' });
    expect(lastInput(r.calls, 'national.dashboard.overview')).toEqual({ granularity: 'month', periods: 12 });
    expect(within(figureOf('PROVINCIAL_REVIEW')).getByRole('link').textContent).toBe('1.234 hồ sơ: trạng thái “PC06 đang thẩm định”');
    expect(figureOf('PROVINCIAL_REVIEW').textContent).toContain('90.000 tài khoản');
    expect(within(figureOf('NATIONAL_REVIEW')).getByRole('link').textContent).toMatch(/^10 hồ sơ/);
    expect(within(figureOf('overdue')).getByRole('link').textContent).toMatch(/^7 hồ sơ: quá hạn$/);
    expect(figureOf('overdue').textContent).toContain('PC06: 5 · C06: 2');
    expect(within(figureOf('all')).getByRole('link').textContent).toMatch(/^1.249 hồ sơ: tất cả hồ sơ đã nộp$/);
    expect(figureOf('all').textContent).toContain('98.765 tài khoản');
    // The share on time over the periods shown: 10 of 12 completed stages.
    expect(screen.getByText('Đúng hạn trong 3 kỳ: 83,3%')).toBeTruthy();
    expect(screen.getByText('Số liệu đến ngày 28/11/2026.', { exact: false })).toBeTruthy();
  });

  it('lists all 34 provinces in a table with a caption, header scopes and a named chart beside it', async () => {
    renderWithServer(<DashboardPage />, dashboardServer(), '/c06/tong-quan');
    const table = await screen.findByRole('table', { name: 'Hồ sơ của 34 tỉnh, thành phố theo giai đoạn' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(34);
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(rows.every((row) => row.querySelector('th')?.getAttribute('scope') === 'row')).toBe(true);
    const ngheAn = rows.find((row) => row.querySelector('th')?.textContent === 'Tỉnh Nghệ An')!;
    expect(within(ngheAn).getAllByRole('link').map((a) => a.textContent?.split(' ')[0])).toEqual(['1.239', '1.234', '3', '2', '5']);
    expect(screen.getByRole('figure', { name: 'Biểu đồ số hồ sơ theo tỉnh, thành phố. Số liệu đầy đủ ở dạng bảng.' })).toBeTruthy();
  });

  it('sorts the province table by a figure, largest first, and keeps the order in the URL', async () => {
    renderWithServer(<DashboardPage />, dashboardServer(), '/c06/tong-quan');
    const table = await screen.findByRole('table', { name: /34 tỉnh/ });
    const names = () => within(table).getAllByRole('row').slice(1).map((row) => row.querySelector('th')!.textContent);
    // By name in Vietnamese order, "Tỉnh"/"Thành phố" aside: An Giang, Bắc Ninh, Cà Mau, Cao Bằng, Cần Thơ…
    expect(names().slice(0, 5)).toEqual(['Tỉnh An Giang', 'Tỉnh Bắc Ninh', 'Tỉnh Cà Mau', 'Tỉnh Cao Bằng', 'Thành phố Cần Thơ']);
    fireEvent.click(within(table).getByRole('button', { name: /^Tổng số hồ sơ/ }));
    expect(here()).toBe('/c06/tong-quan?xep=tong');
    await waitFor(() => expect(names().slice(0, 2)).toEqual(['Tỉnh Nghệ An', 'Thành phố Hà Nội']));
    expect(within(table).getByRole('columnheader', { name: /^Tổng số hồ sơ/ }).getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(table).getByRole('button', { name: /^Tổng số hồ sơ/ }));
    expect(here()).toBe('/c06/tong-quan?xep=tong&chieu=tang');
  });

  it('offers each view as .xlsx and .csv through the export routes, with the period and scope in force', async () => {
    renderWithServer(<DashboardPage />, dashboardServer(), `/c06/tong-quan?ky=tuan&so-ky=6&tinh=${NGHE_AN}`);
    await screen.findByRole('list', { name: 'Số hồ sơ theo giai đoạn' });
    expect(screen.getByRole('link', { name: 'Tải số hồ sơ theo tỉnh, thành phố (.csv)' }).getAttribute('href')).toBe(
      `/files/dashboard/provinces.csv?granularity=week&periods=6&provinceCode=${NGHE_AN}`,
    );
    expect(screen.getByRole('link', { name: 'Tải toàn bộ tổng quan (.xlsx)' }).getAttribute('href')).toBe(`/files/dashboard/overview.xlsx?granularity=week&periods=6&provinceCode=${NGHE_AN}`);
    expect(screen.getByText('Phạm vi: Tỉnh Nghệ An')).toBeTruthy();
  });

  it('applies a period and a scope: a new URL and a new overview', async () => {
    const r = renderWithServer(<DashboardPage />, dashboardServer(), '/c06/tong-quan');
    await screen.findByRole('list', { name: 'Số hồ sơ theo giai đoạn' });
    fireEvent.change(screen.getByLabelText('Kỳ thống kê'), { target: { value: 'week' } });
    fireEvent.change(screen.getByLabelText('Phạm vi'), { target: { value: `b:${BODY_ID}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem số liệu' }));
    expect(here()).toBe(`/c06/tong-quan?ky=tuan&co-quan=${BODY_ID}`);
    await waitFor(() => expect(lastInput(r.calls, 'national.dashboard.overview')).toEqual({ granularity: 'week', periods: 12, centralBodyId: BODY_ID }));
  });
});

describe('DashboardPage: the table alternative', () => {
  it('switches a chart to its table (kept in the URL) and back; the table has vi-VN figures and links', async () => {
    renderWithServer(<DashboardPage />, dashboardServer(), '/c06/tong-quan');
    await screen.findByRole('figure', { name: /^Biểu đồ diễn biến theo thời gian/ });
    expect(screen.queryByRole('table', { name: 'Hồ sơ nộp mới, phê duyệt và ghi nhận kết nối theo kỳ' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Xem dạng bảng: diễn biến theo thời gian' }));
    expect(here()).toBe('/c06/tong-quan?bang=dien-bien');
    const table = await screen.findByRole('table', { name: 'Hồ sơ nộp mới, phê duyệt và ghi nhận kết nối theo kỳ' });
    expect(screen.queryByRole('figure', { name: /^Biểu đồ diễn biến theo thời gian/ })).toBeNull();
    const october = within(table).getByRole('rowheader', { name: 'Tháng 10/2026' }).closest('tr')!;
    expect(within(october).getAllByRole('cell').map((c) => c.textContent?.split(' ')[0])).toEqual(['1.200', '2', '1']);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Kỳ', 'Nộp mới', 'Phê duyệt', 'Ghi nhận kết nối']);
    fireEvent.click(screen.getByRole('button', { name: 'Xem dạng biểu đồ: diễn biến theo thời gian' }));
    expect(here()).toBe('/c06/tong-quan');
    await screen.findByRole('figure', { name: /^Biểu đồ diễn biến theo thời gian/ });
  });

  it('opens with tables from a shared link, the on-time table with shares and late stages', async () => {
    renderWithServer(<DashboardPage />, dashboardServer(), '/c06/tong-quan?bang=dung-han,thoi-gian-cho');
    const onTime = await screen.findByRole('table', { name: 'Tỉ lệ xử lý đúng hạn theo kỳ' });
    const october = within(onTime).getByRole('rowheader', { name: 'Tháng 10/2026' }).closest('tr')!;
    expect(within(october).getAllByRole('cell').map((c) => c.textContent?.split(' ')[0])).toEqual(['6', '1', '2', '1', '8', '6', '2', '75%']);
    const september = within(onTime).getByRole('rowheader', { name: 'Tháng 09/2026' }).closest('tr')!;
    expect(within(september).getAllByRole('cell').at(-1)?.textContent).toBe('Không có');
    const ageing = screen.getByRole('table', { name: 'Hồ sơ đang thẩm định theo số ngày làm việc chờ xử lý' });
    expect(within(ageing).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['0–3 ngày', '4–5 ngày', '6–10 ngày', 'Trên 10 ngày']);
    expect(within(ageing).getAllByRole('row')[1]!.textContent).toContain('1.206');
  });
});

describe('DashboardPage: drilling down to the list behind a figure', () => {
  it('a figure opens its list: the filter in the URL, the list asked with it, rows linking to the dossier, Back returns', async () => {
    const r = renderWithServer(<DashboardPage />, dashboardServer(OVERVIEW, listPage(7)), '/c06/tong-quan?bang=dien-bien');
    await screen.findByRole('list', { name: 'Số hồ sơ theo giai đoạn' });
    fireEvent.click(within(figureOf('NATIONAL_REVIEW')).getByRole('link'));
    expect(here()).toBe('/c06/tong-quan?bang=dien-bien&xem=ho-so&loc-trang-thai=c06-tham-dinh');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Danh sách hồ sơ' });
    expect(document.activeElement).toBe(heading);
    await waitFor(() => expect(lastInput(r.calls, 'national.dashboard.list')).toEqual({ filter: { stage: 'NATIONAL_REVIEW' }, page: 1, pageSize: 20, sort: 'due' }));
    expect(screen.getByText('Số liệu: trạng thái “C06 đang thẩm định”')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Hồ sơ C06 được xem: 45' });
    expect(within(table).getByRole('link', { name: DOSSIER.code }).getAttribute('href')).toBe(`/c06/ho-so/${DOSSIER.id}`);
    // Counted but not listed: local dossiers still with PC06.
    expect(screen.getByText(/còn gồm 7 hồ sơ địa phương đang do PC06 xử lý/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tải danh sách hồ sơ (.csv)' }).getAttribute('href')).toBe('/files/dashboard/dossiers.csv?stage=NATIONAL_REVIEW');

    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(here()).toBe('/c06/tong-quan?bang=dien-bien&xem=ho-so&loc-trang-thai=c06-tham-dinh&trang=2');
    await waitFor(() => expect(lastInput(r.calls, 'national.dashboard.list')?.page).toBe(2));

    back();
    back();
    await waitFor(() => expect(here()).toBe('/c06/tong-quan?bang=dien-bien'));
    expect(await screen.findByRole('table', { name: 'Hồ sơ nộp mới, phê duyệt và ghi nhận kết nối theo kỳ' })).toBeTruthy();
  });

  it('a province cell, a trend point and an ageing bar each carry their own filter; the scope joins figures without one', async () => {
    renderWithServer(<DashboardPage />, dashboardServer(), `/c06/tong-quan?tinh=${NGHE_AN}&bang=dien-bien,thoi-gian-cho`);
    const provinces = await screen.findByRole('table', { name: /34 tỉnh/ });
    const cell = within(provinces).getByRole('link', { name: '3 hồ sơ: trạng thái “C06 đang thẩm định”, Tỉnh Nghệ An' });
    expect(cell.getAttribute('href')).toBe(`/c06/tong-quan?tinh=${NGHE_AN}&bang=dien-bien%2Cthoi-gian-cho&xem=ho-so&loc-trang-thai=c06-tham-dinh&loc-tinh=${NGHE_AN}`);
    const trend = screen.getByRole('table', { name: /theo kỳ$/ });
    const submitted = within(trend).getByRole('link', { name: /^1.200 hồ sơ: nộp mới trong Tháng 10\/2026/ });
    expect(submitted.getAttribute('href')).toContain('xem=ho-so&loc-tinh=40&loc-ky=2026-10-01&loc-su-kien=nop');
    const ageing = screen.getByRole('table', { name: /chờ xử lý$/ });
    expect(within(ageing).getByRole('link', { name: '29 hồ sơ: trạng thái “PC06 đang thẩm định”, chờ 4–5 ngày làm việc, Tỉnh Nghệ An' }).getAttribute('href')).toContain('loc-trang-thai=pc06-tham-dinh&loc-tinh=40&loc-thoi-gian-cho=4-5');
  });

  it('opens a copied list link directly, with a period filter, and asks for that page', async () => {
    const r = renderWithServer(<DashboardPage />, dashboardServer(), '/c06/tong-quan?ky=tuan&xem=ho-so&loc-ky=2026-11-23&loc-su-kien=tre-han&loc-giai-doan=pc06&trang=2');
    await screen.findByRole('table', { name: 'Hồ sơ C06 được xem: 45' });
    expect(lastInput(r.calls, 'national.dashboard.list')).toEqual({
      filter: { period: { granularity: 'week', start: '2026-11-23', event: 'LATE', stageKind: 'PROVINCIAL' } },
      page: 2,
      pageSize: 20,
      sort: 'due',
    });
    expect(screen.getByText('Số liệu: giai đoạn thẩm định hoàn thành trễ hạn trong Tuần 23/11–29/11/2026, tại PC06')).toBeTruthy();
    expect(screen.getByText('Số liệu theo kỳ đếm giai đoạn thẩm định; danh sách liệt kê mỗi hồ sơ một lần.')).toBeTruthy();
    expect(screen.queryByText(/hồ sơ địa phương đang do PC06 xử lý/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Tải danh sách hồ sơ (.xlsx)' }).getAttribute('href')).toBe(
      '/files/dashboard/dossiers.xlsx?granularity=week&periodStart=2026-11-23&periodEvent=LATE&stageKind=PROVINCIAL',
    );
    fireEvent.click(screen.getByRole('link', { name: '← Về tổng quan' }));
    expect(here()).toBe('/c06/tong-quan?ky=tuan');
    expect(document.activeElement).toBe(await screen.findByRole('heading', { level: 1, name: 'Tổng quan tiến độ kết nối' }));
  });
});

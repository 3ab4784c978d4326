import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { here, renderWithServer, type RecordedCall } from '../../test-support.tsx';
import { QueuePage, SHORTCUTS_KEY } from './queue-page.tsx';
import { ME, ROWS, queueServer } from './queue-fixtures.test-support.ts';

const inputsOf = (calls: RecordedCall[], path: string) => calls.filter((c) => c.path === path).map((c) => c.input as Record<string, unknown>);
const lastInput = (calls: RecordedCall[], path: string) => inputsOf(calls, path).at(-1);

beforeEach(() => localStorage.clear());

describe('QueuePage (C06): tabs, counts and filters', () => {
  it("shows C06's tabs with their counts (no “forwarded to C06”), and asks national.queue for the tab to receive", async () => {
    const r = renderWithServer(<QueuePage userId={ME} />, queueServer());
    await screen.findByRole('table');
    expect((await screen.findAllByRole('tab')).map((tab) => tab.textContent)).toEqual(['Chờ tiếp nhận 1(1)', 'Đang thẩm định 1(1)', 'C06 đã trả lại — chờ đơn vị 0(0)', 'Đã có quyết định 2(2)', 'Tất cả 7(7)']);
    expect(screen.getByText('Quá hạn: 1 hồ sơ')).toBeTruthy();
    expect(lastInput(r.calls, 'national.queue')).toEqual({ tab: 'TO_RECEIVE', page: 1, pageSize: 20, sort: 'due', dir: 'asc' });
    expect(inputsOf(r.calls, 'provincial.queue')).toEqual([]);
  });

  it('filters by province in the URL and in both API inputs, and Back restores it', async () => {
    const r = renderWithServer(<QueuePage userId={ME} />, queueServer(), '/c06/?nhom=tat-ca');
    await screen.findByRole('table');
    const province = screen.getByLabelText('Tỉnh, thành phố') as HTMLSelectElement;
    await waitFor(() => expect(within(province).getAllByRole('option').map((o) => o.textContent)).toEqual(['Mọi tỉnh, thành phố', 'Thành phố Hà Nội', 'Tỉnh Nghệ An']));
    fireEvent.change(province, { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    expect(here()).toBe('/c06/?nhom=tat-ca&tinh=40');
    await waitFor(() => expect(lastInput(r.calls, 'national.queue')).toMatchObject({ tab: 'ALL', provinceCode: '40' }));
    expect(lastInput(r.calls, 'national.counts')).toEqual({ provinceCode: '40' });
    expect(screen.getByText('Bộ lọc (1 đang áp dụng)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    expect(here()).toBe('/c06/?nhom=tat-ca');
  });

  it('searches without diacritics through the server', async () => {
    const r = renderWithServer(<QueuePage userId={ME} />, queueServer());
    await screen.findByRole('table');
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'bo y te' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tìm' }));
    expect(here()).toBe('/c06/?tim=bo+y+te');
    await waitFor(() => expect(lastInput(r.calls, 'national.queue')).toMatchObject({ q: 'bo y te', page: 1 }));
  });
});

describe('QueuePage (C06): rows', () => {
  it("shows the province, PC06's recommendation and the A05 flags", async () => {
    renderWithServer(<QueuePage userId={ME} />, queueServer());
    const table = await screen.findByRole('table', { name: 'Chờ tiếp nhận: 4 hồ sơ' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent?.replace(/[↕↑↓]/g, ''));
    expect(headers.slice(0, 4)).toEqual(['Mã hồ sơ', 'Đơn vị, hệ thống', 'Tỉnh, thành phố', 'Ý kiến PC06']);
    const [, central, forwarded, expired, expiring] = within(table).getAllByRole('row');
    expect(central!.textContent).toContain('Trung ương');
    expect(central!.textContent).toContain('Không qua PC06');
    expect(forwarded!.textContent).toContain('Thành phố Hà Nội');
    expect(forwarded!.textContent).toContain('Đề nghị phê duyệt');
    expect(within(expired!).getByText('Xác nhận A05 đã hết hạn (hiệu lực đến 01/11/2026): cần xác nhận lại')).toBeTruthy();
    expect(within(expiring!).getByText('Xác nhận A05 sắp hết hạn: hiệu lực đến 15/12/2026')).toBeTruthy();
    expect(central!.textContent).not.toContain('Xác nhận A05');
    // Claims only in C06 review: the connected and suspended rows offer none.
    expect(within(central!).getByRole('button', { name: 'Nhận xử lý hồ sơ HS-2026-000201' })).toBeTruthy();
    expect(within(forwarded!).getByRole('button', { name: 'Thôi nhận xử lý hồ sơ HS-2026-000202' })).toBeTruthy();
    expect(within(expired!).queryByRole('button')).toBeNull();
    expect(within(central!).getByRole('link', { name: 'HS-2026-000201' }).getAttribute('href')).toBe(`/c06/ho-so/${ROWS[0].id}`);
  });

  it('claims through national.claim with the revision seen, and says a VERSION_CONFLICT reloaded the list', async () => {
    let conflict = false;
    const r = renderWithServer(
      <QueuePage userId={ME} />,
      queueServer((path) => (path === 'national.claim' ? (conflict ? { refusal: { appCode: 'VERSION_CONFLICT', message: 'Hồ sơ vừa được người khác thay đổi.' } } : { data: { revision: 4 } }) : undefined)),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Nhận xử lý hồ sơ HS-2026-000201' }));
    expect(await screen.findByText('Bạn đã nhận xử lý hồ sơ HS-2026-000201.')).toBeTruthy();
    expect(lastInput(r.calls, 'national.claim')).toMatchObject({ dossierId: ROWS[0].id, expectedRevision: 3 });
    await waitFor(() => expect(inputsOf(r.calls, 'national.queue')).toHaveLength(2));
    conflict = true;
    fireEvent.click(screen.getByRole('button', { name: 'Nhận xử lý hồ sơ HS-2026-000201' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Hồ sơ HS-2026-000201 vừa được người khác thay đổi. Danh sách đã được tải lại: hãy xem trạng thái mới rồi thử lại.');
    await waitFor(() => expect(inputsOf(r.calls, 'national.queue')).toHaveLength(3));
  });
});

describe('QueuePage (C06): keyboard', () => {
  const press = (key: string, target: Element | Document = document.body) => fireEvent.keyDown(target, { key });

  it('j moves to a row and Enter opens it; switched off, the keys do nothing and it stays off', async () => {
    const first = renderWithServer(<QueuePage userId={ME} />, queueServer());
    await screen.findByRole('table');
    press('j');
    press('j', document.activeElement!);
    expect(document.activeElement?.textContent).toBe('HS-2026-000202');
    (document.activeElement as HTMLElement).blur();
    press('Enter');
    expect(here()).toBe(`/c06/ho-so/${ROWS[1].id}`);
    first.unmount();

    renderWithServer(<QueuePage userId={ME} />, queueServer());
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Dùng phím tắt' }));
    expect(localStorage.getItem(SHORTCUTS_KEY)).toBe('off');
    press('/');
    expect(document.activeElement).not.toBe(screen.getByRole('searchbox'));
  });
});

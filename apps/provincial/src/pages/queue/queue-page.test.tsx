import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { here, renderWithServer, type RecordedCall } from '../../test-support.tsx';
import { QueuePage, SHORTCUTS_KEY } from './queue-page.tsx';
import { COUNTS, ME, OTHER_UNIT, ROWS, UNIT, queueServer } from './queue-fixtures.test-support.ts';

const inputsOf = (calls: RecordedCall[], path: string) => calls.filter((c) => c.path === path).map((c) => c.input as Record<string, unknown>);
const lastInput = (calls: RecordedCall[], path: string) => inputsOf(calls, path).at(-1);
const back = () =>
  act(() => {
    window.history.back();
  });

beforeEach(() => localStorage.clear());

describe('QueuePage: tabs and counts', () => {
  it('shows each tab with its count, the overdue and held-by-me figures, and asks for the tab to receive first', async () => {
    const r = renderWithServer(<QueuePage userId={ME} />, queueServer());
    await screen.findByRole('table');
    expect(await screen.findByRole('tab', { name: 'Chờ tiếp nhận (1)' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Đã trả lại — chờ đơn vị (1)' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Đã có quyết định (12)' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Tất cả (20)' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: /^Chờ tiếp nhận/ }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('Quá hạn: 1 hồ sơ')).toBeTruthy();
    expect(screen.getByText('Bạn đang xử lý: 1 hồ sơ')).toBeTruthy();
    expect(lastInput(r.calls, 'provincial.queue')).toEqual({ tab: 'TO_RECEIVE', page: 1, pageSize: 20, sort: 'due', dir: 'asc' });
    expect(screen.getByRole('tabpanel', { name: /^Chờ tiếp nhận/ })).toBeTruthy();
  });

  it('a tab is a new history entry: the URL, the list and the counts follow, and Back returns', async () => {
    const r = renderWithServer(<QueuePage userId={ME} />, queueServer());
    fireEvent.click(await screen.findByRole('tab', { name: /^Đang thẩm định/ }));
    expect(here()).toBe('/pc06/?nhom=dang-tham-dinh');
    await waitFor(() => expect(lastInput(r.calls, 'provincial.queue')?.tab).toBe('IN_REVIEW'));
    expect(screen.getByRole('tab', { name: /^Đang thẩm định/ }).getAttribute('aria-selected')).toBe('true');
    // Counts do not depend on the tab: they are asked once for these filters.
    expect(inputsOf(r.calls, 'provincial.counts')).toEqual([{}]);
    back();
    await waitFor(() => expect(here()).toBe('/pc06/'));
    await waitFor(() => expect(screen.getByRole('tab', { name: /^Chờ tiếp nhận/ }).getAttribute('aria-selected')).toBe('true'));
  });
});

describe('QueuePage: filters, search and sorting live in the URL', () => {
  it('starts from the URL: fields, search box, sort header and both API inputs', async () => {
    const url = `/pc06/?nhom=tat-ca&xep=ngay-nop&trang-thai=RETURNED&don-vi=${UNIT}&tu-ngay=2026-11-01&den-ngay=2026-11-30&han=qua-han&tim=duc&trang=2`;
    const r = renderWithServer(<QueuePage userId={ME} />, queueServer(), url);
    await screen.findByRole('table');
    const filters = { status: ['RETURNED'], unitId: UNIT, submittedFrom: '2026-11-01', submittedTo: '2026-11-30', deadline: 'OVERDUE', q: 'duc' };
    expect(lastInput(r.calls, 'provincial.queue')).toEqual({ ...filters, tab: 'ALL', page: 2, pageSize: 20, sort: 'submitted', dir: 'desc' });
    expect(lastInput(r.calls, 'provincial.counts')).toEqual(filters);
    expect((screen.getByRole('searchbox', { name: 'Mã hồ sơ, tên đơn vị hoặc hệ thống' }) as HTMLInputElement).value).toBe('duc');
    expect((screen.getByLabelText('Trạng thái') as HTMLSelectElement).value).toBe('RETURNED');
    await waitFor(() => expect((screen.getByLabelText('Đơn vị chủ quản') as HTMLSelectElement).value).toBe(UNIT));
    expect((screen.getByLabelText('Nộp từ ngày') as HTMLInputElement).value).toBe('01/11/2026');
    expect((screen.getByLabelText('Nộp đến ngày') as HTMLInputElement).value).toBe('30/11/2026');
    expect((screen.getByLabelText('Thời hạn') as HTMLSelectElement).value).toBe('OVERDUE');
    expect(screen.getByText('Bộ lọc (5 đang áp dụng)')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Ngày nộp/ }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: /Hạn xử lý/ }).getAttribute('aria-sort')).toBe('none');
  });

  it('applies typed filters to the URL (dates dd/MM/yyyy), narrowing systems to the chosen unit, and Back restores the fields', async () => {
    const r = renderWithServer(<QueuePage userId={ME} />, queueServer());
    await screen.findByRole('table');
    const unit = screen.getByLabelText('Đơn vị chủ quản') as HTMLSelectElement;
    await waitFor(() => expect(within(unit).getAllByRole('option')).toHaveLength(3));
    fireEvent.change(unit, { target: { value: OTHER_UNIT } });
    const systems = within(screen.getByLabelText('Hệ thống thông tin') as HTMLSelectElement).getAllByRole('option').map((o) => o.textContent);
    expect(systems).toEqual(['Mọi hệ thống', 'Cổng dịch vụ công Đức Thọ']);
    fireEvent.change(screen.getByLabelText('Nộp từ ngày'), { target: { value: '5/11/2026' } });
    fireEvent.change(screen.getByLabelText('Thời hạn'), { target: { value: 'DUE_TODAY' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    expect(here()).toBe(`/pc06/?don-vi=${OTHER_UNIT}&tu-ngay=2026-11-05&han=den-han`);
    await waitFor(() => expect(lastInput(r.calls, 'provincial.queue')).toMatchObject({ unitId: OTHER_UNIT, submittedFrom: '2026-11-05', deadline: 'DUE_TODAY', page: 1 }));
    expect(lastInput(r.calls, 'provincial.counts')).toEqual({ unitId: OTHER_UNIT, submittedFrom: '2026-11-05', deadline: 'DUE_TODAY' });

    back();
    await waitFor(() => expect(here()).toBe('/pc06/'));
    await waitFor(() => expect((screen.getByLabelText('Nộp từ ngày') as HTMLInputElement).value).toBe(''));
    expect((screen.getByLabelText('Đơn vị chủ quản') as HTMLSelectElement).value).toBe('');
  });

  it('refuses a date that is not a real day, or an end before the start, without asking the server', async () => {
    const r = renderWithServer(<QueuePage userId={ME} />, queueServer());
    await screen.findByRole('table');
    const before = r.calls.length;
    fireEvent.change(screen.getByLabelText('Nộp từ ngày'), { target: { value: '31/02/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    expect(screen.getByRole('heading', { name: 'Có 1 lỗi cần sửa' })).toBeTruthy();
    expect(screen.getByLabelText('Nộp từ ngày').getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(screen.getByLabelText('Nộp từ ngày'), { target: { value: '10/11/2026' } });
    fireEvent.change(screen.getByLabelText('Nộp đến ngày'), { target: { value: '01/11/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    expect(screen.getAllByText('“Nộp đến ngày” không được trước “Nộp từ ngày”.').length).toBeGreaterThan(0);
    expect(here()).toBe('/pc06/');
    expect(r.calls.length).toBe(before);
  });

  it('clears the filters but keeps the search', async () => {
    renderWithServer(<QueuePage userId={ME} />, queueServer(), `/pc06/?han=qua-han&tim=duc`);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    expect(here()).toBe('/pc06/?tim=duc');
  });

  it('searches as typed (the server ignores diacritics), and “Bỏ tìm kiếm” drops it', async () => {
    const r = renderWithServer(<QueuePage userId={ME} />, queueServer(), '/pc06/?nhom=tat-ca&trang=3');
    await screen.findByRole('table');
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '  duc tho ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tìm' }));
    expect(here()).toBe('/pc06/?nhom=tat-ca&tim=duc+tho');
    await waitFor(() => expect(lastInput(r.calls, 'provincial.queue')).toMatchObject({ q: 'duc tho', tab: 'ALL', page: 1 }));
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ tìm kiếm' }));
    expect(here()).toBe('/pc06/?nhom=tat-ca');
  });

  it('sorts by a clicked header on the server, the other way on a second click', async () => {
    const r = renderWithServer(<QueuePage userId={ME} />, queueServer());
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Đơn vị, hệ thống' }));
    expect(here()).toBe('/pc06/?xep=don-vi');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Đơn vị, hệ thống/ }).getAttribute('aria-sort')).toBe('ascending'));
    fireEvent.click(screen.getByRole('button', { name: 'Đơn vị, hệ thống' }));
    expect(here()).toBe('/pc06/?xep=don-vi&chieu=giam');
    await waitFor(() => expect(lastInput(r.calls, 'provincial.queue')).toMatchObject({ sort: 'unit', dir: 'desc' }));
  });

  it('pages on the server, keeping the view', async () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ ...ROWS[0], id: `00000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`, code: `HS-2026-0002${String(i).padStart(2, '0')}` }));
    const r = renderWithServer(<QueuePage userId={ME} />, (path, input) => (path === 'provincial.queue' ? { data: { items: many, total: 45 } } : queueServer()(path, input)), '/pc06/?tim=y');
    await screen.findByText('Trang 1/3 · 1–20 trong 45 mục');
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(here()).toBe('/pc06/?tim=y&trang=2');
    await waitFor(() => expect(lastInput(r.calls, 'provincial.queue')).toMatchObject({ page: 2, q: 'y' }));
  });
});

describe('QueuePage: rows, holders, claim and release', () => {
  it('shows code, unit, system, deadline and who holds each dossier', async () => {
    renderWithServer(<QueuePage userId={ME} />, queueServer());
    const table = await screen.findByRole('table', { name: 'Chờ tiếp nhận: 3 hồ sơ' });
    const [, first, mine, colleague] = within(table).getAllByRole('row');
    expect(within(first!).getByRole('rowheader').textContent).toBe('HS-2026-000101');
    expect(within(first!).getByRole('link', { name: 'HS-2026-000101' }).getAttribute('href')).toBe(`/pc06/ho-so/${ROWS[0].id}`);
    expect(first!.textContent).toContain('Còn 2 ngày làm việc');
    expect(first!.textContent).toContain('Chưa có người nhận');
    expect(mine!.textContent).toContain('Quá hạn 3 ngày làm việc');
    expect(mine!.textContent).toContain('Bạn đang xử lý');
    expect(colleague!.textContent).toContain('Đang do Trần Thị Đức xử lý');
    expect(within(first!).getByRole('button', { name: 'Nhận xử lý hồ sơ HS-2026-000101' })).toBeTruthy();
    expect(within(mine!).getByRole('button', { name: 'Thôi nhận xử lý hồ sơ HS-2026-000102' })).toBeTruthy();
    expect(within(colleague!).getByRole('button', { name: 'Tiếp quản hồ sơ HS-2026-000103' })).toBeTruthy();
  });

  it("claims with the row's revision and a fresh idempotency key, says so, and reloads the list and counts", async () => {
    const r = renderWithServer(<QueuePage userId={ME} />, queueServer((path) => (path === 'provincial.claim' ? { data: { revision: 5 } } : undefined)));
    const queueAsked = async () => inputsOf(r.calls, 'provincial.queue').length;
    fireEvent.click(await screen.findByRole('button', { name: 'Nhận xử lý hồ sơ HS-2026-000101' }));
    expect(await screen.findByText('Bạn đã nhận xử lý hồ sơ HS-2026-000101.')).toBeTruthy();
    const claim = lastInput(r.calls, 'provincial.claim')!;
    expect(claim).toMatchObject({ dossierId: ROWS[0].id, expectedRevision: 4 });
    expect(String(claim.idempotencyKey)).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(async () => expect(await queueAsked()).toBe(2));
    expect(inputsOf(r.calls, 'provincial.counts')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Tiếp quản hồ sơ HS-2026-000103' }));
    await waitFor(() => expect(inputsOf(r.calls, 'provincial.claim')).toHaveLength(2));
    const takeover = lastInput(r.calls, 'provincial.claim')!;
    expect(takeover).toMatchObject({ dossierId: ROWS[2].id, expectedRevision: 2 });
    expect(takeover.idempotencyKey).not.toBe(claim.idempotencyKey);
  });

  it('releases its own claim through provincial.release', async () => {
    const r = renderWithServer(<QueuePage userId={ME} />, queueServer((path) => (path === 'provincial.release' ? { data: { revision: 8 } } : undefined)));
    fireEvent.click(await screen.findByRole('button', { name: 'Thôi nhận xử lý hồ sơ HS-2026-000102' }));
    expect(await screen.findByText('Bạn đã thôi nhận xử lý hồ sơ HS-2026-000102; hồ sơ trở lại hàng chờ.')).toBeTruthy();
    expect(lastInput(r.calls, 'provincial.release')).toMatchObject({ dossierId: ROWS[1].id, expectedRevision: 7 });
    expect(inputsOf(r.calls, 'provincial.claim')).toEqual([]);
  });

  it('on a VERSION_CONFLICT says someone was quicker and reloads the list', async () => {
    const r = renderWithServer(
      <QueuePage userId={ME} />,
      queueServer((path) => (path === 'provincial.claim' ? { refusal: { appCode: 'VERSION_CONFLICT', message: 'Hồ sơ vừa được người khác thay đổi.' } } : undefined)),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Nhận xử lý hồ sơ HS-2026-000101' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Hồ sơ HS-2026-000101 vừa được người khác thay đổi. Danh sách đã được tải lại: hãy xem trạng thái mới rồi thử lại.');
    await waitFor(() => expect(inputsOf(r.calls, 'provincial.queue')).toHaveLength(2));
  });
});

describe('QueuePage: empty, loading and error states', () => {
  it('says the tab is empty, or that nothing matches the filters', async () => {
    renderWithServer(<QueuePage userId={ME} />, queueServer(undefined, []), '/pc06/?nhom=da-tra-lai');
    expect(await screen.findByText('Không có hồ sơ nào đang chờ đơn vị bổ sung.')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zzz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tìm' }));
    expect(await screen.findByText('Không có hồ sơ nào khớp với bộ lọc và từ khóa tìm kiếm.')).toBeTruthy();
  });

  it('says it is loading, then shows a refusal with a way to try again', async () => {
    let fail = true;
    renderWithServer(<QueuePage userId={ME} />, queueServer((path) => (path === 'provincial.queue' && fail ? { refusal: { appCode: 'INTERNAL', message: 'Hệ thống gặp lỗi ngoài dự kiến.' } } : undefined)));
    expect(screen.getByRole('status').textContent).toBe('Đang tải…');
    expect((await screen.findByRole('alert')).textContent).toBe('Hệ thống gặp lỗi ngoài dự kiến.');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('table')).toBeTruthy();
  });
});

describe('QueuePage: keyboard', () => {
  const press = (key: string, target: Element | Document = document.body) => fireEvent.keyDown(target, { key });
  const activeCode = () => document.querySelector('tr[aria-current="true"] th')?.textContent ?? null;

  it('j and k move the active row with the focus on its link; Enter opens the dossier', async () => {
    renderWithServer(<QueuePage userId={ME} />, queueServer());
    await screen.findByRole('table');
    press('j');
    expect(activeCode()).toBe('HS-2026-000101');
    expect(document.activeElement?.textContent).toBe('HS-2026-000101');
    press('j', document.activeElement!);
    press('j', document.activeElement!);
    press('j', document.activeElement!);
    expect(activeCode()).toBe('HS-2026-000103');
    press('k', document.activeElement!);
    expect(activeCode()).toBe('HS-2026-000102');
    expect(document.querySelector('tr[aria-current="true"]')?.className).toBe('kn-row--active');
    // Enter on the page (focus not on a link or button) opens the active dossier.
    (document.activeElement as HTMLElement).blur();
    press('Enter');
    expect(here()).toBe(`/pc06/ho-so/${ROWS[1].id}`);
  });

  it('/ goes to the search box, where j and k are just letters', async () => {
    renderWithServer(<QueuePage userId={ME} />, queueServer());
    await screen.findByRole('table');
    press('/');
    const box = screen.getByRole('searchbox');
    expect(document.activeElement).toBe(box);
    press('j', box);
    press('k', box);
    expect(activeCode()).toBeNull();
  });

  it('can be switched off, and stays off in this browser', async () => {
    const first = renderWithServer(<QueuePage userId={ME} />, queueServer());
    await screen.findByRole('table');
    expect(screen.getByText('Phím tắt').tagName).toBe('SUMMARY');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Dùng phím tắt' }));
    press('j');
    press('/');
    expect(activeCode()).toBeNull();
    expect(document.activeElement).not.toBe(screen.getByRole('searchbox'));
    expect(localStorage.getItem(SHORTCUTS_KEY)).toBe('off');
    first.unmount();
    renderWithServer(<QueuePage userId={ME} />, queueServer());
    await screen.findByRole('table');
    expect((screen.getByRole('checkbox', { name: 'Dùng phím tắt' }) as HTMLInputElement).checked).toBe(false);
    press('j');
    expect(activeCode()).toBeNull();
  });

  it('starts again from no active row on another page of the list', async () => {
    renderWithServer(<QueuePage userId={ME} />, queueServer());
    await screen.findByRole('table');
    press('j');
    expect(activeCode()).toBe('HS-2026-000101');
    fireEvent.click(screen.getByRole('tab', { name: /^Tất cả/ }));
    await waitFor(() => expect(activeCode()).toBeNull());
    expect(COUNTS.tabs.ALL).toBe(20);
  });
});

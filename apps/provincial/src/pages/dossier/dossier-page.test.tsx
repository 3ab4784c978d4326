import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DOSSIER_PARTS } from '@ketnoi/domain';
import { REVIEW_PARTS } from '@ketnoi/ui';
import { renderWithServer, type RecordedCall } from '../../test-support.tsx';
import { DossierPage } from './dossier-page.tsx';
import { ACCOUNTS, COLLEAGUE, DOSSIER, DOSSIER_ID, ME, dossierServer } from './dossier-fixtures.test-support.ts';

const URL_ = `/pc06/ho-so/${DOSSIER_ID}`;
const inputsOf = (calls: RecordedCall[], path: string) => calls.filter((c) => c.path === path).map((c) => c.input as Record<string, unknown>);
const render = (server = dossierServer()) => renderWithServer(<DossierPage dossierId={DOSSIER_ID} userId={ME} />, server, URL_);
const partCard = (name: RegExp) => screen.getByRole('region', { name });
const returnForm = () => screen.getByRole('region', { name: 'Trả lại để bổ sung' });
const forwardForm = () => screen.getByRole('region', { name: 'Chuyển C06' });

describe('review screen: parts, accounts and history', () => {
  it('keeps the panels’ part order equal to the domain’s', () => {
    expect([...REVIEW_PARTS]).toEqual([...DOSSIER_PARTS]);
  });

  it('shows the four parts, the masked account list with its badges, the changes and the history', async () => {
    render();
    await screen.findByRole('heading', { level: 1, name: 'Hồ sơ HS-2026-000101' });
    expect(within(partCard(/^1\. Bản cam kết/)).getByText('45/CK-SYT')).toBeTruthy();
    expect(within(partCard(/^1\. Bản cam kết/)).getByRole('link', { name: 'Tải về bản cam kết' }).getAttribute('href')).toBe('/files/f-commitment');
    expect(within(partCard(/^3\. Phiếu đăng ký/)).getByText('1.500')).toBeTruthy();
    expect(within(partCard(/^4\. Văn bản xác nhận/)).getByText('Đạt yêu cầu')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Danh sách tài khoản: 2 người' });
    expect(within(table).getByText('040******321')).toBeTruthy();
    const hanh = within(table).getByRole('row', { name: /Lương Thị Hạnh/ });
    expect(within(hanh).getByText('Đã có trong hệ thống kết nối khác (2)')).toBeTruthy();
    expect(within(hanh).queryByText('Thay đổi từ phiên bản trước')).toBeNull();
    expect(within(within(table).getByRole('row', { name: /Tạ Quang Huy/ })).getByText('Thay đổi từ phiên bản trước')).toBeTruthy();
    const changes = screen.getByRole('region', { name: 'Thay đổi so với phiên bản trước' });
    expect(await within(changes).findByText('Phiên bản 2 so với phiên bản 1: 1 thay đổi.')).toBeTruthy();
    expect(within(changes).getByRole('row', { name: /040\*{6}322 Sửa 3 Chức vụ/ })).toBeTruthy();
    const history = screen.getByRole('region', { name: 'Lịch sử xử lý' });
    expect(await within(history).findByRole('heading', { name: 'Nộp lại hồ sơ (phiên bản 2)' })).toBeTruthy();
    expect(within(history).getByText('Chức vụ dòng 3 chưa đúng.')).toBeTruthy();
  });

  it('searches the account list on the server and starts again from page 1', async () => {
    const r = render();
    await screen.findByRole('table', { name: 'Danh sách tài khoản: 2 người' });
    fireEvent.change(screen.getByLabelText(/^Tìm theo họ tên/), { target: { value: ' quang huy ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tìm tài khoản' }));
    await screen.findByRole('table', { name: 'Danh sách tài khoản khớp với “quang huy”: 2 người' });
    expect(inputsOf(r.calls, 'dossier.accounts').at(-1)).toEqual({ dossierId: DOSSIER_ID, version: 2, page: 1, pageSize: 20, q: 'quang huy' });
    expect(ACCOUNTS.items.every((a) => /^\d{3}\*{6}\d{3}$/.test(a.personalId))).toBe(true);
  });
});

describe('review screen: only the actions allowed', () => {
  it('offers a takeover, and neither return nor forward, on a dossier a colleague holds', async () => {
    const held = { ...DOSSIER, holderName: 'Trần Thị Đức', holderUserId: COLLEAGUE, allowedCommands: ['CLAIM'] };
    render(dossierServer({ current: held }));
    expect(await screen.findByRole('button', { name: 'Tiếp nhận xử lý thay' })).toBeTruthy();
    expect(screen.getByText(/Hồ sơ đang do Trần Thị Đức xử lý/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Trả lại để bổ sung' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Chuyển C06' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Thôi nhận xử lý' })).toBeNull();
  });

  it('says "not found" for a dossier out of reach', async () => {
    render(dossierServer(undefined, (path) => (path === 'dossier.get' ? { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy hồ sơ.' } } : undefined)));
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy hồ sơ' })).toBeTruthy();
  });
});

describe('review checklist', () => {
  it('ticks points and records a result per part; the result is the one the opinion carries', async () => {
    render();
    await screen.findByRole('heading', { level: 1, name: 'Hồ sơ HS-2026-000101' });
    const card = partCard(/^2\. Danh sách tài khoản/);
    const point = within(card).getByRole('checkbox', { name: 'Người sử dụng thuộc đơn vị chủ quản' }) as HTMLInputElement;
    fireEvent.click(point);
    expect(point.checked).toBe(true);
    fireEvent.click(within(card).getByRole('radio', { name: 'Chưa đạt' }));
    const inForm = within(within(forwardForm()).getByRole('group', { name: /^Kết quả: 2\. Danh sách tài khoản/ }));
    expect((inForm.getByRole('radio', { name: 'Chưa đạt' }) as HTMLInputElement).checked).toBe(true);
    // And back: choosing in the opinion updates the part's checklist.
    fireEvent.click(inForm.getByRole('radio', { name: 'Đạt' }));
    expect((within(card).getByRole('radio', { name: 'Đạt' }) as HTMLInputElement).checked).toBe(true);
    expect(point.checked).toBe(true);
  });
});

describe('deficiency editor (return)', () => {
  it('requires a reason for each item and sends nothing until it is given', async () => {
    const r = render();
    await screen.findByRole('region', { name: 'Trả lại để bổ sung' });
    fireEvent.click(within(returnForm()).getByRole('button', { name: 'Trả lại hồ sơ để bổ sung' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Nội dung 1: cần ghi lý do.' })).toBeTruthy();
    expect(within(returnForm()).getByLabelText(/^Lý do \(nội dung 1\)/).getAttribute('aria-invalid')).toBe('true');
    expect(inputsOf(r.calls, 'provincial.return')).toEqual([]);
  });

  it('names rows only for the account list, checks them, and sends the deficiencies with the revision', async () => {
    const state = { current: DOSSIER as Record<string, unknown> };
    const r = render(
      dossierServer(state, (path) => {
        if (path !== 'provincial.return') return undefined;
        state.current = { ...DOSSIER, status: 'RETURNED', holderName: null, holderUserId: null, allowedCommands: [], deficiencies: [{ part: 'ACCOUNT_LIST', rows: [3, 5, 6], reason: 'Chức vụ chưa khớp.' }] };
        return { data: { revision: 10 } };
      }),
    );
    await screen.findByRole('region', { name: 'Trả lại để bổ sung' });
    const form = within(returnForm());
    // Item 1 is on the commitment: no rows field.
    expect(form.queryByLabelText('Các dòng trong danh sách tài khoản (nội dung 1)')).toBeNull();
    fireEvent.change(form.getByLabelText('Thành phần (nội dung 1)'), { target: { value: 'ACCOUNT_LIST' } });
    const rows = form.getByLabelText('Các dòng trong danh sách tài khoản (nội dung 1)');
    fireEvent.change(rows, { target: { value: '1, 3' } });
    fireEvent.change(form.getByLabelText(/^Lý do \(nội dung 1\)/), { target: { value: 'Chức vụ chưa khớp.' } });
    fireEvent.click(form.getByRole('button', { name: 'Thêm nội dung' }));
    fireEvent.change(form.getByLabelText('Thành phần (nội dung 2)'), { target: { value: 'ACCOUNT_LIST' } });
    fireEvent.change(form.getByLabelText('Các dòng trong danh sách tài khoản (nội dung 2)'), { target: { value: '7' } });
    // Rows typed, then the part changed: the rows field goes and the rows are not sent.
    fireEvent.change(form.getByLabelText('Thành phần (nội dung 2)'), { target: { value: 'ORG_COMMITMENT' } });
    expect(form.queryByLabelText('Các dòng trong danh sách tài khoản (nội dung 2)')).toBeNull();
    fireEvent.change(form.getByLabelText(/^Lý do \(nội dung 2\)/), { target: { value: '  Bản cam kết chưa có dấu.  ' } });
    fireEvent.click(form.getByRole('button', { name: 'Trả lại hồ sơ để bổ sung' }));
    expect(await screen.findByRole('link', { name: /số dòng phải là số nguyên từ 2 trở lên/ })).toBeTruthy();
    expect(inputsOf(r.calls, 'provincial.return')).toEqual([]);

    fireEvent.change(rows, { target: { value: '3, 5-6' } });
    fireEvent.click(form.getByRole('button', { name: 'Trả lại hồ sơ để bổ sung' }));
    await waitFor(() => expect(inputsOf(r.calls, 'provincial.return')).toHaveLength(1));
    const sent = inputsOf(r.calls, 'provincial.return')[0]!;
    expect(sent).toMatchObject({
      dossierId: DOSSIER_ID,
      expectedRevision: 9,
      deficiencies: [
        { part: 'ACCOUNT_LIST', rows: [3, 5, 6], reason: 'Chức vụ chưa khớp.' },
        { part: 'ORG_COMMITMENT', reason: 'Bản cam kết chưa có dấu.' },
      ],
    });
    expect(sent.deficiencies).toEqual([
      { part: 'ACCOUNT_LIST', rows: [3, 5, 6], reason: 'Chức vụ chưa khớp.' },
      { part: 'ORG_COMMITMENT', reason: 'Bản cam kết chưa có dấu.' },
    ]);
    expect(String(sent.idempotencyKey).length).toBeGreaterThanOrEqual(8);
    expect(await screen.findByText('Đã trả lại hồ sơ HS-2026-000101 cho đơn vị để bổ sung.')).toBeTruthy();
    const pdf = await screen.findByRole('link', { name: 'Tải phiếu yêu cầu bổ sung hồ sơ (PDF)' });
    expect(pdf.getAttribute('href')).toBe(`/files/dossiers/${DOSSIER_ID}/supplement-request.pdf`);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Trả lại để bổ sung' })).toBeNull());
  });
});

describe('forward opinion form', () => {
  it('asks for every part’s result and a recommendation before sending', async () => {
    const r = render();
    await screen.findByRole('region', { name: 'Chuyển C06' });
    fireEvent.click(within(forwardForm()).getByRole('radio', { name: 'Đề nghị phê duyệt' }));
    fireEvent.click(within(within(forwardForm()).getByRole('group', { name: /^Kết quả: 1\./ })).getByRole('radio', { name: 'Đạt' }));
    fireEvent.click(within(forwardForm()).getByRole('button', { name: 'Chuyển hồ sơ lên C06' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Chọn kết quả kiểm tra cho 2. Danh sách tài khoản đăng ký sử dụng khai thác dịch vụ dân cư.',
      'Chọn kết quả kiểm tra cho 3. Phiếu đăng ký sử dụng dịch vụ.',
      'Chọn kết quả kiểm tra cho 4. Văn bản xác nhận bảo đảm an ninh, an toàn thông tin (A05).',
    ]);
    expect(inputsOf(r.calls, 'provincial.forward')).toEqual([]);
  });

  it('sends the structured opinion: results per part, recommendation, trimmed note', async () => {
    const r = render();
    await screen.findByRole('region', { name: 'Chuyển C06' });
    const form = within(forwardForm());
    for (const n of [1, 2, 3, 4]) fireEvent.click(within(form.getByRole('group', { name: new RegExp(`^Kết quả: ${n}\\.`) })).getByRole('radio', { name: n === 4 ? 'Chưa đạt' : 'Đạt' }));
    fireEvent.click(form.getByRole('radio', { name: 'Đề nghị trả lại để bổ sung' }));
    fireEvent.change(form.getByLabelText('Ghi chú gửi C06'), { target: { value: '  Văn bản A05 cần xác nhận lại.  ' } });
    fireEvent.click(form.getByRole('button', { name: 'Chuyển hồ sơ lên C06' }));
    await waitFor(() => expect(inputsOf(r.calls, 'provincial.forward')).toHaveLength(1));
    expect(inputsOf(r.calls, 'provincial.forward')[0]).toMatchObject({
      dossierId: DOSSIER_ID,
      expectedRevision: 9,
      opinion: { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'NOT_OK' }, recommendation: 'RETURN', note: 'Văn bản A05 cần xác nhận lại.' },
    });
    expect(await screen.findByText('Đã chuyển hồ sơ HS-2026-000101 lên C06 kèm ý kiến thẩm định.')).toBeTruthy();
  });

  it('on a VERSION_CONFLICT says so and reloads the dossier', async () => {
    const r = render(dossierServer(undefined, (path) => (path === 'provincial.forward' ? { refusal: { appCode: 'VERSION_CONFLICT', message: 'Hồ sơ đã thay đổi.' } } : undefined)));
    await screen.findByRole('region', { name: 'Chuyển C06' });
    const form = within(forwardForm());
    for (const n of [1, 2, 3, 4]) fireEvent.click(within(form.getByRole('group', { name: new RegExp(`^Kết quả: ${n}\\.`) })).getByRole('radio', { name: 'Đạt' }));
    fireEvent.click(form.getByRole('radio', { name: 'Đề nghị phê duyệt' }));
    const gets = inputsOf(r.calls, 'dossier.get').length;
    fireEvent.click(form.getByRole('button', { name: 'Chuyển hồ sơ lên C06' }));
    expect(await screen.findByText(/Hồ sơ HS-2026-000101 vừa được cập nhật .* Trang đã tải lại nội dung mới nhất/)).toBeTruthy();
    await waitFor(() => expect(inputsOf(r.calls, 'dossier.get').length).toBeGreaterThan(gets));
  });

  it('shows any other refusal in the server’s words', async () => {
    render(dossierServer(undefined, (path) => (path === 'provincial.release' ? { refusal: { appCode: 'NOT_HOLDER', message: 'Bạn không còn là người xử lý hồ sơ này.' } } : undefined)));
    fireEvent.click(await screen.findByRole('button', { name: 'Thôi nhận xử lý' }));
    expect(await screen.findByText('Bạn không còn là người xử lý hồ sơ này.')).toBeTruthy();
  });
});

describe('commands and the network', () => {
  it('sends the same idempotency key again when the same command is retried after a network failure, a new one otherwise', async () => {
    let failNext = true;
    const r = render(
      dossierServer(undefined, (path) => {
        if (path !== 'provincial.release') return undefined;
        if (!failNext) return { data: { revision: 10 } };
        failNext = false;
        throw new TypeError('Failed to fetch');
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Thôi nhận xử lý' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('button', { name: 'Thôi nhận xử lý' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Thôi nhận xử lý' }));
    expect(await screen.findByText('Bạn đã thôi nhận xử lý hồ sơ HS-2026-000101; hồ sơ trở lại hàng chờ.')).toBeTruthy();
    const keys = inputsOf(r.calls, 'provincial.release').map((i) => i.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Thôi nhận xử lý' }));
    await waitFor(() => expect(inputsOf(r.calls, 'provincial.release')).toHaveLength(3));
    expect(inputsOf(r.calls, 'provincial.release')[2]!.idempotencyKey).not.toBe(keys[0]);
  });
});

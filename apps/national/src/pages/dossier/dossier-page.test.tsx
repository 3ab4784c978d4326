import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { here, renderWithServer, type RecordedCall } from '../../test-support.tsx';
import { DossierPage } from './dossier-page.tsx';
import { APPROVED, COMMANDS, CONNECTED, DOSSIER, DOSSIER_ID, ME, dossierServer } from './dossier-fixtures.test-support.ts';

const URL = `/c06/ho-so/${DOSSIER_ID}`;
const sent = (calls: RecordedCall[]) => calls.filter((c) => COMMANDS.includes(c.path));
const lastInput = (calls: RecordedCall[], path: string) => calls.filter((c) => c.path === path).at(-1)?.input as Record<string, unknown> | undefined;
const decisionHeadings = () => within(screen.getByRole('region', { name: 'Quyết định của C06' })).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
/** A field by the start of its label (required ones add “(bắt buộc)”). */
const field = (label: string) => screen.getByLabelText(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
const render = (dossier: Record<string, unknown> = DOSSIER, override?: Parameters<typeof dossierServer>[1]) => renderWithServer(<DossierPage dossierId={DOSSIER_ID} userId={ME} />, dossierServer({ current: dossier }, override), URL);

describe('DossierPage (C06): what it shows', () => {
  it("shows the overview, PC06's opinion, the parts and only the decisions allowed in C06 review to the holder", async () => {
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ HS-2026-000202' })).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Địa phương, PC06 Thành phố Hà Nội chuyển lên')).toBeTruthy());
    const opinion = screen.getByRole('region', { name: 'Ý kiến thẩm định của PC06' });
    expect(within(opinion).getByText('Đề nghị phê duyệt')).toBeTruthy();
    expect(within(opinion).getByText('Đủ điều kiện; lưu ý thời hạn văn bản A05.')).toBeTruthy();
    expect(within(opinion).getAllByText('Chưa đạt')).toHaveLength(1);
    expect(decisionHeadings()).toEqual(['Phê duyệt, đề xuất kết nối chính thức', 'Trả lại đơn vị để bổ sung', 'Từ chối hồ sơ']);
    expect(screen.getByRole('button', { name: 'Thôi nhận xử lý' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ghi nhận kết nối' })).toBeNull();
    expect(screen.getByText('Hiệu lực đến 20/09/2028')).toBeTruthy();
    expect(screen.queryByText(/Xác nhận A05 đã hết hạn/)).toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: '4. Văn bản xác nhận bảo đảm an ninh, an toàn thông tin (A05)' })).toBeTruthy();
  });

  it('offers no decision to an officer who has not claimed it, only the claim', async () => {
    render({ ...DOSSIER, holderName: null, holderUserId: null, allowedCommands: ['CLAIM'] });
    expect(await screen.findByRole('button', { name: 'Nhận xử lý hồ sơ' })).toBeTruthy();
    expect(screen.getByText('Hãy nhận xử lý hồ sơ để phê duyệt, trả lại hoặc từ chối.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Quyết định của C06' })).toBeNull();
  });

  it('on a connection, offers suspend and revoke only, with the expired A05 flag, the approval and the connection', async () => {
    render(CONNECTED);
    await screen.findByRole('heading', { level: 1 });
    expect(decisionHeadings()).toEqual(['Tạm dừng kết nối', 'Thu hồi kết nối']);
    expect(screen.getByText('Xác nhận A05 đã hết hạn (hiệu lực đến 01/11/2026): cần xác nhận lại')).toBeTruthy();
    expect(screen.getByText(/Văn bản xác nhận an ninh \(A05\) của hệ thống đã hết hạn/)).toBeTruthy();
    expect(screen.getByText('Số 2210/C06-TTDLDC, ngày 23/11/2026')).toBeTruthy();
    expect(screen.getByText('Từ ngày 24/11/2026, qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP), mã tham chiếu NDXP-HN-0412')).toBeTruthy();
  });

  it('says a dossier the API does not show is not found', async () => {
    renderWithServer(<DossierPage dossierId={DOSSIER_ID} userId={ME} />, () => ({ refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy hồ sơ.' } }), URL);
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy hồ sơ' })).toBeTruthy();
  });
});

describe('DossierPage (C06): approve', () => {
  it('checks the number and symbol and the date before sending, then approves with the revision seen', async () => {
    const dossier = { current: DOSSIER as Record<string, unknown> };
    const r = renderWithServer(<DossierPage dossierId={DOSSIER_ID} userId={ME} />, dossierServer(dossier), URL);
    const submit = await screen.findByRole('button', { name: 'Phê duyệt hồ sơ' });
    type('Ngày ban hành', '');
    fireEvent.click(submit);
    expect(screen.getByRole('heading', { name: 'Có 2 lỗi cần sửa' })).toBeTruthy();
    expect(screen.getAllByText('Cần ghi số, ký hiệu văn bản phê duyệt.').length).toBeGreaterThan(0);
    type('Số, ký hiệu văn bản phê duyệt', 'công văn số hai');
    type('Ngày ban hành', '01/01/2099');
    fireEvent.click(submit);
    expect(screen.getAllByText(/Số, ký hiệu văn bản không đúng định dạng/).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Ngày ban hành không được sau ngày hôm nay.').length).toBeGreaterThan(0);
    expect(sent(r.calls)).toEqual([]);

    type('Số, ký hiệu văn bản phê duyệt', '2210/C06-TTDLDC');
    type('Ngày ban hành', '23/11/2026');
    fireEvent.click(submit);
    await waitFor(() => expect(sent(r.calls).map((c) => c.path)).toEqual(['national.approve']));
    expect(lastInput(r.calls, 'national.approve')).toMatchObject({ dossierId: DOSSIER_ID, expectedRevision: 6, decision: { numberAndSymbol: '2210/C06-TTDLDC', issuedOn: '2026-11-23' } });
    expect(await screen.findByText('Đã phê duyệt hồ sơ HS-2026-000202. Bước tiếp theo: ghi nhận kết nối khi hệ thống được kết nối.')).toBeTruthy();
    await waitFor(() => expect(r.calls.filter((c) => c.path === 'dossier.get')).toHaveLength(2));
  });

  it('on a VERSION_CONFLICT says the page was reloaded, and shows other refusals in their words', async () => {
    let answer: 'conflict' | 'refused' = 'conflict';
    const r = render(DOSSIER, (path) =>
      path === 'national.approve'
        ? answer === 'conflict'
          ? { refusal: { appCode: 'VERSION_CONFLICT', message: 'Hồ sơ vừa được người khác thay đổi.' } }
          : { refusal: { appCode: 'FORBIDDEN', message: 'Chỉ cán bộ đang xử lý hồ sơ mới được phê duyệt.' } }
        : undefined,
    );
    const approve = await screen.findByRole('button', { name: 'Phê duyệt hồ sơ' });
    type('Số, ký hiệu văn bản phê duyệt', '2210/C06-TTDLDC');
    type('Ngày ban hành', '23/11/2026');
    fireEvent.click(approve);
    expect(await screen.findByText('Hồ sơ HS-2026-000202 vừa được cập nhật (có thể bởi cán bộ khác). Trang đã tải lại nội dung mới nhất; hãy kiểm tra rồi thao tác lại.')).toBeTruthy();
    await waitFor(() => expect(r.calls.filter((c) => c.path === 'dossier.get')).toHaveLength(2));
    answer = 'refused';
    fireEvent.click(screen.getByRole('button', { name: 'Phê duyệt hồ sơ' }));
    expect(await screen.findByText('Chỉ cán bộ đang xử lý hồ sơ mới được phê duyệt.')).toBeTruthy();
  });
});

describe('DossierPage (C06): reject, return', () => {
  it('asks for a reason, then for a confirmation; going back sends nothing', async () => {
    const r = render();
    const submit = await screen.findByRole('button', { name: 'Từ chối hồ sơ…' });
    fireEvent.click(submit);
    expect(screen.getAllByText('Cần ghi lý do.').length).toBeGreaterThan(0);
    type('Lý do từ chối', '   Hệ thống chưa đạt cấp độ 3.  ');
    fireEvent.click(submit);
    const dialog = screen.getByRole('alertdialog', { name: 'Xác nhận quyết định' });
    expect(dialog.textContent).toContain('Hồ sơ HS-2026-000202 sẽ bị từ chối. Đây là quyết định cuối cùng, không thể hoàn tác.');
    expect(document.activeElement).toBe(dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Quay lại' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(sent(r.calls)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Từ chối hồ sơ…' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Xác nhận từ chối' }));
    await waitFor(() => expect(sent(r.calls).map((c) => c.path)).toEqual(['national.reject']));
    expect(lastInput(r.calls, 'national.reject')).toMatchObject({ expectedRevision: 6, reason: 'Hệ thống chưa đạt cấp độ 3.' });
  });

  it('returns with deficiencies naming a part, rows of the account list and a reason', async () => {
    const r = render();
    const section = within(await screen.findByRole('region', { name: 'Trả lại đơn vị để bổ sung' }));
    fireEvent.change(section.getByLabelText(/^Thành phần/), { target: { value: 'ACCOUNT_LIST' } });
    fireEvent.change(section.getByLabelText(/Các dòng trong danh sách tài khoản/), { target: { value: '2' } });
    fireEvent.change(section.getByLabelText(/^Lý do \(nội dung 1\)/), { target: { value: 'Chức vụ dòng 2 chưa đúng.' } });
    fireEvent.click(section.getByRole('button', { name: 'Trả lại hồ sơ để bổ sung' }));
    await waitFor(() => expect(sent(r.calls).map((c) => c.path)).toEqual(['national.return']));
    expect(lastInput(r.calls, 'national.return')).toMatchObject({ deficiencies: [{ part: 'ACCOUNT_LIST', rows: [2], reason: 'Chức vụ dòng 2 chưa đúng.' }] });
  });
});

describe('DossierPage (C06): connection', () => {
  it('records the connection: a channel, a technical reference and a date not before the approval', async () => {
    const r = render(APPROVED);
    const submit = await screen.findByRole('button', { name: 'Ghi nhận kết nối' });
    expect(decisionHeadings()).toEqual(['Ghi nhận kết nối']);
    type('Ngày kết nối', '22/11/2026');
    fireEvent.click(submit);
    expect(screen.getAllByText('Ngày kết nối không được trước ngày phê duyệt (23/11/2026).').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Chọn kênh kết nối.').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Cần ghi mã tham chiếu kỹ thuật của kết nối.').length).toBeGreaterThan(0);
    expect(sent(r.calls)).toEqual([]);
    type('Ngày kết nối', '24/11/2026');
    type('Kênh kết nối', 'NDXP');
    type('Mã tham chiếu kỹ thuật', ' NDXP-HN-0412 ');
    fireEvent.click(submit);
    await waitFor(() => expect(sent(r.calls).map((c) => c.path)).toEqual(['national.recordConnection']));
    expect(lastInput(r.calls, 'national.recordConnection')).toMatchObject({ expectedRevision: 8, connectedOn: '2026-11-24', channel: 'NDXP', technicalReference: 'NDXP-HN-0412' });
  });

  it('revokes only after a confirmation; suspends without one; resumes a suspended connection', async () => {
    const r = render(CONNECTED);
    const suspend = await screen.findByRole('button', { name: 'Tạm dừng kết nối' });
    type('Lý do tạm dừng', 'Văn bản A05 hết hạn.');
    fireEvent.click(suspend);
    await waitFor(() => expect(sent(r.calls).map((c) => c.path)).toEqual(['national.suspend']));
    type('Lý do thu hồi', 'Đơn vị ngừng sử dụng hệ thống.');
    fireEvent.click(screen.getByRole('button', { name: 'Thu hồi kết nối…' }));
    expect(sent(r.calls)).toHaveLength(1);
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Xác nhận thu hồi' }));
    await waitFor(() => expect(sent(r.calls).map((c) => c.path)).toEqual(['national.suspend', 'national.revoke']));
    r.unmount();

    const s = render({ ...CONNECTED, status: 'SUSPENDED', allowedCommands: ['RESUME', 'REVOKE'], suspension: { reason: 'Văn bản A05 hết hạn.', since: '2026-11-26T03:00:00.000Z' } });
    await waitFor(() => expect(decisionHeadings()).toEqual(['Khôi phục kết nối', 'Thu hồi kết nối']));
    expect(screen.getByText('Từ 26/11/2026 10:00, lý do:').textContent).toBe('Từ 26/11/2026 10:00, lý do: Văn bản A05 hết hạn.');
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục kết nối' }));
    await waitFor(() => expect(sent(s.calls).map((c) => c.path)).toEqual(['national.resume']));
    expect(here()).toBe(URL);
  });
});

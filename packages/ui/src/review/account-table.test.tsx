import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../test-render.tsx';
import { AccountTable, type ReviewedAccountRow } from './account-table.tsx';

const row = (n: number, extra: Partial<ReviewedAccountRow> = {}): ReviewedAccountRow => ({
  rowNumber: n,
  fullName: `Người số ${n}`,
  personalId: `040******${String(300 + n)}`,
  dateOfBirth: '1990-01-02',
  position: 'Chuyên viên',
  workUnit: 'Bộ phận Một cửa',
  phone: '+8491****222',
  email: `nguoi${n}@demo.gov.vn`,
  username: `nguoi${n}`,
  services: ['TRA_CUU_THONG_TIN'],
  ...extra,
});

describe('AccountTable', () => {
  it('shows masked numbers and the two warnings where they apply', () => {
    renderWithI18n(
      <AccountTable rows={[row(2, { listedElsewhere: 1 }), row(3, { changedSinceVersion: true }), row(4)]} total={3} page={1} pageSize={20} onPageChange={() => {}} query="" onSearch={() => {}} previousVersion={1} />,
    );
    const table = screen.getByRole('table', { name: 'Danh sách tài khoản: 3 người' });
    expect(within(table).getByText('040******302')).toBeTruthy();
    expect(within(within(table).getByRole('row', { name: /Người số 2/ })).getByText('Đã có trong hệ thống kết nối khác')).toBeTruthy();
    expect(within(within(table).getByRole('row', { name: /Người số 3/ })).getByText('Thay đổi từ phiên bản trước')).toBeTruthy();
    expect(within(table).getByRole('row', { name: /Người số 4/ }).querySelector('.kn-badge')).toBeNull();
    expect(screen.getByText('Dấu “Thay đổi từ phiên bản trước” so với phiên bản 1.')).toBeTruthy();
    expect(within(within(table).getByRole('row', { name: /Người số 4/ })).getByText('02/01/1990')).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('hands the trimmed search to the server side and offers to clear it; pages when there are more', () => {
    const onSearch = vi.fn();
    const onPageChange = vi.fn();
    renderWithI18n(<AccountTable rows={[row(2)]} total={45} page={1} pageSize={20} onPageChange={onPageChange} query="huy" onSearch={onSearch} />);
    expect(screen.getByRole('table', { name: 'Danh sách tài khoản khớp với “huy”: 45 người' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Tìm theo họ tên/), { target: { value: '  4321 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tìm tài khoản' }));
    expect(onSearch).toHaveBeenLastCalledWith('4321');
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ tìm kiếm' }));
    expect(onSearch).toHaveBeenLastCalledWith('');
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Phân trang danh sách tài khoản' })).getByRole('button', { name: 'Trang sau' }));
    expect(onPageChange).toHaveBeenCalledWith(2);
  });
});

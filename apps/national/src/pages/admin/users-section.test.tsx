import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BASE, renderWithServer, type Answer } from '../../test-support.tsx';
import { UsersSection } from './users-section.tsx';

const PC06 = '00000000-0000-4000-8000-0000000000b1';
const C06 = '00000000-0000-4000-8000-0000000000c1';
const user = (id: string, username: string, unitId: string, role: string) => ({ id, username, displayName: `Cán bộ ${username}`, role, unitId, unitName: unitId === PC06 ? 'PC06 Hà Nội' : 'Cục C06', provinceCode: null, active: true });
const USERS = [
  user('00000000-0000-4000-8000-00000000000a', 'c06.quantri', C06, 'NATIONAL_ADMIN'),
  user('00000000-0000-4000-8000-00000000000b', 'pc06.hanoi', PC06, 'PROVINCIAL_REVIEWER'),
  { ...user('00000000-0000-4000-8000-00000000000c', 'pc06.hanoi.cu', PC06, 'PROVINCIAL_REVIEWER'), active: false },
];

const server = (path: string, input: unknown): Answer => {
  if (path === 'auth.me') return { data: { userId: USERS[0]!.id, username: 'c06.quantri', displayName: 'Bùi Thị Lan', role: 'NATIONAL_ADMIN', unitId: C06, unitName: 'Cục C06', provinceCode: null } };
  if (path === 'admin.units.list') return { data: [{ id: PC06, kind: 'PC06', level: 'LOCAL', provinceCode: '01', name: 'PC06 Hà Nội', parentBody: null, active: true }] };
  if (path === 'admin.users.search') {
    const unitId = (input as { unitId?: string }).unitId;
    const items = USERS.filter((u) => !unitId || u.unitId === unitId);
    return { data: { items, total: items.length, page: 1, pageSize: 20 } };
  }
  if (path === 'admin.users.disable') return { data: { disabled: true } };
  if (path === 'admin.users.enable') return { data: { enabled: true } };
  if (path === 'admin.users.resetPassword') return { data: { reset: true } };
  return { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy.' } };
};

describe('UsersSection', () => {
  it("lists a unit's users from the address, and disables one only after a confirmation saying the sessions end now", async () => {
    const { calls } = renderWithServer(<UsersSection />, server, `${BASE}quan-tri/nguoi-dung?don-vi=${PC06}`);
    const table = await screen.findByRole('table', { name: 'Danh sách người dùng' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(calls.find((c) => c.path === 'admin.users.search')?.input).toMatchObject({ unitId: PC06, page: 1 });

    fireEvent.click(within(table).getByRole('button', { name: 'Khóa tài khoản pc06.hanoi' }));
    const dialog = screen.getByRole('dialog', { name: 'Khóa tài khoản pc06.hanoi?' });
    expect(dialog.textContent).toContain('Mọi phiên đăng nhập đang mở của người dùng này kết thúc ngay bây giờ.');
    expect(calls.filter((c) => c.path === 'admin.users.disable')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Khóa tài khoản' }));
    await screen.findByText('Đã khóa tài khoản pc06.hanoi; các phiên đăng nhập của người dùng đã kết thúc.');
    expect(calls.find((c) => c.path === 'admin.users.disable')?.input).toMatchObject({ userId: USERS[1]!.id });
  });

  it("offers no disabling of the administrator's own account", async () => {
    renderWithServer(<UsersSection />, server, `${BASE}quan-tri/nguoi-dung`);
    const table = await screen.findByRole('table', { name: 'Danh sách người dùng' });
    await within(table).findByRole('button', { name: 'Khóa tài khoản pc06.hanoi' });
    await waitFor(() => expect(within(table).queryByRole('button', { name: 'Khóa tài khoản c06.quantri' })).toBeNull());
  });

  it('re-enables a disabled account and resets a password by the rule, its sessions ending', async () => {
    const { calls } = renderWithServer(<UsersSection />, server, `${BASE}quan-tri/nguoi-dung`);
    const table = await screen.findByRole('table', { name: 'Danh sách người dùng' });
    expect(within(table).queryByRole('button', { name: 'Khóa tài khoản pc06.hanoi.cu' })).toBeNull();
    fireEvent.click(await within(table).findByRole('button', { name: 'Mở khóa tài khoản pc06.hanoi.cu' }));
    await screen.findByText('Đã mở khóa tài khoản pc06.hanoi.cu; người dùng đăng nhập lại bằng mật khẩu hiện có.');
    expect(calls.find((c) => c.path === 'admin.users.enable')?.input).toMatchObject({ userId: USERS[2]!.id });

    fireEvent.click(within(table).getByRole('button', { name: 'Đặt lại mật khẩu cho pc06.hanoi' }));
    const form = screen.getByRole('form', { name: 'Đặt lại mật khẩu cho pc06.hanoi' });
    expect(form.textContent).toContain('Các phiên đăng nhập của người dùng kết thúc ngay.');
    const password = within(form).getByLabelText('Mật khẩu mới', { exact: false });
    fireEvent.change(password, { target: { value: 'ngan' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Đặt lại mật khẩu' }));
    await within(form).findByText('Mật khẩu phải có ít nhất 12 ký tự.');
    expect(calls.filter((c) => c.path === 'admin.users.resetPassword')).toEqual([]);
    fireEvent.change(password, { target: { value: 'Mat-khau-moi-2026!' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Đặt lại mật khẩu' }));
    await screen.findByText('Đã đặt lại mật khẩu cho pc06.hanoi; các phiên đăng nhập của người dùng đã kết thúc.');
    expect(calls.find((c) => c.path === 'admin.users.resetPassword')?.input).toMatchObject({ userId: USERS[1]!.id, password: 'Mat-khau-moi-2026!' });
  });
});

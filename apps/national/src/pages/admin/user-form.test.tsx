import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithServer, type Answer } from '../../test-support.tsx';
import type { UnitChoice } from './admin-types.ts';
import { UserForm } from './user-form.tsx';

const unit = (id: string, kind: UnitChoice['kind'], name: string, active = true): UnitChoice => ({ id, kind, level: kind === 'C06' ? 'CENTRAL' : 'LOCAL', provinceCode: kind === 'C06' ? null : '01', name, parentBody: null, active });
const UNITS: UnitChoice[] = [
  unit('00000000-0000-4000-8000-0000000000a1', 'OWNER', 'Văn phòng UBND Thành phố Hà Nội'),
  unit('00000000-0000-4000-8000-0000000000a2', 'OWNER', 'Sở cũ đã giải thể', false),
  unit('00000000-0000-4000-8000-0000000000b1', 'PC06', 'PC06 Công an Thành phố Hà Nội'),
  unit('00000000-0000-4000-8000-0000000000c1', 'C06', 'Cục C06'),
];
const PASSWORD = 'Mat-khau-2026!';
const ok = (path: string): Answer => (path === 'admin.users.create' ? { data: { id: 'u1', username: 'pc06.hanoi.moi' } } : { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy.' } });
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
const optionsOf = (label: string) => within(screen.getByLabelText(label, { exact: false })).getAllByRole('option').map((o) => o.textContent);

describe('UserForm', () => {
  it('creates a PC06 officer in a PC06 unit with the password the administrator set, and says it is not shown again', async () => {
    const onDone = vi.fn();
    const { calls } = renderWithServer(<UserForm units={UNITS} onDone={onDone} onCancel={() => {}} />, ok);
    type('Tên đăng nhập', 'pc06.hanoi.moi');
    type('Họ và tên', ' Trần Thị Mai ');
    type('Vai trò', 'PROVINCIAL_REVIEWER');
    expect(optionsOf('Đơn vị')).toEqual(['— Chọn đơn vị —', 'PC06 Công an Thành phố Hà Nội']);
    type('Đơn vị', UNITS[2]!.id);
    type('Mật khẩu ban đầu', PASSWORD);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onDone.mock.calls[0]![0]).toMatch(/^Đã tạo tài khoản pc06\.hanoi\.moi\. .*không được hiển thị lại\.$/);
    expect(calls.find((c) => c.path === 'admin.users.create')?.input).toMatchObject({ username: 'pc06.hanoi.moi', displayName: 'Trần Thị Mai', email: null, role: 'PROVINCIAL_REVIEWER', unitId: UNITS[2]!.id, password: PASSWORD });
  });

  it('lists only the active units the role admits, and clears a unit the new role does not admit', () => {
    renderWithServer(<UserForm units={UNITS} unitId={UNITS[0]!.id} onDone={() => {}} onCancel={() => {}} />, ok);
    expect((screen.getByLabelText('Vai trò', { exact: false }) as HTMLSelectElement).value).toBe('SUBMITTER');
    expect(optionsOf('Đơn vị')).toEqual(['— Chọn đơn vị —', 'Văn phòng UBND Thành phố Hà Nội']);
    expect((screen.getByLabelText('Đơn vị', { exact: false }) as HTMLSelectElement).value).toBe(UNITS[0]!.id);
    type('Vai trò', 'NATIONAL_ADMIN');
    expect(optionsOf('Đơn vị')).toEqual(['— Chọn đơn vị —', 'Cục C06']);
    expect((screen.getByLabelText('Đơn vị', { exact: false }) as HTMLSelectElement).value).toBe('');
  });

  it('shows every error inline in Vietnamese (username, name, email, unit, weak password) and sends nothing', async () => {
    const { calls } = renderWithServer(<UserForm units={UNITS} onDone={() => {}} onCancel={() => {}} />, ok);
    type('Tên đăng nhập', 'Nguyễn Văn A');
    type('Thư điện tử', 'khong-phai-thu');
    type('Mật khẩu ban đầu', 'matkhaudaimotchut');
    fireEvent.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));
    expect(await screen.findByRole('heading', { name: 'Có 5 lỗi cần sửa' })).toBeTruthy();
    for (const text of ['Tên đăng nhập 3–64 ký tự: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.', 'Nhập họ và tên (ít nhất 2 ký tự).', 'Địa chỉ thư điện tử không hợp lệ.', 'Chọn đơn vị.', 'Mật khẩu cần có ít nhất ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.']) {
      expect(screen.getAllByText(text).length, text).toBe(2); // in the summary and under the field
    }
    expect(screen.getByLabelText('Mật khẩu ban đầu', { exact: false }).getAttribute('aria-invalid')).toBe('true');
    expect(calls.filter((c) => c.path === 'admin.users.create')).toEqual([]);
  });

  it('puts a taken username under its field and keeps what was typed; another refusal shows as an alert', async () => {
    let answer: Answer = { refusal: { appCode: 'DUPLICATE', message: 'Tên đăng nhập đã được dùng.' } };
    renderWithServer(<UserForm units={UNITS} onDone={() => {}} onCancel={() => {}} />, (path) => (path === 'admin.users.create' ? answer : ok(path)));
    type('Tên đăng nhập', 'pc06.hanoi');
    type('Họ và tên', 'Vũ Thị Thu');
    type('Đơn vị', UNITS[0]!.id);
    type('Mật khẩu ban đầu', PASSWORD);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));
    const username = screen.getByLabelText('Tên đăng nhập', { exact: false }) as HTMLInputElement;
    await waitFor(() => expect(username.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('Tên đăng nhập đã được dùng.').length).toBe(2);
    expect(username.value).toBe('pc06.hanoi');
    expect((screen.getByLabelText('Mật khẩu ban đầu', { exact: false }) as HTMLInputElement).value).toBe(PASSWORD);

    answer = { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy đơn vị.' } };
    type('Tên đăng nhập', 'hanoi.moi');
    fireEvent.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));
    expect((await screen.findByText('Không tìm thấy đơn vị.')).closest('[role="alert"]')).not.toBeNull();
    expect((screen.getByLabelText('Họ và tên', { exact: false }) as HTMLInputElement).value).toBe('Vũ Thị Thu');
  });
});

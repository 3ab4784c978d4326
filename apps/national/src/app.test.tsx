import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './app.tsx';
import { here, renderWithServer, type Answer } from './test-support.tsx';

const REVIEWER = { userId: 'u-c06', username: 'c06.thamdinh', displayName: 'Ngô Đức Anh', role: 'NATIONAL_REVIEWER', unitId: 'u-c06', unitName: 'Cục C06', provinceCode: null };
const ADMIN = { ...REVIEWER, userId: 'u-adm', username: 'c06.quantri', displayName: 'Bùi Thị Lan', role: 'NATIONAL_ADMIN' };
const PC06 = { ...REVIEWER, userId: 'u-pc06', username: 'pc06.nghean', displayName: 'Hoàng Văn Nam', role: 'PROVINCIAL_REVIEWER', unitName: 'PC06 Công an tỉnh Nghệ An', provinceCode: '40' };

const fill = (username: string, password: string) => {
  fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
};

/** A server with a session (`me`) and whatever `login` answers; everything else is refused. */
const server =
  (me: unknown, login?: Answer) =>
  (path: string): Answer => {
    if (path === 'auth.me') return { data: me };
    if (path === 'auth.login') return login ?? { refusal: { appCode: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } };
    if (path === 'notifications.unreadCount') return { data: { count: 0 } };
    return { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy.' } };
  };

const mainNav = () => screen.getByRole('navigation', { name: 'Điều hướng chính' });

describe('App (C06)', () => {
  it('sends a visitor without a session to the login page, keeping where they were going', async () => {
    renderWithServer(<App />, server(null), '/c06/tong-quan');
    await waitFor(() => expect(here()).toBe(`/c06/dang-nhap?tiep=${encodeURIComponent('/tong-quan')}`));
    expect(screen.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
  });

  it('signs a C06 reviewer in to the queue, with the queue and the overview in the navigation', async () => {
    renderWithServer(<App />, server(null, { data: REVIEWER }), '/c06/dang-nhap');
    fill('c06.thamdinh', 'KetNoi@2026-demo');
    await waitFor(() => expect(here()).toBe('/c06/'));
    const nav = mainNav();
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Hàng chờ hồ sơ', 'Tổng quan']);
    expect(screen.getByRole('link', { name: 'Hàng chờ hồ sơ' }).getAttribute('aria-current')).toBe('page');
  });

  it('takes an administrator from / to the administration, the only entry of the navigation', async () => {
    renderWithServer(<App />, server(ADMIN), '/c06/');
    await waitFor(() => expect(here()).toBe('/c06/quan-tri'));
    expect([...mainNav().querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Quản trị']);
  });

  it('does not show an administrator the dashboard, nor a reviewer the administration', async () => {
    renderWithServer(<App />, server(ADMIN), '/c06/tong-quan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeTruthy();
    screen.getByRole('link', { name: 'Về trang đầu' });
  });

  it('tells a PC06 officer that this app is for C06 and offers their own address', async () => {
    const r = renderWithServer(<App />, server(PC06), '/c06/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ứng dụng này dành cho cán bộ C06' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Đến ứng dụng dành cho PC06/ }).getAttribute('href')).toBe('/pc06/');
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).toBeNull();
    expect(r.calls.filter((c) => c.path.startsWith('national.') || c.path.startsWith('admin.'))).toEqual([]);
  });

  it('keeps the refusal of a wrong password on the login page', async () => {
    renderWithServer(<App />, server(null), '/c06/dang-nhap');
    fill('c06.thamdinh', 'sai');
    expect((await screen.findByRole('alert')).textContent).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(here()).toBe('/c06/dang-nhap');
  });
});

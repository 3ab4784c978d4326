import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './app.tsx';
import { here, renderWithServer, type Answer } from './test-support.tsx';
import { ME, queueServer } from './pages/queue/queue-fixtures.test-support.ts';

const PC06 = { userId: ME, username: 'pc06.nghean', displayName: 'Hoàng Văn Nam', role: 'PROVINCIAL_REVIEWER', unitId: 'u-pc06', unitName: 'PC06 Công an tỉnh Nghệ An', provinceCode: '40' };
const UNIT_OFFICER = { ...PC06, userId: 'u2', username: 'nghean.canbo', displayName: 'Lê Thị Hương', role: 'SUBMITTER', unitName: 'Sở Y tế tỉnh Nghệ An' };
const DOSSIER_ID = '00000000-0000-4000-8000-000000000001';

const fill = (username: string, password: string) => {
  fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
};

/** A server with a session (`me`) and whatever `login` answers. */
const server =
  (me: unknown, login?: Answer) =>
  (path: string, input: unknown): Answer => {
    if (path === 'auth.me') return { data: me };
    if (path === 'auth.login') return login ?? { refusal: { appCode: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } };
    if (path === 'dossier.get') return { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy hồ sơ hoặc đối tượng được yêu cầu, hoặc bạn không có quyền truy cập.' } };
    return queueServer()(path, input);
  };

describe('App', () => {
  it('sends a visitor without a session to the login page, keeping where they were going', async () => {
    renderWithServer(<App />, server(null), `/pc06/ho-so/${DOSSIER_ID}`);
    await waitFor(() => expect(here()).toBe(`/pc06/dang-nhap?tiep=${encodeURIComponent(`/ho-so/${DOSSIER_ID}`)}`));
    expect(screen.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
  });

  it('signs a PC06 officer in to the queue, with the navigation', async () => {
    renderWithServer(<App />, server(null, { data: PC06 }), '/pc06/dang-nhap');
    fill('pc06.nghean', 'KetNoi@2026-demo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hàng chờ hồ sơ' })).toBeTruthy();
    expect(here()).toBe('/pc06/');
    expect(screen.getByRole('link', { name: 'Hàng chờ hồ sơ' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText('PC06 Công an tỉnh Nghệ An')).toBeTruthy();
  });

  it("tells a unit's officer that this app is for PC06 and offers their own address", async () => {
    const r = renderWithServer(<App />, server(null, { data: UNIT_OFFICER }), '/pc06/dang-nhap');
    fill('nghean.canbo', 'KetNoi@2026-demo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ứng dụng này dành cho cán bộ PC06' })).toBeTruthy();
    expect(screen.getByText(/Lê Thị Hương \(Sở Y tế tỉnh Nghệ An\)/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Đến ứng dụng dành cho đơn vị chủ quản/ }).getAttribute('href')).toBe('/don-vi/');
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).toBeNull();
    // Nothing of the queue was asked for such a session.
    expect(r.calls.filter((c) => c.path.startsWith('provincial.'))).toEqual([]);
  });

  it('keeps the refusal of a wrong password on the login page', async () => {
    renderWithServer(<App />, server(null), '/pc06/dang-nhap');
    fill('pc06.nghean', 'sai');
    expect((await screen.findByRole('alert')).textContent).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(here()).toBe('/pc06/dang-nhap');
  });

  it('says "not found" for a dossier the API does not show, and for an unknown address', async () => {
    renderWithServer(<App />, server(PC06), `/pc06/ho-so/${DOSSIER_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy hồ sơ' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/^Không tìm thấy hồ sơ/);
    expect(screen.getByRole('link', { name: 'Về hàng chờ hồ sơ' }).getAttribute('href')).toBe('/pc06/');
  });

  it('has a not-found page for addresses outside the app', async () => {
    renderWithServer(<App />, server(PC06), '/pc06/khong-co');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeTruthy();
  });

  it('opens a dossier from the queue by its link', async () => {
    renderWithServer(<App />, server(PC06), '/pc06/');
    fireEvent.click(await screen.findByRole('link', { name: 'HS-2026-000101' }));
    expect(here()).toBe(`/pc06/ho-so/${DOSSIER_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy hồ sơ' })).toBeTruthy();
  });
});

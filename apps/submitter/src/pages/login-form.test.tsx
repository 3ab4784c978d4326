import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test-render.tsx';
import { LoginForm } from './login-form.tsx';
import { safeNext } from './login-page.tsx';

/** How a tRPC refusal reaches the client: a Vietnamese message and `data.appCode` (packages/api errors.ts). */
const refusal = (appCode: string, message: string) => Object.assign(new Error(message), { data: { appCode, issues: [] } });

const fill = (username: string, password: string) => {
  fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
};

describe('LoginForm', () => {
  it('has labelled fields with the right autocomplete and a submit button', () => {
    renderApp(<LoginForm onLogin={async () => {}} />);
    expect(screen.getByLabelText('Tên đăng nhập').getAttribute('autocomplete')).toBe('username');
    const password = screen.getByLabelText('Mật khẩu');
    expect(password.getAttribute('type')).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
  });

  it("shows the API's Vietnamese message in an alert on wrong credentials and keeps what was typed", async () => {
    renderApp(<LoginForm onLogin={async () => Promise.reject(refusal('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.'))} />);
    fill('nghean.canbo', 'sai-mat-khau');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect((screen.getByLabelText('Tên đăng nhập') as HTMLInputElement).value).toBe('nghean.canbo');
  });

  it('says the server is unreachable when the answer carries no appCode', async () => {
    renderApp(<LoginForm onLogin={async () => Promise.reject(new TypeError('Failed to fetch'))} />);
    fill('nghean.canbo', 'x');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Không kết nối được tới máy chủ/);
  });

  it('asks for both fields before calling the API, each error linked to its field', async () => {
    let calls = 0;
    renderApp(<LoginForm onLogin={async () => void (calls += 1)} />);
    fill('', '');
    expect(calls).toBe(0);
    const username = screen.getByLabelText('Tên đăng nhập');
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(username.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Nhập tên đăng nhập.');
    expect(screen.getByRole('heading', { name: 'Có 2 lỗi cần sửa' })).toBeTruthy();
  });

  it('calls the API with the trimmed username once both are given', async () => {
    const seen: string[][] = [];
    renderApp(<LoginForm onLogin={async (u, p) => void seen.push([u, p])} />);
    fill('  nghean.canbo ', 'KetNoi@2026-demo');
    await waitFor(() => expect(seen).toEqual([['nghean.canbo', 'KetNoi@2026-demo']]));
  });
});

describe('safeNext', () => {
  it('follows only paths of this app after sign-in', () => {
    expect(safeNext('/ho-so/abc')).toBe('/ho-so/abc');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});

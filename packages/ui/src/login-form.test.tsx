import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { LoginForm } from './login-form.tsx';
import { renderWithI18n } from './test-render.tsx';

const fill = (username: string, password: string) => {
  fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
};

/** An app around the form: the first attempt is refused with the API's words, as a page does. */
function RefusingPage({ seen }: { readonly seen: string[][] }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <LoginForm
      error={error}
      onSubmit={(u, p) => {
        seen.push([u, p]);
        setError('Tên đăng nhập hoặc mật khẩu không đúng.');
      }}
    />
  );
}

describe('LoginForm', () => {
  it('has labelled fields with the right autocomplete and a submit button', () => {
    renderWithI18n(<LoginForm onSubmit={() => {}} />);
    expect(screen.getByLabelText('Tên đăng nhập').getAttribute('autocomplete')).toBe('username');
    const password = screen.getByLabelText('Mật khẩu');
    expect(password.getAttribute('type')).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
  });

  it('shows the refusal in an alert, marked Vietnamese, and keeps what was typed', async () => {
    const seen: string[][] = [];
    renderWithI18n(<RefusingPage seen={seen} />, 'en');
    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'nghean.canbo' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'sai-mat-khau' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(alert.querySelector('[lang="vi"]')).toBeTruthy();
    expect((screen.getByLabelText('Username') as HTMLInputElement).value).toBe('nghean.canbo');
    expect(seen).toEqual([['nghean.canbo', 'sai-mat-khau']]);
  });

  it('asks for both fields before calling the app, each error linked to its field, and hides an older refusal', () => {
    const seen: string[][] = [];
    renderWithI18n(<LoginForm error="Tên đăng nhập hoặc mật khẩu không đúng." onSubmit={(u, p) => void seen.push([u, p])} />);
    fill('', '');
    expect(seen).toEqual([]);
    const username = screen.getByLabelText('Tên đăng nhập');
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(username.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Nhập tên đăng nhập.');
    expect(screen.getByRole('heading', { name: 'Có 2 lỗi cần sửa' })).toBeTruthy();
    expect(screen.queryByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeNull();
  });

  it('calls the app with the trimmed username once both are given', () => {
    const seen: string[][] = [];
    renderWithI18n(<LoginForm onSubmit={(u, p) => void seen.push([u, p])} />);
    fill('  nghean.canbo ', 'KetNoi@2026-demo');
    expect(seen).toEqual([['nghean.canbo', 'KetNoi@2026-demo']]);
  });

  it('while busy, says so and sends nothing more', () => {
    const seen: string[][] = [];
    renderWithI18n(<LoginForm busy onSubmit={(u, p) => void seen.push([u, p])} />);
    const button = screen.getByRole('button', { name: 'Đang đăng nhập…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: 'a' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'b' } });
    fireEvent.submit(button.form!);
    expect(seen).toEqual([]);
  });
});

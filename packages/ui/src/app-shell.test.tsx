import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppShell } from './app-shell.tsx';
import { renderWithI18n } from './test-render.tsx';

describe('AppShell', () => {
  it('has a skip link to main, the user, and a sign-out button', () => {
    const onSignOut = vi.fn();
    renderWithI18n(
      <AppShell user={{ displayName: 'Lê Thị Hương', unitName: 'Sở Y tế tỉnh Nghệ An' }} onSignOut={onSignOut} nav={<a href="/don-vi/">Hồ sơ</a>}>
        <h1>Trang</h1>
      </AppShell>,
    );
    expect(screen.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' }).getAttribute('href')).toBe('#main');
    expect(screen.getByRole('main').id).toBe('main');
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeTruthy();
    expect(screen.getByText('Sở Y tế tỉnh Nghệ An')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    expect(onSignOut).toHaveBeenCalledOnce();
    expect(document.documentElement.lang).toBe('vi');
  });

  it('switches to English and sets <html lang>', () => {
    renderWithI18n(<AppShell user={null}>x</AppShell>);
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy();
  });
});

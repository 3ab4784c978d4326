import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppShell } from './app-shell.tsx';
import { NotificationBell, type NotificationBellItem } from './notification-bell.tsx';
import { RouterProvider } from './router/router.tsx';
import { renderWithI18n } from './test-render.tsx';

const items: NotificationBellItem[] = [
  { id: 'n1', title: 'Hồ sơ KN-2026-000123 được trả lại để bổ sung', body: 'PC06 Tỉnh Nghệ An đã trả lại hồ sơ.\n- Danh sách tài khoản, dòng 3: Chức vụ chưa khớp.', createdAt: '2026-11-25T02:00:00Z', readAt: null },
  { id: 'n2', title: 'Hồ sơ KN-2026-000124 đã được phê duyệt', body: 'C06 đã phê duyệt hồ sơ.', createdAt: '2026-11-24T09:30:00Z', readAt: '2026-11-24T10:00:00Z' },
];

describe('NotificationBell', () => {
  it('is a button named with the unread count, opening a dialog with the notifications', () => {
    const onOpen = vi.fn();
    renderWithI18n(<NotificationBell count={3} items={items} onOpen={onOpen} onMarkRead={() => {}} />);
    const bell = screen.getByRole('button', { name: 'Thông báo (3 chưa đọc)' });
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    expect(bell.getAttribute('aria-haspopup')).toBe('dialog');
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(bell);
    expect(onOpen).toHaveBeenCalledOnce();
    expect(bell.getAttribute('aria-expanded')).toBe('true');
    const dialog = screen.getByRole('dialog', { name: 'Thông báo' });
    expect(bell.getAttribute('aria-controls')).toBe(dialog.id);
    // Focus moves into the dialog, to its heading.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Thông báo' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('25/11/2026 09:00')).toBeTruthy();
    expect(screen.getByText(/dòng 3: Chức vụ chưa khớp/)).toBeTruthy();
    expect(screen.getAllByText(/Chưa đọc/)).toHaveLength(1);
  });

  it('is named without a count when all is read, in English too', () => {
    renderWithI18n(<NotificationBell count={0} items={[]} onMarkRead={() => {}} />);
    expect(screen.getByRole('button', { name: 'Thông báo' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thông báo' }));
    expect(screen.getByText('Chưa có thông báo nào.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Đánh dấu tất cả đã đọc' })).toBeNull();
  });

  it('says so in English', () => {
    renderWithI18n(<NotificationBell count={1} items={null} onMarkRead={() => {}} />, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Notifications (1 unread)' }));
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });

  it('closes on Escape and gives the focus back to the bell', () => {
    renderWithI18n(<NotificationBell count={1} items={items} onMarkRead={() => {}} />);
    const bell = screen.getByRole('button', { name: 'Thông báo (1 chưa đọc)' });
    fireEvent.click(bell);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(bell);
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    // The close button does the same; a click outside closes without taking the focus.
    fireEvent.click(bell);
    fireEvent.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(bell);
    fireEvent.click(bell);
    fireEvent.mouseDown(document.body);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('marks one notification read, or all', () => {
    const onMarkRead = vi.fn();
    renderWithI18n(<NotificationBell count={1} items={items} onMarkRead={onMarkRead} />);
    fireEvent.click(screen.getByRole('button', { name: 'Thông báo (1 chưa đọc)' }));
    // Only the unread one has its button, named with its title.
    const marks = screen.getAllByRole('button', { name: /^Đánh dấu đã đọc/ });
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('Đánh dấu đã đọc: Hồ sơ KN-2026-000123 được trả lại để bổ sung');
    fireEvent.click(marks[0]!);
    expect(onMarkRead).toHaveBeenLastCalledWith({ ids: ['n1'] });
    fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    expect(onMarkRead).toHaveBeenLastCalledWith({ all: true });
  });

  it('sits in the AppShell header for a signed-in user only', () => {
    const bell = <NotificationBell count={2} items={[]} onMarkRead={() => {}} />;
    const { unmount } = renderWithI18n(
      <AppShell user={{ displayName: 'Lê Thị Hương', unitName: 'Sở Y tế tỉnh Nghệ An' }} headerEnd={bell}>
        x
      </AppShell>,
    );
    expect(screen.getByRole('banner').contains(screen.getByRole('button', { name: 'Thông báo (2 chưa đọc)' }))).toBe(true);
    unmount();
    renderWithI18n(
      <AppShell user={null} headerEnd={bell}>
        x
      </AppShell>,
    );
    expect(screen.queryByRole('button', { name: /Thông báo/ })).toBeNull();
  });

  it("links a notification to its dossier in the app: opening it marks it read and closes the list", () => {
    window.history.replaceState(null, '', '/pc06/');
    const onMarkRead = vi.fn();
    const linked = [{ ...items[0]!, href: '/ho-so/d1' }, items[1]!];
    renderWithI18n(
      <RouterProvider base="/pc06/">
        <NotificationBell count={1} items={linked} onMarkRead={onMarkRead} />
      </RouterProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Thông báo (1 chưa đọc)' }));
    const link = screen.getByRole('link', { name: items[0]!.title });
    expect(link.getAttribute('href')).toBe('/pc06/ho-so/d1');
    // The other one has no dossier: no link.
    expect(screen.getAllByRole('link')).toHaveLength(1);
    fireEvent.click(link);
    expect(onMarkRead).toHaveBeenCalledWith({ ids: ['n1'] });
    expect(window.location.pathname).toBe('/pc06/ho-so/d1');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithI18n } from '../test-render.tsx';
import { ShortcutsHelp } from './shortcuts-help.tsx';
import { useStoredSwitch } from './use-stored-switch.ts';

function Page() {
  const [on, setOn] = useStoredSwitch('ketnoi.test.shortcuts');
  return <ShortcutsHelp enabled={on} onEnabledChange={setOn} shortcuts={[{ keys: ['j'], description: 'Hồ sơ tiếp theo' }, { keys: ['/'], description: 'Đến ô tìm kiếm' }]} />;
}

beforeEach(() => localStorage.removeItem('ketnoi.test.shortcuts'));

describe('ShortcutsHelp with useStoredSwitch', () => {
  it('lists the keys under “Phím tắt” and is on by default', () => {
    renderWithI18n(<Page />);
    expect(screen.getByText('Phím tắt').tagName).toBe('SUMMARY');
    expect(screen.getByText('j').tagName).toBe('KBD');
    expect(screen.getByText('Đến ô tìm kiếm')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Dùng phím tắt' }) as HTMLInputElement).checked).toBe(true);
  });

  it('remembers the switch in this browser', () => {
    const first = renderWithI18n(<Page />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Dùng phím tắt' }));
    expect(localStorage.getItem('ketnoi.test.shortcuts')).toBe('off');
    expect(screen.getByText(/Phím tắt đang tắt/)).toBeTruthy();
    first.unmount();
    renderWithI18n(<Page />);
    expect((screen.getByRole('checkbox', { name: 'Dùng phím tắt' }) as HTMLInputElement).checked).toBe(false);
  });
});

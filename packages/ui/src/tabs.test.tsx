import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TabPanel, Tabs } from './tabs.tsx';
import { renderWithI18n } from './test-render.tsx';

function Queue({ onSelect }: { readonly onSelect?: (k: string) => void }) {
  const [selected, setSelected] = useState<'a' | 'b' | 'c'>('a');
  return (
    <>
      <Tabs
        label="Nhóm hồ sơ"
        panelId="p"
        selected={selected}
        onSelect={(k) => {
          onSelect?.(k);
          setSelected(k);
        }}
        tabs={[
          { key: 'a', label: 'Chờ tiếp nhận' },
          { key: 'b', label: 'Đang thẩm định' },
          { key: 'c', label: 'Tất cả' },
        ]}
      />
      <TabPanel panelId="p" selected={selected}>
        nội dung {selected}
      </TabPanel>
    </>
  );
}

describe('Tabs', () => {
  it('names the list, marks the selected tab, and labels the panel by it', () => {
    renderWithI18n(<Queue />);
    expect(screen.getByRole('tablist', { name: 'Nhóm hồ sơ' })).toBeTruthy();
    const a = screen.getByRole('tab', { name: 'Chờ tiếp nhận' });
    expect(a.getAttribute('aria-selected')).toBe('true');
    expect(a.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('tab', { name: 'Tất cả' }).getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('tabpanel', { name: 'Chờ tiếp nhận' }).textContent).toBe('nội dung a');
  });

  it('moves the focus with the arrows, Home and End without selecting; a click selects', () => {
    const chosen: string[] = [];
    renderWithI18n(<Queue onSelect={(k) => chosen.push(k)} />);
    const a = screen.getByRole('tab', { name: 'Chờ tiếp nhận' });
    a.focus();
    fireEvent.keyDown(a, { key: 'ArrowLeft' });
    expect(document.activeElement?.textContent).toBe('Tất cả');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(a);
    fireEvent.keyDown(a, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('Đang thẩm định');
    expect(chosen).toEqual([]);
    fireEvent.click(document.activeElement!);
    expect(chosen).toEqual(['b']);
    expect(screen.getByRole('tabpanel', { name: 'Đang thẩm định' })).toBeTruthy();
  });
});

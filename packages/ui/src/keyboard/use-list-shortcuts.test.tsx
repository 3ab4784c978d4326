import { fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useListShortcuts } from './use-list-shortcuts.ts';

function List({ enabled = true, opened }: { readonly enabled?: boolean; readonly opened: number[] }) {
  const [active, setActive] = useState(-1);
  const search = useRef<HTMLInputElement>(null);
  useListShortcuts({ enabled, count: 3, active, onMove: setActive, onOpen: (i) => opened.push(i), onSearch: () => search.current?.focus() });
  return (
    <>
      <input ref={search} aria-label="Tìm" />
      <select aria-label="Đơn vị">
        <option>a</option>
      </select>
      <button type="button">Nhận xử lý</button>
      <p data-testid="active">{active}</p>
    </>
  );
}

const press = (key: string, target: Element = document.body, init: KeyboardEventInit = {}) => fireEvent.keyDown(target, { key, ...init });
const active = () => screen.getByTestId('active').textContent;

describe('useListShortcuts', () => {
  it('j and k move along the rows, stopping at both ends', () => {
    render(<List opened={[]} />);
    press('k');
    expect(active()).toBe('0');
    press('j');
    press('j');
    press('j');
    expect(active()).toBe('2');
    press('k');
    expect(active()).toBe('1');
  });

  it('Enter opens the active row, but not before a row is active nor on a button', () => {
    const opened: number[] = [];
    render(<List opened={opened} />);
    press('Enter');
    expect(opened).toEqual([]);
    press('j');
    press('j');
    press('Enter', screen.getByRole('button', { name: 'Nhận xử lý' }));
    expect(opened).toEqual([]);
    press('Enter');
    expect(opened).toEqual([1]);
  });

  it('/ goes to the search box, whose typing is then left alone', () => {
    render(<List opened={[]} />);
    const slash = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    document.body.dispatchEvent(slash);
    expect(slash.defaultPrevented).toBe(true);
    const box = screen.getByRole('textbox', { name: 'Tìm' });
    expect(document.activeElement).toBe(box);
    press('j', box);
    press('/', box);
    press('j', screen.getByRole('combobox', { name: 'Đơn vị' }));
    expect(active()).toBe('-1');
  });

  it('with a modifier or switched off, takes no key', () => {
    const opened: number[] = [];
    const { rerender } = render(<List opened={opened} />);
    press('j', document.body, { ctrlKey: true });
    expect(active()).toBe('-1');
    rerender(<List enabled={false} opened={opened} />);
    press('j');
    press('/');
    expect(active()).toBe('-1');
    expect(document.activeElement).toBe(document.body);
  });
});

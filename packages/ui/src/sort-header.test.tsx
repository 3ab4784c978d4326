import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SortHeader } from './sort-header.tsx';
import { renderWithI18n } from './test-render.tsx';

describe('SortHeader', () => {
  it('states the order on the header and sorts with a real button', () => {
    const onSort = vi.fn();
    renderWithI18n(
      <table>
        <thead>
          <tr>
            <SortHeader label="Hạn xử lý" active direction="asc" onSort={onSort} />
            <SortHeader label="Cập nhật" active={false} direction="desc" onSort={() => {}} />
            <SortHeader label="Mã hồ sơ" active direction="desc" onSort={() => {}} />
          </tr>
        </thead>
      </table>,
    );
    const [due, updated, code] = screen.getAllByRole('columnheader');
    expect(due!.getAttribute('aria-sort')).toBe('ascending');
    expect(updated!.getAttribute('aria-sort')).toBe('none');
    expect(code!.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(screen.getByRole('button', { name: 'Hạn xử lý' }));
    expect(onSort).toHaveBeenCalledOnce();
  });
});

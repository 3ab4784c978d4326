import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Pagination, pageCount } from './pagination.tsx';
import { renderWithI18n } from './test-render.tsx';

describe('Pagination', () => {
  it('tells where the reader is, with vi-VN numbers', () => {
    renderWithI18n(<Pagination page={2} pageSize={20} total={1234} onPageChange={() => {}} />);
    expect(screen.getByRole('navigation', { name: 'Phân trang' })).toBeTruthy();
    expect(screen.getByText('Trang 2/62 · 21–40 trong 1.234 mục')).toBeTruthy();
  });

  it('asks for the next and previous page', () => {
    const onPageChange = vi.fn();
    renderWithI18n(<Pagination page={2} pageSize={20} total={45} onPageChange={onPageChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    fireEvent.click(screen.getByRole('button', { name: 'Trang trước' }));
    expect(onPageChange.mock.calls).toEqual([[3], [1]]);
  });

  it('disables the buttons that lead nowhere', () => {
    renderWithI18n(<Pagination page={1} pageSize={20} total={5} onPageChange={() => {}} />);
    expect((screen.getByRole('button', { name: 'Trang trước' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Trang sau' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('counts at least one page', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
  });
});

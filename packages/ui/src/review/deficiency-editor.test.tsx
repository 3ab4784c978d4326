import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Deficiency } from '@ketnoi/domain';
import { renderWithI18n } from '../test-render.tsx';
import { DeficiencyEditor, parseRows } from './deficiency-editor.tsx';

describe('parseRows', () => {
  it('reads single rows and ranges, sorted without repeats', () => {
    expect(parseRows('3, 5-7; 9, 3')).toEqual([3, 5, 6, 7, 9]);
    expect(parseRows(' 12 ')).toEqual([12]);
    expect(parseRows('4–5')).toEqual([4, 5]);
    expect(parseRows('')).toEqual([]);
  });

  it('refuses the header row, reversed ranges, words and empty pieces', () => {
    expect(parseRows('1')).toBeNull();
    expect(parseRows('7-5')).toBeNull();
    expect(parseRows('dòng 3')).toBeNull();
    expect(parseRows('3,,4')).toBeNull();
    expect(parseRows('2-99999')).toBeNull();
  });
});

describe('DeficiencyEditor', () => {
  it('requires a reason: an error summary and the field marked, nothing sent', () => {
    const onSubmit = vi.fn();
    renderWithI18n(<DeficiencyEditor onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText(/^Lý do \(nội dung 1\)/), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Trả lại hồ sơ để bổ sung' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Nội dung 1: cần ghi lý do.' })).toBeTruthy();
    expect(screen.getByLabelText(/^Lý do \(nội dung 1\)/).getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('offers rows only for the account list and sends them in the domain’s shape', () => {
    const onSubmit = vi.fn<(d: Deficiency[]) => void>();
    renderWithI18n(<DeficiencyEditor onSubmit={onSubmit} />);
    expect(screen.queryByLabelText(/^Các dòng trong danh sách tài khoản/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Thành phần (nội dung 1)'), { target: { value: 'ACCOUNT_LIST' } });
    fireEvent.change(screen.getByLabelText('Các dòng trong danh sách tài khoản (nội dung 1)'), { target: { value: '4, 2' } });
    fireEvent.change(screen.getByLabelText(/^Lý do \(nội dung 1\)/), { target: { value: 'Sai ngày sinh.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm nội dung' }));
    fireEvent.change(screen.getByLabelText('Thành phần (nội dung 2)'), { target: { value: 'SERVICE_REGISTRATION' } });
    expect(screen.queryByLabelText('Các dòng trong danh sách tài khoản (nội dung 2)')).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Lý do \(nội dung 2\)/), { target: { value: 'Thiếu căn cứ pháp lý.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Trả lại hồ sơ để bổ sung' }));
    expect(onSubmit).toHaveBeenCalledWith([
      { part: 'ACCOUNT_LIST', rows: [2, 4], reason: 'Sai ngày sinh.' },
      { part: 'SERVICE_REGISTRATION', reason: 'Thiếu căn cứ pháp lý.' },
    ]);
  });

  it('refuses rows that are not data rows, names the item, and lets an item be removed', () => {
    const onSubmit = vi.fn();
    renderWithI18n(<DeficiencyEditor onSubmit={onSubmit} initialPart="ACCOUNT_LIST" />);
    fireEvent.change(screen.getByLabelText('Các dòng trong danh sách tài khoản (nội dung 1)'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText(/^Lý do \(nội dung 1\)/), { target: { value: 'Dòng tiêu đề sai.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm nội dung' }));
    fireEvent.click(screen.getByRole('button', { name: 'Trả lại hồ sơ để bổ sung' }));
    const summary = within(screen.getByRole('alert'));
    expect(summary.getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Nội dung 1: số dòng phải là số nguyên từ 2 trở lên, cách nhau bằng dấu phẩy (ví dụ 3, 5-7).',
      'Nội dung 2: cần ghi lý do.',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Xóa nội dung 2' }));
    fireEvent.change(screen.getByLabelText('Các dòng trong danh sách tài khoản (nội dung 1)'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Trả lại hồ sơ để bổ sung' }));
    expect(onSubmit).toHaveBeenCalledWith([{ part: 'ACCOUNT_LIST', reason: 'Dòng tiêu đề sai.' }]);
  });
});

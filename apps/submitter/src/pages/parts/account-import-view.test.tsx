import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test-render.tsx';
import { AccountImportView, type AccountImport } from './account-import-view.tsx';

const base: AccountImport = {
  id: '6f1c1d2e-0000-4000-8000-000000000001',
  dossierId: '6f1c1d2e-0000-4000-8000-000000000002',
  fileName: 'danh-sach.xlsx',
  status: 'READING',
  phase: 'parse',
  progress: { done: 35000, total: null },
  format: null,
  sheetName: null,
  rowCount: null,
  validCount: null,
  storedCount: null,
  refusal: null,
  errorCount: 0,
  warningCount: 0,
  findingsTotal: 0,
  findings: [],
  createdAt: '2026-11-25T02:00:00.000Z',
};
const props = { page: 1, pageSize: 50, onPageChange: () => {}, onKeepValid: () => {}, onDiscard: () => {}, busy: false };

describe('AccountImportView', () => {
  it('while reading: a progress bar announced politely with the rows read in vi-VN numbers', () => {
    renderApp(<AccountImportView imp={base} {...props} />);
    expect(screen.getByRole('status').textContent).toContain('Đã đọc 35.000 dòng…');
    const bar = screen.getByLabelText('Tiến độ nhập danh sách') as HTMLProgressElement;
    expect(bar.hasAttribute('value')).toBe(false);
  });

  it('while opening the file: a determinate bar over the bytes', () => {
    renderApp(<AccountImportView imp={{ ...base, phase: 'inspect', progress: { done: 300, total: 1200 } }} {...props} />);
    const bar = screen.getByLabelText('Tiến độ nhập danh sách') as HTMLProgressElement;
    expect(bar.getAttribute('value')).toBe('300');
    expect(bar.getAttribute('max')).toBe('1200');
  });

  it('with errors: nothing stored, the findings by row and column, the error copy, and the two choices', () => {
    const onKeepValid = vi.fn();
    const onDiscard = vi.fn();
    const imp: AccountImport = {
      ...base,
      status: 'HAS_ERRORS',
      phase: null,
      sheetName: 'Danh sách',
      rowCount: 120,
      validCount: 118,
      errorCount: 2,
      findingsTotal: 2,
      findings: [
        { row: 5, column: 'Số định danh cá nhân', code: 'PERSONAL_ID_LENGTH', message: 'Số định danh cá nhân phải gồm đúng 12 chữ số (đang có 11 chữ số).', severity: 'error' },
        { row: 9, column: 'Email', code: 'EMAIL_INVALID', message: 'Email không hợp lệ.', severity: 'error' },
      ],
    };
    renderApp(<AccountImportView imp={imp} {...props} onKeepValid={onKeepValid} onDiscard={onDiscard} />);
    expect(screen.getByRole('heading', { name: 'Tệp “danh-sach.xlsx” có 2 lỗi. Chưa có gì được lưu.' })).toBeTruthy();
    expect(screen.getByText(/Trang tính «Danh sách»: 120 dòng đã đọc, 118 dòng hợp lệ\./)).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows[0]).toContain('5Số định danh cá nhân');
    expect(rows[1]).toContain('9Email');
    expect(screen.getByRole('link', { name: /bản sao tệp có cột ghi lỗi/ }).getAttribute('href')).toBe(`/files/imports/${imp.id}/errors.xlsx`);
    fireEvent.click(screen.getByRole('button', { name: 'Chỉ giữ lại 118 dòng hợp lệ' }));
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ lần nhập này' }));
    expect(onKeepValid).toHaveBeenCalledTimes(1);
    expect(onDiscard).toHaveBeenCalledTimes(1);
  });

  it('an unreadable file shows the reader’s reason; a stored one the count', () => {
    const { unmount } = renderApp(<AccountImportView imp={{ ...base, status: 'UNREADABLE', refusal: { code: 'SHEET_ODS', message: 'Tệp là bảng tính OpenDocument (.ods).' } }} {...props} />);
    expect(screen.getByRole('alert').textContent).toContain('Không đọc được tệp “danh-sach.xlsx”: Tệp là bảng tính OpenDocument (.ods).');
    unmount();
    renderApp(<AccountImportView imp={{ ...base, status: 'STORED', storedCount: 1500 }} {...props} />);
    expect(screen.getByText(/Đã lưu danh sách 1.500 tài khoản/)).toBeTruthy();
  });
});

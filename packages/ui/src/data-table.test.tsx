import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from './data-table.tsx';

const columns = [
  { key: 'code', header: 'Mã hồ sơ', rowHeader: true, cell: (r: { code: string; system: string }) => r.code },
  { key: 'system', header: 'Hệ thống', cell: (r: { code: string; system: string }) => r.system },
];

describe('DataTable', () => {
  it('names the table and its scrolling region by the caption, with row headers', () => {
    render(<DataTable caption="Hồ sơ của đơn vị" columns={columns} rows={[{ code: 'KN-2026-000001', system: 'Cổng dịch vụ công' }]} rowKey={(r) => r.code} empty="Không có" />);
    expect(screen.getByRole('table', { name: 'Hồ sơ của đơn vị' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Hồ sơ của đơn vị' }).tabIndex).toBe(0);
    expect(screen.getByRole('rowheader', { name: 'KN-2026-000001' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Cổng dịch vụ công' })).toBeTruthy();
  });

  it('says so when there are no rows', () => {
    render(<DataTable caption="c" columns={columns} rows={[]} rowKey={(r) => r.code} empty="Đơn vị chưa có hồ sơ nào." />);
    expect(screen.getByRole('cell', { name: 'Đơn vị chưa có hồ sơ nào.' })).toBeTruthy();
  });
});

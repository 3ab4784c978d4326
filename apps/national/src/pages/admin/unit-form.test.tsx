import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithServer, type Answer } from '../../test-support.tsx';
import type { ProvinceRow, UnitRow } from './admin-types.ts';
import { UnitForm } from './unit-form.tsx';

const PROVINCES: ProvinceRow[] = [
  { code: '01', name: 'Thành phố Hà Nội', validFrom: '2025-07-01', validTo: null, successorCode: null },
  { code: '40', name: 'Tỉnh Nghệ An', validFrom: '2025-07-01', validTo: null, successorCode: null },
];
const UNIT: UnitRow = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'OWNER',
  level: 'LOCAL',
  provinceCode: '40',
  provinceName: 'Tỉnh Nghệ An',
  name: 'Sở Y tế tỉnh Nghệ An',
  parentBody: 'UBND Tỉnh Nghệ An',
  address: null,
  headName: 'Nguyễn Văn A',
  headTitle: 'Giám đốc',
  active: true,
  activeUsers: 1,
};

const ok = (path: string): Answer => (path.startsWith('admin.units.') ? { data: { id: 'new-unit' } } : { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy.' } });
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
const submit = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('UnitForm', () => {
  it('creates a local owner unit with its province, trimming the name', async () => {
    const onDone = vi.fn();
    const { calls } = renderWithServer(<UnitForm provinces={PROVINCES} onDone={onDone} onCancel={() => {}} />, ok);
    type('Loại đơn vị', 'LOCAL');
    type('Tỉnh, thành phố', '01');
    type('Tên đơn vị', '  Sở Tư pháp Thành phố Hà Nội ');
    type('Cơ quan cấp trên', 'UBND Thành phố Hà Nội');
    submit('Thêm đơn vị');
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã thêm đơn vị “Sở Tư pháp Thành phố Hà Nội”.'));
    const call = calls.find((c) => c.path === 'admin.units.create');
    expect(call?.input).toMatchObject({ kind: 'OWNER', level: 'LOCAL', provinceCode: '01', name: 'Sở Tư pháp Thành phố Hà Nội', parentBody: 'UBND Thành phố Hà Nội' });
  });

  it('creates the PC06 of a province, and a central body without a province', async () => {
    const onDone = vi.fn();
    const { calls, unmount } = renderWithServer(<UnitForm provinces={PROVINCES} onDone={onDone} onCancel={() => {}} />, ok);
    type('Loại đơn vị', 'PC06');
    type('Tỉnh, thành phố', '40');
    type('Tên đơn vị', 'Công an tỉnh Nghệ An');
    submit('Thêm đơn vị');
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(calls.find((c) => c.path === 'admin.units.create')?.input).toMatchObject({ kind: 'PC06', level: 'LOCAL', provinceCode: '40' });
    unmount();

    const second = renderWithServer(<UnitForm provinces={PROVINCES} onDone={onDone} onCancel={() => {}} />, ok);
    expect(screen.queryByLabelText('Tỉnh, thành phố', { exact: false })).toBeNull();
    type('Tên đơn vị', 'Bộ Tư pháp');
    submit('Thêm đơn vị');
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(2));
    expect(second.calls.find((c) => c.path === 'admin.units.create')?.input).toMatchObject({ kind: 'OWNER', level: 'CENTRAL', provinceCode: null, name: 'Bộ Tư pháp' });
  });

  it('shows errors inline in Vietnamese and sends nothing while the form is incomplete', async () => {
    const { calls } = renderWithServer(<UnitForm provinces={PROVINCES} onDone={() => {}} onCancel={() => {}} />, ok);
    type('Loại đơn vị', 'LOCAL');
    type('Tên đơn vị', 'Sở');
    submit('Thêm đơn vị');
    expect(await screen.findByRole('heading', { name: 'Có 2 lỗi cần sửa' })).toBeTruthy();
    const name = screen.getByLabelText('Tên đơn vị', { exact: false });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toBe('Nhập tên đơn vị (ít nhất 3 ký tự).');
    expect(screen.getAllByText('Chọn tỉnh, thành phố của đơn vị.').length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.path.startsWith('admin.'))).toEqual([]);
  });

  it('puts a duplicate name under the name field and keeps everything typed', async () => {
    const refuse = (path: string): Answer => (path === 'admin.units.create' ? { refusal: { appCode: 'DUPLICATE', message: 'Đã có đơn vị cùng loại mang tên này.' } } : ok(path));
    const onDone = vi.fn();
    renderWithServer(<UnitForm provinces={PROVINCES} onDone={onDone} onCancel={() => {}} />, refuse);
    type('Tên đơn vị', 'Bộ Y tế');
    type('Địa chỉ', '138A Giảng Võ, Hà Nội');
    submit('Thêm đơn vị');
    expect(await screen.findAllByText('Đã có đơn vị cùng loại mang tên này.')).not.toHaveLength(0);
    expect((screen.getByLabelText('Tên đơn vị', { exact: false }) as HTMLInputElement).value).toBe('Bộ Y tế');
    expect((screen.getByLabelText('Địa chỉ') as HTMLInputElement).value).toBe('138A Giảng Võ, Hà Nội');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('renames a unit, its kind and province shown but not editable', async () => {
    const onDone = vi.fn();
    const { calls } = renderWithServer(<UnitForm provinces={PROVINCES} unit={UNIT} onDone={onDone} onCancel={() => {}} />, ok);
    expect(screen.getByRole('heading', { name: 'Sửa đơn vị “Sở Y tế tỉnh Nghệ An”' })).toBeTruthy();
    expect((screen.getByLabelText('Loại đơn vị', { exact: false }) as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByLabelText('Tỉnh, thành phố', { exact: false }) as HTMLSelectElement).value).toBe('40');
    type('Tên đơn vị', 'Sở Y tế Nghệ An');
    submit('Lưu');
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã lưu đơn vị “Sở Y tế Nghệ An”.'));
    const input = calls.find((c) => c.path === 'admin.units.update')?.input as Record<string, unknown>;
    expect(input).toMatchObject({ unitId: UNIT.id, name: 'Sở Y tế Nghệ An', parentBody: 'UBND Tỉnh Nghệ An', headName: 'Nguyễn Văn A' });
    expect(input).not.toHaveProperty('provinceCode');
  });
});

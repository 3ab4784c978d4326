import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithServer, type Answer } from '../../test-support.tsx';
import type { ProvinceRow } from './admin-types.ts';
import { ProvinceValidityForm } from './province-validity-form.tsx';

const P = (code: string, name: string, validTo: string | null = null, successorCode: string | null = null): ProvinceRow => ({ code, name, validFrom: validTo ? '2008-08-01' : '2025-07-01', validTo, successorCode });
const PROVINCES = [P('40', 'Tỉnh Nghệ An'), P('42', 'Tỉnh Hà Tĩnh'), P('H02', 'Tỉnh Hà Giang', '2025-07-01', '08')];
const ok = (path: string): Answer => (path === 'admin.reference.provinceValidity' ? { data: {} } : { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy.' } });

describe('ProvinceValidityForm', () => {
  it('ends a province with a successor, after asking for the successor when it is missing', async () => {
    const onDone = vi.fn();
    const { calls } = renderWithServer(<ProvinceValidityForm province={PROVINCES[0]!} provinces={PROVINCES} onDone={onDone} onCancel={() => {}} />, ok);
    expect(screen.queryByLabelText('Đơn vị kế thừa', { exact: false })).toBeNull();
    fireEvent.change(screen.getByLabelText('Hiệu lực đến'), { target: { value: '2024-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findAllByText('Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực (01/07/2025).')).toHaveLength(2);
    expect(screen.getAllByText('Chọn đơn vị kế thừa: hồ sơ của tỉnh, thành phố hết hiệu lực được chuyển đến đó.')).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Hiệu lực đến'), { target: { value: '2030-01-01' } });
    fireEvent.change(screen.getByLabelText('Đơn vị kế thừa', { exact: false }), { target: { value: '42' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã lưu hiệu lực của Tỉnh Nghệ An.'));
    expect(calls.filter((c) => c.path === 'admin.reference.provinceValidity').map((c) => c.input)).toEqual([expect.objectContaining({ code: '40', validTo: '2030-01-01', successorCode: '42' })]);
  });

  it('makes a former province current again (no end, no successor) and shows a refusal without losing the values', async () => {
    let answer: Answer = { refusal: { appCode: 'VALIDATION', message: 'Đơn vị kế thừa này tạo thành vòng lặp kế thừa.' } };
    const onDone = vi.fn();
    const { calls } = renderWithServer(<ProvinceValidityForm province={PROVINCES[2]!} provinces={PROVINCES} onDone={onDone} onCancel={() => {}} />, (path) => (path === 'admin.reference.provinceValidity' ? answer : ok(path)));
    expect((screen.getByLabelText('Hiệu lực đến') as HTMLInputElement).value).toBe('2025-07-01');
    fireEvent.change(screen.getByLabelText('Đơn vị kế thừa', { exact: false }), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect((await screen.findByText('Đơn vị kế thừa này tạo thành vòng lặp kế thừa.')).closest('[role="alert"]')).not.toBeNull();
    expect((screen.getByLabelText('Đơn vị kế thừa', { exact: false }) as HTMLSelectElement).value).toBe('40');
    answer = { data: {} };
    fireEvent.change(screen.getByLabelText('Hiệu lực đến'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(calls.filter((c) => c.path === 'admin.reference.provinceValidity').at(-1)?.input).toMatchObject({ code: 'H02', validTo: null, successorCode: null });
  });
});

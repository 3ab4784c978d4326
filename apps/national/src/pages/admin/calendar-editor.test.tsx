import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithServer, type Answer } from '../../test-support.tsx';
import type { CalendarDayRow } from './admin-types.ts';
import { CalendarEditor } from './calendar-editor.tsx';

const DAYS: CalendarDayRow[] = [
  { day: '2027-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch' },
  { day: '2027-04-30', kind: 'HOLIDAY', name: 'Ngày Giải phóng miền Nam' },
];
const ok = (path: string): Answer => (path === 'admin.reference.calendar.replaceYear' ? { data: { year: 2027, holidays: 3 } } : { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy.' } });
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement;
const set = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

describe('CalendarEditor', () => {
  it("shows the year's days and replaces the year with a day added (a working weekend with its name), sorted by date", async () => {
    const onSaved = vi.fn();
    const { calls } = renderWithServer(<CalendarEditor year={2027} days={DAYS} onSaved={onSaved} />, ok);
    expect(field('Ngày, dòng 1').value).toBe('2027-01-01');
    expect(field('Tên ngày, dòng 2').value).toBe('Ngày Giải phóng miền Nam');
    fireEvent.click(screen.getByRole('button', { name: 'Thêm ngày' }));
    set('Ngày, dòng 3', '2027-02-06'); // a Saturday
    set('Loại, dòng 3', 'WORKING_WEEKEND');
    set('Tên ngày, dòng 3', 'Làm bù Tết Nguyên đán');
    fireEvent.click(screen.getByRole('button', { name: 'Xóa dòng 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu lịch năm 2027' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('Đã lưu lịch năm 2027 (2 ngày).'));
    expect(calls.find((c) => c.path === 'admin.reference.calendar.replaceYear')?.input).toMatchObject({
      year: 2027,
      days: [
        { day: '2027-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch' },
        { day: '2027-02-06', kind: 'WORKING_WEEKEND', name: 'Làm bù Tết Nguyên đán' },
      ],
    });
  });

  it('says in Vietnamese which line is wrong (another year, twice, a working weekday, no name) and sends nothing', async () => {
    const { calls } = renderWithServer(<CalendarEditor year={2027} days={DAYS} onSaved={() => {}} />, ok);
    set('Ngày, dòng 2', '2026-04-30');
    for (const _ of [3, 4, 5]) fireEvent.click(screen.getByRole('button', { name: 'Thêm ngày' }));
    set('Ngày, dòng 3', '2027-01-01');
    set('Tên ngày, dòng 3', 'Trùng ngày');
    set('Ngày, dòng 4', '2027-02-03'); // a Wednesday
    set('Loại, dòng 4', 'WORKING_WEEKEND');
    set('Tên ngày, dòng 4', 'Làm bù');
    set('Ngày, dòng 5', '2027-09-02');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu lịch năm 2027' }));
    expect(await screen.findByRole('heading', { name: 'Có 4 lỗi cần sửa' })).toBeTruthy();
    for (const text of ['Dòng 2: ngày không thuộc năm 2027.', 'Dòng 3: ngày này đã có ở dòng khác.', 'Dòng 4: ngày làm bù phải là thứ Bảy hoặc Chủ nhật.', 'Dòng 5: nhập tên ngày (ít nhất 2 ký tự).']) {
      expect(screen.getAllByText(text), text).toHaveLength(2);
    }
    expect(field('Ngày, dòng 4').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field('Ngày, dòng 4').getAttribute('aria-describedby')!)?.textContent).toBe('Dòng 4: ngày làm bù phải là thứ Bảy hoặc Chủ nhật.');
    expect(field('Tên ngày, dòng 1').getAttribute('aria-invalid')).toBeNull();
    expect(calls.filter((c) => c.path === 'admin.reference.calendar.replaceYear')).toEqual([]);
  });

  it("keeps the list as typed when the server refuses, with the server's words", async () => {
    const refuse = (path: string): Answer => (path === 'admin.reference.calendar.replaceYear' ? { refusal: { appCode: 'VALIDATION', message: 'Ngày 2027-09-02 bị khai báo hai lần.' } } : ok(path));
    const onSaved = vi.fn();
    renderWithServer(<CalendarEditor year={2027} days={DAYS} onSaved={onSaved} />, refuse);
    fireEvent.click(screen.getByRole('button', { name: 'Thêm ngày' }));
    set('Ngày, dòng 3', '2027-09-02');
    set('Tên ngày, dòng 3', 'Quốc khánh');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu lịch năm 2027' }));
    expect((await screen.findByText('Ngày 2027-09-02 bị khai báo hai lần.')).closest('[role="alert"]')).not.toBeNull();
    expect(field('Tên ngày, dòng 3').value).toBe('Quốc khánh');
    expect(field('Ngày, dòng 1').value).toBe('2027-01-01');
    expect(onSaved).not.toHaveBeenCalled();
  });
});

import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../test-render.tsx';
import { EMPTY_PART_REVIEW, PartChecklist, type PartReview } from './part-checklist.tsx';

function Harness({ onChange }: { onChange: (r: PartReview) => void }) {
  const [value, setValue] = useState<PartReview>(EMPTY_PART_REVIEW);
  return (
    <PartChecklist
      part="SECURITY_CONFIRMATION"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('PartChecklist', () => {
  it('names the part, ticks and unticks its points and records one result', () => {
    const onChange = vi.fn<(r: PartReview) => void>();
    renderWithI18n(<Harness onChange={onChange} />);
    expect(screen.getByRole('group', { name: 'Kiểm tra thành phần: 4. Văn bản xác nhận bảo đảm an ninh, an toàn thông tin (A05)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kết quả xác nhận đạt yêu cầu' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Văn bản xác nhận do A05 ban hành, còn hiệu lực' }));
    expect(onChange).toHaveBeenLastCalledWith({ checked: [1, 2], result: null });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kết quả xác nhận đạt yêu cầu' }));
    expect(onChange).toHaveBeenLastCalledWith({ checked: [1], result: null });
    fireEvent.click(screen.getByRole('radio', { name: 'Chưa đạt' }));
    expect(onChange).toHaveBeenLastCalledWith({ checked: [1], result: 'NOT_OK' });
    fireEvent.click(screen.getByRole('radio', { name: 'Đạt' }));
    expect((screen.getByRole('radio', { name: 'Chưa đạt' }) as HTMLInputElement).checked).toBe(false);
    expect(onChange).toHaveBeenLastCalledWith({ checked: [1], result: 'OK' });
  });
});

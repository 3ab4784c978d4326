import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierPart, Opinion } from '@ketnoi/domain';
import { renderWithI18n } from '../test-render.tsx';
import { ForwardOpinionForm } from './forward-opinion-form.tsx';
import type { ChecklistResult } from './review-parts.ts';

function Harness({ onSubmit, initial = {} }: { onSubmit: (o: Opinion) => void; initial?: Partial<Record<DossierPart, ChecklistResult>> }) {
  const [checklist, setChecklist] = useState(initial);
  return <ForwardOpinionForm checklist={checklist} onChecklistChange={(p, r) => setChecklist((c) => ({ ...c, [p]: r }))} onSubmit={onSubmit} />;
}

const group = (n: number) => within(screen.getByRole('group', { name: new RegExp(`^Kết quả: ${n}\\.`) }));

describe('ForwardOpinionForm', () => {
  it('needs a result for every part and a recommendation', () => {
    const onSubmit = vi.fn();
    renderWithI18n(<Harness onSubmit={onSubmit} initial={{ ORG_COMMITMENT: 'OK', SECURITY_CONFIRMATION: 'NOT_OK' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Chuyển hồ sơ lên C06' }));
    expect(within(screen.getByRole('alert')).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Chọn kết quả kiểm tra cho 2. Danh sách tài khoản đăng ký sử dụng khai thác dịch vụ dân cư.',
      'Chọn kết quả kiểm tra cho 3. Phiếu đăng ký sử dụng dịch vụ.',
      'Chọn đề xuất gửi C06.',
    ]);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the checklist, the recommendation and the trimmed note', () => {
    const onSubmit = vi.fn<(o: Opinion) => void>();
    renderWithI18n(<Harness onSubmit={onSubmit} initial={{ ORG_COMMITMENT: 'OK' }} />);
    expect((group(1).getByRole('radio', { name: 'Đạt' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(group(2).getByRole('radio', { name: 'Chưa đạt' }));
    fireEvent.click(group(3).getByRole('radio', { name: 'Đạt' }));
    fireEvent.click(group(4).getByRole('radio', { name: 'Đạt' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Đề nghị từ chối' }));
    fireEvent.change(screen.getByLabelText('Ghi chú gửi C06'), { target: { value: '  Danh sách có người ngoài đơn vị.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Chuyển hồ sơ lên C06' }));
    expect(onSubmit).toHaveBeenCalledWith({
      checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'NOT_OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' },
      recommendation: 'REJECT',
      note: 'Danh sách có người ngoài đơn vị.',
    });
  });

  it('speaks English when asked', () => {
    renderWithI18n(<Harness onSubmit={() => {}} />, 'en');
    expect(screen.getByRole('button', { name: 'Forward the dossier to C06' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Recommend approval' })).toBeTruthy();
  });
});

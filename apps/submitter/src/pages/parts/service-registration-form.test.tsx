import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serviceRegistrationSchema, type ServiceCatalogueEntry, type ServiceRegistration } from '@ketnoi/domain';
import { renderApp } from '../../test-render.tsx';
import { ServiceRegistrationForm } from './service-registration-form.tsx';

const services: ServiceCatalogueEntry[] = [
  { code: 'XAC_THUC_THONG_TIN', name: 'Xác thực thông tin công dân', active: true },
  { code: 'TRA_CUU_THONG_TIN', name: 'Tra cứu thông tin công dân', active: true },
];

const line = {
  serviceCode: 'XAC_THUC_THONG_TIN',
  procedures: [{ code: '1.001234', name: 'Đăng ký thường trú' }],
  purpose: 'Xác thực người nộp hồ sơ',
  legalBasis: 'Luật Cư trú 2020',
  volumePerDay: 1500,
  peakPerSecond: 5,
};

const errorOf = (input: HTMLElement) => {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((el) => el?.className.includes('error'))?.textContent ?? null;
};
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Lưu phiếu đăng ký' }));

function renderForm(initial: ServiceRegistration, issues: Parameters<typeof ServiceRegistrationForm>[0]['issues'] = null) {
  const saved: ServiceRegistration[] = [];
  renderApp(<ServiceRegistrationForm initial={initial} services={services} issues={issues} onSave={async (v) => void saved.push(v)} />);
  return saved;
}

describe('ServiceRegistrationForm', () => {
  it('adds a line, focusing its service, and removes a line', async () => {
    const saved = renderForm({ lines: [line] });
    expect(screen.getAllByRole('group', { name: /^Dịch vụ \d/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Thêm dịch vụ' }));
    const groups = screen.getAllByRole('group', { name: /^Dịch vụ \d/ });
    expect(groups).toHaveLength(2);
    const second = within(groups[1]!).getByRole('combobox', { name: 'Dịch vụ (dịch vụ 2) (bắt buộc)' });
    expect(document.activeElement).toBe(second);
    // The service already chosen on line 1 cannot be chosen again.
    expect((within(second).getByRole('option', { name: /Xác thực thông tin công dân/ }) as HTMLOptionElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Xóa dịch vụ 1' }));
    expect(screen.getAllByRole('group', { name: /^Dịch vụ \d/ })).toHaveLength(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Thêm dịch vụ' }));

    // The remaining (new) line has no service: saving is refused with the form's message.
    save();
    expect(saved).toEqual([]);
    expect(errorOf(screen.getByRole('combobox', { name: /^Dịch vụ \(dịch vụ 1\)/ }))).toBe('Chọn dịch vụ cho dòng này, hoặc xóa dòng.');
  });

  it("shows the domain's message for a malformed procedure code when the field is left, and clears it when fixed", () => {
    renderForm({ lines: [line] });
    const code = screen.getByRole('textbox', { name: 'Mã thủ tục hành chính (dịch vụ 1, thủ tục 1)' });
    fireEvent.change(code, { target: { value: '1.00123' } });
    expect(errorOf(code)).toBeNull();
    fireEvent.blur(code);
    expect(errorOf(code)).toBe('Mã thủ tục hành chính quốc gia phải có dạng d.dddddd, ví dụ 1.001234.');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    // Leaving a field is not a failed save: no error summary takes the focus away.
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(code, { target: { value: 'CCCD-0%' } });
    expect(errorOf(code)).toMatch(/^Mã thủ tục hành chính phải là mã quốc gia dạng d\.dddddd/);
    fireEvent.change(code, { target: { value: '1.001235' } });
    expect(errorOf(code)).toBeNull();
    expect(code.hasAttribute('aria-invalid')).toBe(false);
  });

  it('refuses to save a malformed code, listing it in the focused error summary that links to the field', () => {
    const saved = renderForm({ lines: [line] });
    const code = screen.getByRole('textbox', { name: 'Mã thủ tục hành chính (dịch vụ 1, thủ tục 1)' });
    fireEvent.change(code, { target: { value: 'x' } });
    save();
    expect(saved).toEqual([]);
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    fireEvent.click(within(summary).getByRole('link', { name: /^Mã thủ tục hành chính phải là mã quốc gia/ }));
    expect(document.activeElement).toBe(code);
    // The same errors again: the summary takes the focus again.
    save();
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });

  it('saves several procedures per line and vi-VN numbers as the domain shape', async () => {
    const saved = renderForm({ lines: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm dịch vụ' }));
    fireEvent.change(screen.getByRole('combobox', { name: /^Dịch vụ \(dịch vụ 1\)/ }), { target: { value: 'TRA_CUU_THONG_TIN' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Mã thủ tục hành chính (dịch vụ 1, thủ tục 1)' }), { target: { value: ' 1.004222 ' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Tên thủ tục hành chính (dịch vụ 1, thủ tục 1)' }), { target: { value: 'Cấp phiếu lý lịch tư pháp' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm thủ tục (dịch vụ 1)' }));
    const second = screen.getByRole('textbox', { name: 'Mã thủ tục hành chính (dịch vụ 1, thủ tục 2)' });
    expect(document.activeElement).toBe(second);
    fireEvent.change(second, { target: { value: 'BTP-HT.01' } });
    // A third, left blank, is not sent.
    fireEvent.click(screen.getByRole('button', { name: 'Thêm thủ tục (dịch vụ 1)' }));
    const volume = screen.getByRole('textbox', { name: 'Lưu lượng dự kiến (lượt mỗi ngày) (dịch vụ 1)' });
    fireEvent.change(volume, { target: { value: '12500' } });
    fireEvent.blur(volume);
    expect((volume as HTMLInputElement).value).toBe('12.500');
    fireEvent.change(screen.getByRole('textbox', { name: 'Lưu lượng cao điểm (lượt mỗi giây) (dịch vụ 1)' }), { target: { value: '0' } });
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({
      lines: [
        {
          serviceCode: 'TRA_CUU_THONG_TIN',
          procedures: [
            { code: '1.004222', name: 'Cấp phiếu lý lịch tư pháp' },
            { code: 'BTP-HT.01', name: '' },
          ],
          purpose: '',
          legalBasis: '',
          volumePerDay: 12500,
          peakPerSecond: 0,
        },
      ],
    });
    expect(serviceRegistrationSchema.safeParse(saved[0]).success).toBe(true);
    expect(await screen.findByText('Đã lưu phiếu đăng ký (1 dịch vụ).')).toBeTruthy();
    expect(screen.getByText('Đã lưu phiếu đăng ký (1 dịch vụ).').closest('[role="status"]')).not.toBeNull();
  });

  it('refuses a fraction and a number written another way, in vi-VN terms', () => {
    const saved = renderForm({ lines: [line] });
    const volume = screen.getByRole('textbox', { name: 'Lưu lượng dự kiến (lượt mỗi ngày) (dịch vụ 1)' });
    const peak = screen.getByRole('textbox', { name: 'Lưu lượng cao điểm (lượt mỗi giây) (dịch vụ 1)' });
    expect((volume as HTMLInputElement).value).toBe('1.500');
    fireEvent.change(volume, { target: { value: '1,5' } });
    fireEvent.change(peak, { target: { value: '1.5' } });
    save();
    expect(saved).toEqual([]);
    expect(errorOf(volume)).toBe('Lưu lượng dự kiến mỗi ngày phải là số nguyên.');
    expect(errorOf(peak)).toBe('Không đọc được số này. Viết số nguyên kiểu Việt Nam, ví dụ 1.500 hoặc 20.');
  });

  it('puts completeness issues of the saved part next to their fields, still after a line above is removed', () => {
    const other = { ...line, serviceCode: 'TRA_CUU_THONG_TIN', legalBasis: '' };
    renderForm({ lines: [line, other] }, [
      { code: 'SERVICE_LEGAL_BASIS_REQUIRED', message: 'Cần ghi căn cứ pháp lý cho việc sử dụng dịch vụ.', severity: 'error', path: ['lines', 1, 'legalBasis'] },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Xóa dịch vụ 1' }));
    const legal = screen.getByRole('textbox', { name: 'Căn cứ pháp lý (dịch vụ 1)' });
    const described = (legal.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).toContain('Cần ghi căn cứ pháp lý cho việc sử dụng dịch vụ.');
    const checklist = screen.getByRole('region', { name: 'Kiểm tra tính đầy đủ của phần này' });
    fireEvent.click(within(checklist).getByRole('link', { name: 'Cần ghi căn cứ pháp lý cho việc sử dụng dịch vụ.' }));
    expect(document.activeElement).toBe(legal);
  });

  it('on a version conflict says the dossier changed elsewhere and keeps what was typed', async () => {
    const conflict = Object.assign(new Error('Hồ sơ vừa được người khác thay đổi.'), { data: { appCode: 'VERSION_CONFLICT', issues: [] } });
    let attempts = 0;
    renderApp(
      <ServiceRegistrationForm
        initial={{ lines: [line] }}
        services={services}
        issues={null}
        onSave={async () => {
          attempts += 1;
          throw conflict;
        }}
      />,
    );
    const purpose = screen.getByRole('textbox', { name: 'Mục đích sử dụng (dịch vụ 1)' });
    fireEvent.change(purpose, { target: { value: 'Mục đích mới' } });
    save();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Hồ sơ vừa được thay đổi ở nơi khác/);
    expect(alert.textContent).toContain('những gì bạn vừa nhập vẫn được giữ nguyên');
    expect(attempts).toBe(1);
    expect((purpose as HTMLInputElement).value).toBe('Mục đích mới');
    expect(screen.queryByText(/^Đã lưu/)).toBeNull();
  });
});

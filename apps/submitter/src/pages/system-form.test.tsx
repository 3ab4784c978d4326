import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { System } from '@ketnoi/domain';
import { renderApp } from '../test-render.tsx';
import { SystemForm } from './system-form.tsx';

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
const type = (label: RegExp | string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const errorOf = (label: RegExp | string) => {
  const ids = (screen.getByLabelText(label).getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((el) => el?.className.includes('error'))?.textContent ?? null;
};

describe('SystemForm', () => {
  it("refuses an empty form with the domain's Vietnamese messages next to each field", async () => {
    const saved: System[] = [];
    renderApp(<SystemForm title="Thêm hệ thống thông tin" onSave={async (s) => void saved.push(s)} onCancel={() => {}} />);
    save();
    expect(saved).toEqual([]);
    expect(errorOf(/^Tên hệ thống/)).toBe('Cần ghi tên hệ thống thông tin.');
    expect(errorOf(/^Cấp độ an toàn/)).toBe('Cấp độ an toàn hệ thống thông tin phải là một số từ 1 đến 5.');
    expect(screen.getByRole('heading', { name: 'Có 2 lỗi cần sửa' })).toBeTruthy();
  });

  it('asks for dd/MM/yyyy dates and for both parts of the decision', async () => {
    renderApp(<SystemForm title="x" onSave={async () => {}} onCancel={() => {}} />);
    type(/^Tên hệ thống/, 'Cổng dịch vụ công tỉnh');
    type(/^Cấp độ an toàn/, '3');
    type('Ngày ban hành quyết định', '2025-03-15');
    save();
    expect(errorOf('Ngày ban hành quyết định')).toBe('Ngày ban hành phải là một ngày có thật, dạng dd/MM/yyyy.');
    expect(errorOf('Số, ký hiệu quyết định phê duyệt cấp độ')).toBe('Ghi đủ cả số, ký hiệu và ngày ban hành của quyết định, hoặc để trống cả hai.');
    type('Ngày ban hành quyết định', '31/02/2025');
    save();
    expect(errorOf('Ngày ban hành quyết định')).toBe('Ngày ban hành phải là một ngày có thật, dạng dd/MM/yyyy.');
  });

  it('saves a valid system as the domain shape (ISO date, number level)', async () => {
    const saved: System[] = [];
    renderApp(<SystemForm title="x" onSave={async (s) => void saved.push(s)} onCancel={() => {}} />);
    type(/^Tên hệ thống/, '  Hệ thống một cửa điện tử ');
    type(/^Cấp độ an toàn/, '4');
    type('Số, ký hiệu quyết định phê duyệt cấp độ', '123/QĐ-SYT');
    type('Ngày ban hành quyết định', '5/3/2025');
    type(/^Kênh kết nối/, 'LGSP');
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({
      name: 'Hệ thống một cửa điện tử',
      purpose: '',
      host: '',
      operator: '',
      securityLevel: 4,
      securityLevelDecision: { numberAndSymbol: '123/QĐ-SYT', issuedOn: '2025-03-05' },
      connectionChannel: 'LGSP',
    });
  });

  it("puts the API's refusal in an alert and its field issues next to the fields, keeping the draft", async () => {
    const refusal = Object.assign(new Error('Dữ liệu gửi lên không hợp lệ.'), {
      data: { appCode: 'VALIDATION', issues: [{ code: 'INVALID_INPUT', message: 'Tên hệ thống không quá 300 ký tự.', severity: 'error', path: ['system', 'name'] }] },
    });
    renderApp(<SystemForm title="x" onSave={async () => Promise.reject(refusal)} onCancel={() => {}} />);
    type(/^Tên hệ thống/, 'Hệ thống A');
    type(/^Cấp độ an toàn/, '3');
    save();
    await waitFor(() => expect(errorOf(/^Tên hệ thống/)).toBe('Tên hệ thống không quá 300 ký tự.'));
    expect(screen.getAllByRole('alert').some((a) => a.textContent === 'Dữ liệu gửi lên không hợp lệ.')).toBe(true);
    expect((screen.getByLabelText(/^Tên hệ thống/) as HTMLInputElement).value).toBe('Hệ thống A');
  });

  it('starts from the saved system when editing, date as dd/MM/yyyy', () => {
    const system: System = { name: 'HT', purpose: 'p', host: 'h', operator: 'o', securityLevel: 3, securityLevelDecision: { numberAndSymbol: '1/QĐ', issuedOn: '2024-12-01' }, connectionChannel: 'NDXP' };
    renderApp(<SystemForm title="x" initial={system} onSave={async () => {}} onCancel={() => {}} />);
    expect((screen.getByLabelText('Ngày ban hành quyết định') as HTMLInputElement).value).toBe('01/12/2024');
  });
});

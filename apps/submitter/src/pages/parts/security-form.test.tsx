import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { normalizePhone, securityConfirmationSchema, type SecurityConfirmation } from '@ketnoi/domain';
import { renderApp } from '../../test-render.tsx';
import { SecurityForm } from './security-form.tsx';

const TODAY = '2026-11-25';
const empty: SecurityConfirmation = { survey: null, confirmation: { document: null, result: null, validUntil: null } };
const filled: SecurityConfirmation = {
  survey: {
    informationTypes: ['Thông tin công dân', 'Hồ sơ thủ tục hành chính'],
    systemType: 'Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh',
    securityLevel: 3,
    securityLevelApproval: { numberAndSymbol: '123/QĐ-UBND', issuedOn: '2025-03-15' },
    hosting: 'GOVERNMENT_CLOUD',
    network: { firewall: true, ips: false, waf: true },
    malwareProtection: true,
    logging: { enabled: true, retentionMonths: 12 },
    monitoringSoc: false,
    lastVulnerabilityTest: { kind: 'PENTEST', on: '2026-06-01' },
    backup: { enabled: true, tested: false },
    securityOfficer: { name: 'Trần Thị Bình', position: 'Trưởng phòng Công nghệ thông tin', email: 'binh.tt@ninhbinh.gov.vn', phone: '0912345678' },
  },
  confirmation: {
    document: { numberAndSymbol: '1234/A05-P4', issuedOn: '2025-12-01', issuer: 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao', signer: 'Lê Văn Cường', signerPosition: 'Phó Cục trưởng', fileId: 'doc-9' },
    result: 'PASSED_WITH_CONDITIONS',
    validUntil: '2027-12-01',
  },
};

const errorOf = (input: HTMLElement) => {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((el) => el?.className.includes('error'))?.textContent ?? null;
};
const describedText = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

function renderForm(initial: SecurityConfirmation) {
  const saved: SecurityConfirmation[] = [];
  renderApp(<SecurityForm initial={initial} issues={null} onUpload={async () => Promise.reject(new Error('unused'))} onSave={async (v) => void saved.push(v)} today={TODAY} />);
  return saved;
}
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Lưu phần 4' }));
const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('SecurityForm', () => {
  it('round-trips a filled part unchanged, as a value the domain schema accepts', async () => {
    const saved = renderForm(filled);
    expect((screen.getByLabelText('Có tường lửa (firewall)') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Có hệ thống phát hiện và ngăn chặn xâm nhập (IPS)') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText(/^Ngày phê duyệt cấp độ/) as HTMLInputElement).value).toBe('15/03/2025');
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual(filled);
    expect(securityConfirmationSchema.safeParse(saved[0]).success).toBe(true);
  });

  it('fills every survey field from an empty part into a value the domain schema accepts', async () => {
    const saved = renderForm(empty);
    type('Các loại thông tin hệ thống xử lý', 'Thông tin công dân\n\n  Hồ sơ một cửa  ');
    type('Loại hệ thống', 'Cổng dịch vụ công');
    type(/^Cấp độ an toàn hệ thống thông tin/, '4');
    type('Số, ký hiệu quyết định phê duyệt cấp độ', '45/QĐ-SYT');
    type(/^Ngày phê duyệt cấp độ/, '1/2/2024');
    type(/^Nơi đặt hệ thống/, 'OWN_DATA_CENTRE');
    for (const label of ['Có tường lửa (firewall)', 'Có hệ thống phát hiện và ngăn chặn xâm nhập (IPS)', 'Có tường lửa ứng dụng web (WAF)', 'Có giải pháp phòng, chống mã độc', 'Có giám sát an toàn thông tin tập trung (SOC)', 'Có ghi nhật ký hệ thống', 'Có sao lưu dữ liệu định kỳ', 'Đã thử khôi phục dữ liệu từ bản sao lưu']) {
      fireEvent.click(screen.getByLabelText(label));
    }
    type('Thời gian lưu nhật ký (tháng)', '24');
    type('Hình thức kiểm tra', 'SCAN');
    type('Ngày kiểm tra', '10/10/2026');
    type('Họ và tên', 'Phạm Minh Đức');
    type('Chức vụ', 'Chuyên viên');
    type('Thư điện tử', 'duc.pm@syt.ninhbinh.gov.vn');
    type('Số điện thoại di động', '0987 654 321');
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({
      survey: {
        informationTypes: ['Thông tin công dân', 'Hồ sơ một cửa'],
        systemType: 'Cổng dịch vụ công',
        securityLevel: 4,
        securityLevelApproval: { numberAndSymbol: '45/QĐ-SYT', issuedOn: '2024-02-01' },
        hosting: 'OWN_DATA_CENTRE',
        network: { firewall: true, ips: true, waf: true },
        malwareProtection: true,
        logging: { enabled: true, retentionMonths: 24 },
        monitoringSoc: true,
        lastVulnerabilityTest: { kind: 'SCAN', on: '2026-10-10' },
        backup: { enabled: true, tested: true },
        securityOfficer: { name: 'Phạm Minh Đức', position: 'Chuyên viên', email: 'duc.pm@syt.ninhbinh.gov.vn', phone: '0987 654 321' },
      },
      confirmation: { document: null, result: null, validUntil: null },
    });
    expect(securityConfirmationSchema.safeParse(saved[0]).success).toBe(true);
  });

  it('saves an untouched survey as not filled, and refuses a half-filled one with messages next to the fields', async () => {
    const saved = renderForm(empty);
    type('Loại hệ thống', 'Cổng dịch vụ công');
    save();
    expect(saved).toEqual([]);
    expect(errorOf(screen.getByLabelText(/^Cấp độ an toàn hệ thống thông tin/))).toBe('Cấp độ an toàn hệ thống thông tin phải là một số từ 1 đến 5.');
    expect(errorOf(screen.getByLabelText(/^Nơi đặt hệ thống/))).toBe('Chọn nơi đặt hệ thống.');
    expect(errorOf(screen.getByLabelText(/^Ngày phê duyệt cấp độ/))).toBe('Ngày phải là một ngày có thật, dạng dd/MM/yyyy.');
    expect(document.activeElement?.getAttribute('role')).toBe('alert');
    type('Loại hệ thống', '');
    type(/^Kết quả xác nhận/, 'PASSED');
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({ survey: null, confirmation: { document: null, result: 'PASSED', validUntil: null } });
  });

  it('warns when the confirmation expires within 30 days or has expired', () => {
    renderForm(filled);
    const validUntil = screen.getByLabelText('Có hiệu lực đến ngày');
    expect(describedText(validUntil)).not.toMatch(/hết hiệu lực ngày|đã hết hiệu lực/);
    type('Có hiệu lực đến ngày', '20/12/2026');
    expect(describedText(validUntil)).toContain('Văn bản xác nhận sẽ hết hiệu lực ngày 20/12/2026, còn 25 ngày');
    type('Có hiệu lực đến ngày', '24/11/2026');
    expect(describedText(validUntil)).toContain('Văn bản xác nhận đã hết hiệu lực từ ngày 24/11/2026 (1 ngày trước)');
  });

  it('asks the officer e-mail and phone in the domain’s terms when the field is left', () => {
    renderForm(filled);
    const phone = screen.getByLabelText('Số điện thoại di động');
    fireEvent.change(phone, { target: { value: '0212345678' } });
    fireEvent.blur(phone);
    const domain = normalizePhone('0212345678');
    expect(domain.ok).toBe(false);
    expect(errorOf(phone)).toBe(domain.ok ? null : domain.issues[0]!.message);
    expect(phone.getAttribute('aria-invalid')).toBe('true');
  });
});

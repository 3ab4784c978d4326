import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SecurityConfirmation } from '@ketnoi/domain';
import { renderApp } from '../../test-render.tsx';
import { CommitmentBody } from './commitment-part.tsx';
import { SecurityBody } from './security-part.tsx';
import { ServiceRegistrationBody } from './service-registration-part.tsx';

const never = async () => {
  throw new Error('a read-only part does not save');
};
const doc = { numberAndSymbol: '12/CK-SYT', issuedOn: '2025-03-05', issuer: 'Sở Y tế tỉnh Ninh Bình', signer: 'Nguyễn Văn An', signerPosition: 'Giám đốc', fileId: 'doc-7' };
const EXPLANATION = /chỉ xem được, không sửa được/;

const expectNoControls = () => {
  expect(screen.queryAllByRole('textbox')).toEqual([]);
  expect(screen.queryAllByRole('combobox')).toEqual([]);
  expect(screen.queryAllByRole('checkbox')).toEqual([]);
  expect(screen.queryAllByRole('button')).toEqual([]);
  expect(document.querySelector('form, input')).toBeNull();
};

describe('parts of a dossier that cannot be edited', () => {
  it('shows the service registration read only, with why', () => {
    renderApp(
      <ServiceRegistrationBody
        editable={false}
        value={{ lines: [{ serviceCode: 'XAC_THUC_THONG_TIN', procedures: [{ code: '1.001234', name: 'Đăng ký thường trú' }], purpose: 'Xác thực', legalBasis: 'Luật Cư trú 2020', volumePerDay: 1500, peakPerSecond: 5 }] }}
        services={[{ code: 'XAC_THUC_THONG_TIN', name: 'Xác thực thông tin công dân', active: true }]}
        issues={null}
        onSave={never}
      />,
    );
    expect(screen.getByText(EXPLANATION)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Dịch vụ 1: Xác thực thông tin công dân' })).toBeTruthy();
    expect(screen.getByText('Đăng ký thường trú')).toBeTruthy();
    expect(screen.getByText('1.500')).toBeTruthy();
    expectNoControls();
  });

  it('shows the commitment read only, with its PDF to download', () => {
    renderApp(<CommitmentBody dossierId="d" editable={false} value={{ document: doc }} issues={null} onUpload={never} onSave={never} />);
    expect(screen.getByText(EXPLANATION)).toBeTruthy();
    expect(screen.getByText('12/CK-SYT')).toBeTruthy();
    expect(screen.getByText('05/03/2025')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tải tệp đính kèm' }).getAttribute('href')).toBe('/files/doc-7');
    expectNoControls();
  });

  it('shows part 4 read only, in words', () => {
    const value: SecurityConfirmation = { survey: null, confirmation: { document: { ...doc, numberAndSymbol: '1234/A05-P4' }, result: 'PASSED', validUntil: '2027-12-01' } };
    renderApp(<SecurityBody editable={false} value={value} issues={null} onUpload={never} onSave={never} />);
    expect(screen.getByText(EXPLANATION)).toBeTruthy();
    expect(screen.getByText('Chưa điền phiếu khảo sát.')).toBeTruthy();
    expect(screen.getByText('Đạt yêu cầu')).toBeTruthy();
    expect(screen.getByText('01/12/2027')).toBeTruthy();
    expectNoControls();
  });

  it('shows the form when the dossier can be edited', () => {
    renderApp(<CommitmentBody dossierId="d" editable value={{ document: doc }} issues={[]} onUpload={never} onSave={never} />);
    expect(screen.queryByText(EXPLANATION)).toBeNull();
    expect((screen.getByLabelText('Số, ký hiệu văn bản') as HTMLInputElement).value).toBe('12/CK-SYT');
    expect(screen.getByText('Phần này đã đủ thông tin để nộp.')).toBeTruthy();
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { orgCommitmentSchema, type OrgCommitment } from '@ketnoi/domain';
import { renderApp } from '../../test-render.tsx';
import { CommitmentForm } from './commitment-form.tsx';
import type { UploadPdf } from './pdf-upload-field.tsx';

const DOSSIER = '6f1c2a4e-8d1b-4c3a-9e2f-0a1b2c3d4e5f';
const PDF_TEXT = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const SHA = 'a3f1c9e07b2d4f6a8c0e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a';

const errorOf = (input: HTMLElement) => {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((el) => el?.className.includes('error'))?.textContent ?? null;
};

function renderForm(onUpload: UploadPdf, initial: OrgCommitment = { document: null }) {
  const saved: OrgCommitment[] = [];
  renderApp(<CommitmentForm dossierId={DOSSIER} initial={initial} issues={null} onUpload={onUpload} onSave={async (v) => void saved.push(v)} />);
  return saved;
}

describe('CommitmentForm', () => {
  it('links the prepared commitment of this dossier for download', () => {
    renderForm(async () => Promise.reject(new Error('unused')));
    const link = screen.getByRole('link', { name: 'Tải bản cam kết soạn sẵn (PDF)' });
    expect(link.getAttribute('href')).toBe(`/files/dossiers/${DOSSIER}/commitment.pdf`);
    expect(link.hasAttribute('download')).toBe(true);
    expect(screen.getByText(/trình thủ trưởng đơn vị .* ký và đóng dấu/)).toBeTruthy();
  });

  it('refuses a file that is not a PDF before sending it, whatever its name', async () => {
    const sent: unknown[] = [];
    renderForm(async (f) => {
      sent.push(f);
      throw new Error('must not be called');
    });
    const user = userEvent.setup({ applyAccept: false });
    const input = screen.getByLabelText('Tệp PDF bản cam kết đã ký');
    await user.upload(input, new File(['<html>không phải PDF</html>'], 'cam-ket.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(errorOf(input)).toBe('Tệp “cam-ket.pdf” không phải PDF. Vui lòng chọn bản PDF đã ký.'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
  });

  it('sends the base64 of a PDF, shows the attached file, and saves the reference with its file id', async () => {
    const sent: Parameters<UploadPdf>[0][] = [];
    const saved = renderForm(async (f) => {
      sent.push(f);
      return { id: 'doc-7', sha256: SHA, sizeBytes: 1_234_567, fileName: 'cam-ket-da-ky.pdf' };
    });
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Tệp PDF bản cam kết đã ký'), new File([PDF_TEXT], 'cam-ket-da-ky.pdf', { type: 'application/pdf' }));
    await screen.findByText('Đã tải lên cam-ket-da-ky.pdf.');
    expect(screen.getByText(/^Tệp này chưa được gắn vào hồ sơ/)).toBeTruthy();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.fileName).toBe('cam-ket-da-ky.pdf');
    expect(sent[0]!.contentBase64).toBe(Buffer.from(PDF_TEXT, 'latin1').toString('base64'));
    expect(sent[0]!.idempotencyKey.length).toBeGreaterThanOrEqual(8);

    expect(screen.getByText('Đã đính kèm: cam-ket-da-ky.pdf')).toBeTruthy();
    expect(screen.getByText('1,2 MB')).toBeTruthy();
    expect(screen.getByText(`${SHA.slice(0, 16)}…`)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tải về cam-ket-da-ky.pdf' }).getAttribute('href')).toBe('/files/doc-7');
    // The input stays, to replace the file.
    expect(screen.getByLabelText('Tệp PDF bản cam kết đã ký (chọn tệp khác để thay thế)')).toBeTruthy();

    // Without the document's details the reference is refused with the domain's words.
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bản cam kết' }));
    expect(saved).toEqual([]);
    expect(errorOf(screen.getByLabelText('Cơ quan ban hành'))).toBe('Cần ghi cơ quan ban hành văn bản.');

    const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
    type('Số, ký hiệu văn bản', '12/CK-SYT');
    type('Ngày ban hành', '5/3/2025');
    type('Cơ quan ban hành', 'Sở Y tế tỉnh Ninh Bình');
    type('Người ký', 'Nguyễn Văn An');
    type('Chức vụ người ký', 'Giám đốc');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bản cam kết' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({
      document: { numberAndSymbol: '12/CK-SYT', issuedOn: '2025-03-05', issuer: 'Sở Y tế tỉnh Ninh Bình', signer: 'Nguyễn Văn An', signerPosition: 'Giám đốc', fileId: 'doc-7' },
    });
    expect(orgCommitmentSchema.safeParse(saved[0]).success).toBe(true);
    expect(await screen.findByText('Đã lưu bản cam kết 12/CK-SYT.')).toBeTruthy();
  });

  it("shows the server's refusal of the file next to the input", async () => {
    const refusal = Object.assign(new Error('Tệp PDF đang được đặt mật khẩu hoặc mã hóa. Vui lòng tải lên bản không mã hóa.'), {
      data: { appCode: 'FILE_REFUSED', issues: [] },
    });
    renderForm(async () => Promise.reject(refusal));
    const input = screen.getByLabelText('Tệp PDF bản cam kết đã ký');
    await userEvent.setup().upload(input, new File([PDF_TEXT], 'a.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(errorOf(input)).toBe('Tệp PDF đang được đặt mật khẩu hoặc mã hóa. Vui lòng tải lên bản không mã hóa.'));
    expect(screen.queryByText(/^Đã đính kèm/)).toBeNull();
    // A refused file is not offered for a retry.
    expect(screen.queryByRole('button', { name: /Thử tải lên lại/ })).toBeNull();
  });

  it('checks the number and symbol with the domain when the field is left', () => {
    renderForm(async () => Promise.reject(new Error('unused')));
    const number = screen.getByLabelText('Số, ký hiệu văn bản');
    fireEvent.change(number, { target: { value: 'CK-12' } });
    fireEvent.blur(number);
    expect(errorOf(number)).toMatch(/^Số, ký hiệu văn bản không đúng định dạng/);
  });
});

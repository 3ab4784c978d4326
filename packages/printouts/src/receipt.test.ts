import { describe, expect, it } from 'vitest';
import { renderReceiptPdf } from './receipt.ts';
import { C06_NAME } from './police-bodies.ts';
import { PC06_NGHE_AN, receiptInput } from './test-fixtures.ts';
import { flat, pdfText } from './testing.ts';

describe('renderReceiptPdf', () => {
  it('is a one-page PDF of sane size', async () => {
    const bytes = await renderReceiptPdf(receiptInput());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeLessThan(500 * 1024);
    expect((await pdfText(bytes)).pages).toBe(1);
  });

  it('names the dossier, the unit, the receiving PC06, the time of receipt in Vietnam and the deadline', async () => {
    const { text } = await pdfText(await renderReceiptPdf(receiptInput()));
    expect(text).toBe(text.normalize('NFC'));
    const body = flat(text);
    expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(body).toContain('CÔNG AN TỈNH NGHỆ AN');
    expect(body).toContain('PHIẾU TIẾP NHẬN HỒ SƠ');
    expect(body).toContain('Mã hồ sơ: KN-2026-000012');
    expect(body).toContain('Nghệ An, ngày 25 tháng 11 năm 2026');
    expect(body).toContain('Đơn vị chủ quản: Sở Y tế tỉnh Nghệ An');
    expect(body).toContain('Hệ thống thông tin: Hệ thống quản lý hành nghề y dược Nghệ An');
    // 02:05 UTC is 09:05 in Asia/Ho_Chi_Minh.
    expect(body).toContain('Thời điểm tiếp nhận: 25/11/2026 09:05');
    expect(body).toContain(`Cơ quan tiếp nhận: ${PC06_NGHE_AN}`);
    expect(body).toContain('Thời hạn thẩm định: 3 ngày làm việc, đến hết ngày 30/11/2026');
    expect(body).toContain('phiên bản 1 (nộp lần đầu)');
  });

  it('lists the four parts with their document numbers and the account count', async () => {
    const body = flat((await pdfText(await renderReceiptPdf(receiptInput()))).text);
    expect(body).toContain('Số 45/CK-SYT ngày 01/10/2026');
    expect(body).toContain('1.234 tài khoản');
    expect(body).toContain('2 dịch vụ: Xác thực thông tin công dân; Tra cứu thông tin công dân');
    expect(body).toContain('Số 1234/A05-P3 ngày 20/09/2026, hiệu lực đến 20/09/2028');
    expect(body.match(/Đã nhận/g)).toHaveLength(4);
    expect(body).toContain(`${PC06_NGHE_AN} rà soát hồ sơ trong thời hạn nêu trên`);
  });

  it('says what is missing, and for a central dossier that C06 reviews it', async () => {
    const input = receiptInput({
      receiver: { superior: 'Bộ Công an', name: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06)' },
      receivedBy: C06_NAME,
      place: 'Hà Nội',
      unitName: 'Bộ Y tế',
      version: 2,
      receivedAt: '2026-01-04T17:30:00.000Z',
      stage: { kind: 'NATIONAL', dueOn: '2026-01-12', workingDays: 5 },
      parts: { ...receiptInput().parts, securityConfirmation: null },
    });
    const body = flat((await pdfText(await renderReceiptPdf(input))).text);
    // 17:30 UTC on 4 January is 00:30 on 5 January in Vietnam; the date line writes "ngày 05 tháng 01".
    expect(body).toContain('05/01/2026 00:30');
    expect(body).toContain('Hà Nội, ngày 05 tháng 01 năm 2026');
    expect(body).toContain('phiên bản 2 (nộp lại sau khi bổ sung theo yêu cầu)');
    expect(body).toContain('5 ngày làm việc, đến hết ngày 12/01/2026');
    expect(body).toContain(`${C06_NAME} thẩm định hồ sơ`);
    expect(body).toContain('Chưa có');
    expect(body).not.toContain('PC06');
  });

  it('gives the same bytes for the same input', async () => {
    const [a, b] = [await renderReceiptPdf(receiptInput()), await renderReceiptPdf(receiptInput())];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { renderCommitmentPdf } from './commitment.ts';
import { C06_NAME } from './police-bodies.ts';
import { commitmentInput, PC06_NGHE_AN } from './test-fixtures.ts';
import { flat, pdfText } from './testing.ts';

const ascii = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('renderCommitmentPdf', () => {
  it('is a PDF of sane size with only the embedded Noto Serif subset as font', async () => {
    const bytes = await renderCommitmentPdf(commitmentInput());
    expect(ascii(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(bytes.length).toBeLessThan(500 * 1024);
    const raw = ascii(bytes);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerif-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerif-Bold/);
    expect(raw).toContain('/FontFile2');
    // No standard font (Helvetica cannot write Vietnamese).
    expect(raw).not.toContain('Helvetica');
  });

  it('lays out the header, number line, date line, title and signature of NĐ 30/2020 in Vietnamese (NFC)', async () => {
    const { text } = await pdfText(await renderCommitmentPdf(commitmentInput()));
    expect(text).toBe(text.normalize('NFC'));
    const lines = text.split('\n');
    expect(lines).toContain('UBND TỈNH NGHỆ AN');
    expect(lines).toContain('SỞ Y TẾ TỈNH NGHỆ AN');
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: ……/CK-SYT');
    expect(text).toContain('Nghệ An, ngày …… tháng …… năm 2026');
    expect(lines).toContain('BẢN CAM KẾT');
    expect(lines).toContain('Nơi nhận:');
    expect(lines).toContain('GIÁM ĐỐC');
    expect(lines).toContain('(Ký, ghi rõ họ tên và đóng dấu)');
    expect(lines).toContain('Nguyễn Văn Hùng');
  });

  it('fills in the system, services, accounts and the commitments of letter 1658 and the data protection law', async () => {
    const body = flat((await pdfText(await renderCommitmentPdf(commitmentInput()))).text);
    expect(body).toContain('Hệ thống quản lý hành nghề y dược Nghệ An');
    expect(body).toContain('dichvucong.nghean.gov.vn');
    expect(body).toContain('cấp độ 3 theo Nghị định số 85/2016/NĐ-CP, đã được phê duyệt tại văn bản số 125/QĐ-STTTT ngày 10/05/2024');
    expect(body).toContain('(LGSP)');
    expect(body).toContain('- Xác thực thông tin công dân (XAC_THUC_THONG_TIN);');
    expect(body).toContain('- Tra cứu thông tin công dân (TRA_CUU_THONG_TIN).');
    expect(body).toContain('1.234 tài khoản');
    expect(body).toContain('KN-2026-000012');
    expect(body).toContain('Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15');
    expect(body).toContain('Nghị định số 13/2023/NĐ-CP');
    expect(body).toContain('theo cấp độ 3');
    expect(body).toContain('1658/CV-TCTTKĐA');
    expect(body).toMatch(/thu hồi ngay tài khoản của người nghỉ việc/);
    expect(body).toContain(`thông báo ngay cho ${C06_NAME} và ${PC06_NGHE_AN}`);
  });

  it('addresses a central unit\'s commitment to C06 alone, and leaves name and position for the head to fill', async () => {
    const input = commitmentInput({ unit: { name: 'Bộ Y tế' }, place: 'Hà Nội', route: { kind: 'NATIONAL' }, signer: null });
    const { text } = await pdfText(await renderCommitmentPdf(input));
    const lines = text.split('\n');
    // Same baseline as the national name; no superior body line above it.
    expect(lines[0]).toBe('BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Số: ……/CK-BYT');
    expect(text).toContain('Hà Nội, ngày …… tháng …… năm 2026');
    expect(lines).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(flat(text)).toContain(`Kính gửi: ${C06_NAME}.`);
    expect(text).not.toContain('PC06');
  });

  it('writes every Vietnamese letter and tone mark, whatever the normalisation of the input', async () => {
    const letters = 'ă â đ ê ô ơ ư Ă Â Đ Ê Ô Ơ Ư ẫ ệ ờ ự ặ ẩ ỗ ữ ỹ ằ ẳ ẵ ắ ầ ấ ậ ề ể ễ ế ồ ổ ố ộ ở ỡ ớ ợ ừ ử ứ ỳ ỷ ỵ ý Ẫ Ệ Ờ Ự';
    const name = `Hệ thống thử chữ ${letters}`;
    const bytes = await renderCommitmentPdf(commitmentInput({ system: { ...commitmentInput().system, name: name.normalize('NFD') }, unit: { name: 'Sở Tư pháp tỉnh Nghệ An'.normalize('NFD') } }));
    const body = flat((await pdfText(bytes)).text);
    expect(body).toContain(name);
    expect(body).toContain('SỞ TƯ PHÁP TỈNH NGHỆ AN');
    expect(body).toContain('Số: ……/CK-STP');
    // No combining mark was left over from the decomposed input.
    expect(body).not.toMatch(/\p{M}/u);
  });

  it('gives the same bytes for the same input', async () => {
    const a = await renderCommitmentPdf(commitmentInput());
    const b = await renderCommitmentPdf(commitmentInput());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await renderCommitmentPdf(commitmentInput({ accountCount: 7 }));
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('uses the abbreviation a unit gives for the document symbol', async () => {
    const { text } = await pdfText(await renderCommitmentPdf(commitmentInput({ unit: { name: 'Văn phòng Ủy ban nhân dân Thành phố Hà Nội', superior: 'UBND Thành phố Hà Nội', abbreviation: 'VP' } })));
    expect(text).toContain('Số: ……/CK-VP');
  });
});

import { describe, expect, it } from 'vitest';
import { renderSupplementRequestPdf } from './supplement-request.ts';
import { PC06_NGHE_AN, supplementRequestInput } from './test-fixtures.ts';
import { flat, pdfText } from './testing.ts';

describe('renderSupplementRequestPdf', () => {
  it('is a PDF of sane size', async () => {
    const bytes = await renderSupplementRequestPdf(supplementRequestInput());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeLessThan(500 * 1024);
  });

  it('is addressed by the reviewing body to the unit, and lists each deficiency with its part, rows and reason in the parts\' order', async () => {
    const { text } = await pdfText(await renderSupplementRequestPdf(supplementRequestInput()));
    expect(text).toBe(text.normalize('NFC'));
    const body = flat(text);
    expect(body).toContain('CÔNG AN TỈNH NGHỆ AN');
    expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(body).toContain('PHIẾU YÊU CẦU BỔ SUNG HỒ SƠ');
    expect(body).toContain('Mã hồ sơ: KN-2026-000013');
    expect(body).toContain('Nghệ An, ngày 26 tháng 11 năm 2026');
    expect(body).toContain('Kính gửi: Sở Y tế tỉnh Nghệ An.');
    expect(body).toContain(`${PC06_NGHE_AN} đề nghị đơn vị bổ sung, hoàn thiện các nội dung sau:`);
    expect(body).toContain('“Phần mềm một cửa điện tử Sở Y tế Nghệ An”');
    expect(body).toContain('3, 5–7, 9');
    expect(body).toContain('Chức vụ của người ở dòng 3 chưa khớp với quyết định phân công.');
    expect(body).toContain('Bản cam kết chưa có dấu của đơn vị.');
    // Part 1 comes before part 2 whatever order the reviewer wrote them in.
    expect(body.indexOf('Bản cam kết chưa có dấu')).toBeLessThan(body.indexOf('Chức vụ của người ở dòng 3'));
  });

  it('spans pages when a return lists many deficiencies, numbering the pages from the second', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ part: 'ACCOUNT_LIST' as const, rows: [i + 2], reason: `Số điện thoại ở dòng ${i + 2} không phải số di động hợp lệ.` }));
    const { text, pages } = await pdfText(await renderSupplementRequestPdf(supplementRequestInput({ deficiencies: many })));
    expect(pages).toBeGreaterThan(1);
    expect(flat(text)).toContain('Số điện thoại ở dòng 41 không phải số di động hợp lệ.');
    expect(text.split('\n')).toContain('2');
  });
});

import { describe, expect, it } from 'vitest';
import { maskPersonalData } from './personal-data-mask.ts';

describe('maskPersonalData', () => {
  it.each([
    ['row 001095004321 refused', 'row [id-number] refused'],
    ['Key (personal_id)=(040190004101) already exists.', 'Key (personal_id)=([id-number]) already exists.'],
    ['"personalId":"040085004102"', '"personalId":"[id-number]"'],
    ['call 0903111222 or 0903.111.222 or 0903 111 222', 'call [phone] or [phone] or [phone]'],
    ['+84772333444, landline (02438123456)', '[phone], landline ([phone])'],
    ['to hanhlt@demo.gov.vn.', 'to [email].'],
    ['Trần Văn Bình <binh.tv@syt.nghean.gov.vn>', 'Trần Văn Bình <[email]>'],
    // inside serialized JSON, after an escape
    ['"line one\\n001095004321\\tan@demo.gov.vn"', '"line one\\n[id-number]\\t[email]"'],
  ])('masks %j', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each([
    'reqId 3f2a1b4c-1234-4abc-8def-123456789012',
    '"time":1795840749090',
    '"durationMs":0.123456789',
    'KN-2026-000123',
    'sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    '"pid":12835,"hostname":"vm"',
  ])('leaves %j alone', (input) => {
    expect(maskPersonalData(input)).toBe(input);
  });

  it('keeps a serialized line valid JSON', () => {
    const line = JSON.stringify({ msg: 'a\nb 001095004321 mai.nt@syt.nghean.gov.vn\n0912000101', n: 1 });
    expect(JSON.parse(maskPersonalData(line))).toEqual({ msg: 'a\nb [id-number] [email]\n[phone]', n: 1 });
  });
});

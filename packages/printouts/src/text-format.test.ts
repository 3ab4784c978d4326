import { describe, expect, it } from 'vitest';
import { formatRowList } from './account-rows.ts';
import { formatLocalDateTime, placeAndDateLine, placeAndDateLineOf, placeNameOf, toNfc, unitAbbreviation, upper } from './text-format.ts';

describe('printout text conventions', () => {
  it('writes the date line as NĐ 30/2020 does: a zero before days under 10 and months 1 and 2', () => {
    expect(placeAndDateLine('Hà Nội', { year: 2025, month: 3, day: 5 })).toBe('Hà Nội, ngày 05 tháng 3 năm 2025');
    expect(placeAndDateLine('Nghệ An', { year: 2026, month: 2, day: 14 })).toBe('Nghệ An, ngày 14 tháng 02 năm 2026');
    expect(placeAndDateLine('Nghệ An', { year: 2026 })).toBe('Nghệ An, ngày …… tháng …… năm 2026');
  });

  it('names the place by the province without its administrative word, except a city named after a person', () => {
    expect(placeNameOf('Tỉnh Nghệ An')).toBe('Nghệ An');
    expect(placeNameOf('Thành phố Hà Nội')).toBe('Hà Nội');
    expect(placeNameOf('Thành phố Hồ Chí Minh')).toBe('Thành phố Hồ Chí Minh');
  });

  it('reads instants in Asia/Ho_Chi_Minh (UTC+7), whatever the host time zone', () => {
    expect(formatLocalDateTime('2025-12-31T17:00:00Z')).toBe('01/01/2026 00:00');
    expect(formatLocalDateTime('2026-11-25T09:05:00+07:00')).toBe('25/11/2026 09:05');
    expect(placeAndDateLineOf('Hà Nội', '2026-01-31T18:00:00Z')).toBe('Hà Nội, ngày 01 tháng 02 năm 2026');
  });

  it('guesses a unit\'s short name from its name before the locality', () => {
    expect(unitAbbreviation('Sở Y tế tỉnh Nghệ An')).toBe('SYT');
    expect(unitAbbreviation('Bộ Y tế')).toBe('BYT');
    expect(unitAbbreviation('Văn phòng Ủy ban nhân dân Thành phố Hà Nội')).toBe('VPUBND');
    expect(unitAbbreviation('Bộ Khoa học và Công nghệ')).toBe('BKHVCN');
    expect(unitAbbreviation('Đài Truyền hình Việt Nam')).toBe('ĐTHVN');
  });

  it('writes capitals and NFC for Vietnamese', () => {
    expect(upper('Độc lập – ủy ban nhân dân tỉnh Thừa Thiên Huế')).toBe('ĐỘC LẬP – ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ');
    const nfd = { a: 'Nghệ An'.normalize('NFD'), b: ['Ữ'.normalize('NFD')], c: 3, d: null };
    expect(toNfc(nfd)).toEqual({ a: 'Nghệ An', b: ['Ữ'], c: 3, d: null });
  });

  it('writes account-list rows as ranges', () => {
    expect(formatRowList([9, 3, 5, 6, 7, 3])).toBe('3, 5–7, 9');
    expect(formatRowList([2, 3])).toBe('2, 3');
    expect(formatRowList([2])).toBe('2');
  });
});

import { describe, expect, it } from 'vitest';
import { formatFileSize, parseViNumber, tidyViNumber } from './whole-number.ts';
import { isoOfDisplayDate } from './display-date.ts';
import { validityOf } from './validity.ts';

describe('vi-VN numbers', () => {
  it('reads dots as thousands and the comma as the decimal mark', () => {
    expect(parseViNumber('1.500')).toBe(1500);
    expect(parseViNumber(' 12 500 ')).toBe(12500);
    expect(parseViNumber('1.234.567')).toBe(1234567);
    expect(parseViNumber('1,5')).toBe(1.5);
    expect(parseViNumber('-3')).toBe(-3);
    expect(parseViNumber('')).toBeNull();
    expect(parseViNumber('1.5')).toBeNaN();
    expect(parseViNumber('12.34.567')).toBeNaN();
    expect(parseViNumber('abc')).toBeNaN();
  });

  it('re-writes a number with its grouping and leaves the unreadable as typed', () => {
    expect(tidyViNumber('1500000')).toBe('1.500.000');
    expect(tidyViNumber('1.5')).toBe('1.5');
  });

  it('words file sizes per language', () => {
    expect(formatFileSize(845 * 1024, 'vi')).toBe('845 KB');
    expect(formatFileSize(2.44 * 1024 * 1024, 'vi')).toBe('2,4 MB');
    expect(formatFileSize(2.44 * 1024 * 1024, 'en')).toBe('2.4 MB');
  });
});

describe('dates and validity', () => {
  it('accepts d/M/yyyy and refuses days that do not exist', () => {
    expect(isoOfDisplayDate('5/3/2025')).toBe('2025-03-05');
    expect(isoOfDisplayDate('29/02/2025')).toBeNull();
    expect(isoOfDisplayDate('2025-03-05')).toBeNull();
  });

  it('flags a confirmation that expired or expires within 30 days', () => {
    expect(validityOf('2026-12-25', '2026-11-25')).toEqual({ kind: 'expiring', days: 30 });
    expect(validityOf('2026-12-26', '2026-11-25')).toBeNull();
    expect(validityOf('2026-11-25', '2026-11-25')).toEqual({ kind: 'expiring', days: 0 });
    expect(validityOf('2026-11-20', '2026-11-25')).toEqual({ kind: 'expired', days: 5 });
    expect(validityOf(null, '2026-11-25')).toBeNull();
  });
});

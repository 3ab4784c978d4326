import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, todayInVietnam } from './format.ts';

describe('format', () => {
  it('writes dates dd/MM/yyyy and times in Vietnam (UTC+7), 24-hour', () => {
    expect(formatDate('2026-03-09')).toBe('09/03/2026');
    expect(formatDateTime('2026-11-27T18:05:00Z')).toBe('28/11/2026 01:05');
    expect(todayInVietnam(new Date('2026-11-27T17:30:00Z'))).toBe('2026-11-28');
  });
});

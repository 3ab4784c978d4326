import { describe, expect, it } from 'vitest';
import { compareInstants, instantSchema, isInstant, localDate } from './local-date';

describe('localDate (Asia/Ho_Chi_Minh, UTC+7)', () => {
  it('turns the day at 17:00 UTC', () => {
    expect(localDate('2025-06-30T16:59:59.999Z')).toBe('2025-06-30');
    expect(localDate('2025-06-30T17:00:00Z')).toBe('2025-07-01');
  });

  it('honours the offset written in the instant', () => {
    expect(localDate('2025-07-01T00:00:00+07:00')).toBe('2025-07-01');
    expect(localDate('2025-06-30T23:59+07:00')).toBe('2025-06-30');
    expect(localDate('2025-06-30T12:30:00-05:00')).toBe('2025-07-01');
    expect(localDate('2024-02-28T20:00:00Z')).toBe('2024-02-29');
    expect(localDate('2025-12-31T17:00:00Z')).toBe('2026-01-01');
  });

  it('refuses instants without a zone or that do not exist', () => {
    expect(isInstant('2025-07-01T09:00:00')).toBe(false);
    expect(isInstant('2025-02-29T09:00:00Z')).toBe(false);
    expect(isInstant('2025-07-01T24:00:00Z')).toBe(false);
    expect(isInstant('2025-07-01')).toBe(false);
    expect(() => localDate('yesterday')).toThrow(RangeError);
    expect(instantSchema.safeParse('2025-07-01T09:00:00.123456Z').success).toBe(true);
    expect(instantSchema.safeParse('2025-07-01 09:00:00Z').success).toBe(false);
  });

  it('orders instants whatever their zones', () => {
    expect(compareInstants('2025-07-01T07:00:00+07:00', '2025-07-01T00:00:00Z')).toBe(0);
    expect(compareInstants('2025-07-01T00:00:00.001Z', '2025-07-01T00:00:00Z')).toBe(1);
    expect(compareInstants('2025-07-01T06:59:59+07:00', '2025-07-01T00:00:00Z')).toBeLessThan(0);
  });
});

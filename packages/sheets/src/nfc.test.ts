import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toNfc } from './nfc.js';

describe('toNfc', () => {
  it('composes decomposed Vietnamese', () => {
    expect(toNfc('Nguyễn Thị Hạnh'.normalize('NFD'))).toBe('Nguyễn Thị Hạnh'.normalize('NFC'));
  });

  it('equals String.prototype.normalize("NFC") on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => toNfc(s) === s.normalize('NFC')), { numRuns: 5_000 });
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x2fff }).map((c) => String.fromCharCode(c)) }), (s) => toNfc(s) === s.normalize('NFC')), { numRuns: 5_000 });
  });
});

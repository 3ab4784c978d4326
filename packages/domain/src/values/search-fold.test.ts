import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, searchWords } from './search-fold';

/** Any code point, often a Vietnamese letter, a lone combining mark or white space. */
const vietnameseOrAny = fc.string({ unit: fc.oneof(fc.constantFrom(...'ĐđƠơƯưẠạỆệİ\u0301\u0323\u00a0 '), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) });

describe('foldForSearch', () => {
  it.each([
    ['Đức', 'duc'],
    ['Điện Biên', 'dien bien'],
    ['SỞ Y TẾ TỈNH NGHỆ AN', 'so y te tinh nghe an'],
    ['Hệ thống quản lý hành nghề y dược', 'he thong quan ly hanh nghe y duoc'],
    ['Ủy ban nhân dân Thành phố Hà Nội', 'uy ban nhan dan thanh pho ha noi'],
    ['Phạm  Minh\tĐức\n', 'pham minh duc'],
    ['KN-2026-000123', 'kn-2026-000123'],
    ['Lò Thị Ánh ỹ ữ ợ ặ', 'lo thi anh y u o a'],
    ['İstanbul', 'istanbul'],
    ['', ''],
  ])('folds %j to %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it('folds composed (NFC) and decomposed (NFD) text alike', () => {
    const nfc = 'Nguyễn Thị Hường'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(foldForSearch(nfd)).toBe(foldForSearch(nfc));
    expect(foldForSearch(nfc)).toBe('nguyen thi huong');
  });

  it('is idempotent, leaves no combining mark nor đ, and folds a concatenation part by part', () => {
    fc.assert(
      fc.property(vietnameseOrAny, fc.string({ unit: 'grapheme' }), (a, b) => {
        const f = foldForSearch(a);
        expect(foldForSearch(f)).toBe(f);
        expect(f).not.toMatch(/\p{M}|[đĐ]/u);
        expect(foldForSearch(`${a} ${b}`)).toBe(foldForSearch(`${foldForSearch(a)} ${foldForSearch(b)}`));
      }),
    );
  });
});

describe('searchWords', () => {
  it('splits the folded query into distinct words', () => {
    expect(searchWords('  Điện   Biên điện ')).toEqual(['dien', 'bien']);
    expect(searchWords(' \t ')).toEqual([]);
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
    expect(searchWords('y\u0000te\u001f\ud800x')).toEqual(['y', 'te', 'x']);
  });
});

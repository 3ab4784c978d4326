import { describe, expect, it } from 'vitest';
import { checkDocumentReference, documentKey, documentReferenceSchema, parseDocumentNumber, type DocumentReference } from './document-reference';

describe('parseDocumentNumber', () => {
  it.each([
    ['1658/CV-TCTTKĐA', { number: '1658', symbol: 'CV-TCTTKĐA' }],
    ['1552/BTTTT-THH', { number: '1552', symbol: 'BTTTT-THH' }],
    ['46/2022/TT-BCA', { number: '46', year: 2022, symbol: 'TT-BCA' }],
    ['06/QĐ-TTg', { number: '06', symbol: 'QĐ-TTg' }],
    ['202/2025/QH15', { number: '202', year: 2025, symbol: 'QH15' }],
    [' 46 / 2022 / TT - BCA ', { number: '46', year: 2022, symbol: 'TT-BCA' }],
    ['QD\u0110-TTg'.replace('QD', '1/Q'), { number: '1', symbol: 'QĐ-TTg' }],
  ])('parses %j', (raw, expected) => {
    const r = parseDocumentNumber(raw);
    expect(r.ok && r.value).toEqual(expected);
  });

  it.each(['', '1658', 'CV-TCTTKĐA', '/CV-A', '1658/', '1658/2022', '1658/CV-', 'abc/CV-A', '1658/CV A', '1658/2022/'])('refuses %j', (raw) => {
    const r = parseDocumentNumber(raw);
    expect(!r.ok && r.issues[0]?.code).toBe('DOCUMENT_NUMBER_FORMAT');
  });
});

const doc: DocumentReference = {
  numberAndSymbol: '46/2022/TT-BCA',
  issuedOn: '2022-10-06',
  issuer: 'Bộ Công an',
  signer: 'Nguyễn Văn A',
  signerPosition: 'Thứ trưởng',
  fileId: 'file-1',
};

describe('checkDocumentReference', () => {
  it('accepts a past document', () => {
    expect(checkDocumentReference(doc, '2026-11-28')).toEqual([]);
  });
  it('accepts a document issued today', () => {
    expect(checkDocumentReference(doc, '2022-10-06')).toEqual([]);
  });
  it('refuses a document issued in the future', () => {
    expect(checkDocumentReference(doc, '2022-10-05', ['ORG_COMMITMENT', 'document'])).toEqual([
      expect.objectContaining({ code: 'DOCUMENT_ISSUED_IN_FUTURE', path: ['ORG_COMMITMENT', 'document', 'issuedOn'] }),
    ]);
  });
  it('refuses a year in the number that disagrees with the issue date', () => {
    expect(checkDocumentReference({ ...doc, issuedOn: '2023-01-02' }, '2026-01-01').map((i) => i.code)).toEqual(['DOCUMENT_YEAR_MISMATCH']);
  });
  it('refuses an impossible date and a bad number together', () => {
    expect(checkDocumentReference({ ...doc, numberAndSymbol: 'x', issuedOn: '2023-02-29' }, '2026-01-01').map((i) => i.code)).toEqual([
      'DOCUMENT_NUMBER_FORMAT',
      'DOCUMENT_ISSUED_ON_INVALID',
    ]);
  });
});

describe('documentKey', () => {
  it('identifies a document by number, symbol and year, ignoring case and leading zeros', () => {
    const a = { numberAndSymbol: '06/QĐ-TTg', issuedOn: '2022-01-06' };
    expect(documentKey(a)).toBe('6/QĐ-TTG/2022');
    expect(documentKey({ numberAndSymbol: '6/QĐ-TTG', issuedOn: '2022-12-31' })).toBe(documentKey(a));
    expect(documentKey({ numberAndSymbol: '06/QĐ-TTg', issuedOn: '2023-01-06' })).not.toBe(documentKey(a));
    expect(documentKey({ numberAndSymbol: '07/QĐ-TTg', issuedOn: '2022-01-06' })).not.toBe(documentKey(a));
  });
});

describe('documentReferenceSchema', () => {
  it('accepts a complete reference and a missing file', () => {
    expect(documentReferenceSchema.parse(doc)).toEqual(doc);
    expect(documentReferenceSchema.safeParse({ ...doc, fileId: null }).success).toBe(true);
  });
  it('refuses empty issuer, bad number or date', () => {
    expect(documentReferenceSchema.safeParse({ ...doc, issuer: ' ' }).success).toBe(false);
    expect(documentReferenceSchema.safeParse({ ...doc, numberAndSymbol: 'TT-BCA' }).success).toBe(false);
    expect(documentReferenceSchema.safeParse({ ...doc, issuedOn: '06/10/2022' }).success).toBe(false);
  });
});

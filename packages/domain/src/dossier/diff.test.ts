import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDossierVersions, isEmptyDiff } from './diff';
import { account, completeContent } from './fixtures.test-support';

const reordered = <T extends object>(o: T): T => JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(o).reverse()))) as T;

describe('diffDossierVersions', () => {
  it('finds nothing between a version and its copy, even with keys reordered (as jsonb returns them)', () => {
    const a = completeContent();
    const b = completeContent();
    b.accounts = b.accounts.map(reordered);
    b.securityConfirmation.survey = reordered(b.securityConfirmation.survey!);
    expect(isEmptyDiff(diffDossierVersions(a, b))).toBe(true);
  });

  it('reports added, removed and changed accounts by personal ID, masked', () => {
    const a = completeContent();
    const b = completeContent();
    b.accounts = [
      account(1, { rowNumber: 2, phone: '+84903111222', services: ['XAC_THUC_THONG_TIN', 'TRA_CUU_THONG_TIN'] }),
      account(7),
    ];
    const d = diffDossierVersions(a, b);
    expect(d.accounts).toEqual({
      added: [{ personalIdMasked: '040******007', rowNumber: 9 }],
      removed: [{ personalIdMasked: '040******000', rowNumber: 2 }],
      changed: [{ personalIdMasked: '040******001', rowNumber: 2, fields: ['phone'] }],
    });
    expect(JSON.stringify(d)).not.toContain(a.accounts[0]!.personalId);
  });

  it('reports services, documents and survey changes', () => {
    const a = completeContent();
    const b = completeContent();
    b.serviceRegistration.lines[0]!.volumePerDay = 900;
    b.serviceRegistration.lines[1]!.serviceCode = 'XAC_DINH_SO_DINH_DANH';
    b.orgCommitment.document = { ...b.orgCommitment.document!, fileId: 'file-2' };
    b.securityConfirmation.confirmation.document = null;
    b.securityConfirmation.survey!.backup.tested = false;
    const d = diffDossierVersions(a, b);
    expect(d.services).toEqual({ added: ['XAC_DINH_SO_DINH_DANH'], removed: ['XAC_THUC_THONG_TIN'], changed: ['TRA_CUU_THONG_TIN'] });
    expect(d.documents).toEqual([
      { part: 'ORG_COMMITMENT', change: 'replaced' },
      { part: 'SECURITY_CONFIRMATION', change: 'removed' },
    ]);
    expect(d.survey).toBe(true);
    expect(diffDossierVersions(b, a).documents).toEqual([
      { part: 'ORG_COMMITMENT', change: 'replaced' },
      { part: 'SECURITY_CONFIRMATION', change: 'added' },
    ]);
  });

  it('a list diffed with itself is empty; adding k rows gives k added (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 9999 }), { maxLength: 60 }), fc.integer({ min: 0, max: 20 }), (ids, k) => {
        const a = completeContent();
        a.accounts = ids.map((i) => account(i));
        expect(isEmptyDiff(diffDossierVersions(a, a))).toBe(true);
        const b = completeContent();
        b.accounts = [...a.accounts, ...Array.from({ length: k }, (_, j) => account(10_000 + j))];
        const d = diffDossierVersions(a, b);
        expect(d.accounts.added).toHaveLength(k);
        expect(d.accounts.removed).toHaveLength(0);
        expect(d.accounts.changed).toHaveLength(0);
        expect(diffDossierVersions(b, a).accounts.removed).toHaveLength(k);
      }),
    );
  });

  it('is linear: 100,000 accounts against a shuffled copy', () => {
    const a = completeContent();
    a.accounts = Array.from({ length: 100_000 }, (_, i) => account(i));
    const b = completeContent();
    b.accounts = [...a.accounts].reverse();
    expect(isEmptyDiff(diffDossierVersions(a, b))).toBe(true);
  });
});

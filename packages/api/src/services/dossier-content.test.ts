import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@ketnoi/db/testing';
import type { AccountRow } from '@ketnoi/domain';
import { openWorld, type World } from '../testing/world.ts';
import { loadAccounts, replaceAccounts, textArrayLiteral } from './dossier-content.ts';

/** Text that a careless encoding would break: quotes, backslashes, commas, braces, tabs, the word NULL. */
const AWKWARD = ['Nguyễn Thị "Bé" Hạnh', 'Lê\\Văn', 'Phòng A, B; C', '{Ban} (tạm)', 'NULL', 'Tab\there', 'Dòng\nmới', ' cách ', "O'Neil"];

function account(i: number): AccountRow {
  const awkward = AWKWARD[i % AWKWARD.length]!;
  return {
    rowNumber: i + 2,
    fullName: i % 3 === 0 ? awkward : `Trần Văn Bình ${i}`,
    personalId: `0010900${String(i).padStart(5, '0')}`,
    dateOfBirth: `19${60 + (i % 40)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    sex: i % 3 === 0 ? null : i % 3 === 1 ? 'MALE' : 'FEMALE',
    position: i % 5 === 0 ? awkward : 'Chuyên viên',
    workUnit: i % 7 === 0 ? awkward : 'Văn phòng Sở',
    phone: `+8491${String(i).padStart(7, '0')}`,
    email: `tk${i}@nghean.gov.vn`,
    username: `tk.${i}`,
    services: i % 4 === 0 ? ['XAC_THUC_THONG_TIN', 'TRA_CUU_THONG_TIN'] : i % 4 === 1 ? [awkward] : i % 4 === 2 ? ['A,B', 'x"y', 'z\\w', '{}', 'NULL', ''] : ['TRA_CUU_THONG_TIN'],
  };
}

describe('textArrayLiteral', () => {
  it('quotes every element, escapes backslashes and double quotes, and writes null as NULL', () => {
    expect(textArrayLiteral([])).toBe('{}');
    expect(textArrayLiteral(['A', 'x"y', 'z\\w', 'NULL', '', null])).toBe('{"A","x\\"y","z\\\\w","NULL","",NULL}');
  });
});

describe.each(testDatabases())('replaceAccounts on %s', (kind) => {
  let w: World;
  let draft: { id: string; version: number };
  let other: { id: string; version: number };
  beforeAll(async () => {
    w = await openWorld(kind);
    draft = await w.dossierOf('Cổng dịch vụ công ngành Y tế Nghệ An');
    other = await w.dossierOf('Hệ thống thông tin khám chữa bệnh Nghệ An');
  });
  afterAll(async () => {
    await w?.close();
  });

  it('stores every field as given, over several chunks, and reads back the same list', async () => {
    const list = Array.from({ length: 12_001 }, (_, i) => account(i));
    await w.db.transaction().execute((trx) => replaceAccounts(trx, draft.id, draft.version, list));
    expect(await loadAccounts(w.db, draft.id, draft.version)).toEqual(list);
  });

  it('replaces the list of that version only, and an empty list empties it', async () => {
    const before = await loadAccounts(w.db, other.id, other.version);
    expect(before.length).toBeGreaterThan(0);
    const shorter = [account(5), account(6)];
    await w.db.transaction().execute((trx) => replaceAccounts(trx, draft.id, draft.version, shorter));
    expect(await loadAccounts(w.db, draft.id, draft.version)).toEqual(shorter);
    await w.db.transaction().execute((trx) => replaceAccounts(trx, draft.id, draft.version, []));
    expect(await loadAccounts(w.db, draft.id, draft.version)).toEqual([]);
    expect(await loadAccounts(w.db, other.id, other.version)).toEqual(before);
  });

  it('stores nothing when the transaction fails (a duplicate ID number in the list)', async () => {
    const kept = [account(1)];
    await w.db.transaction().execute((trx) => replaceAccounts(trx, draft.id, draft.version, kept));
    const list = Array.from({ length: 12_001 }, (_, i) => account(i));
    // The first chunk fails while the next is being prepared; then a failure in the last chunk.
    for (const [at, copyOf] of [[10, 2], [12_000, 11_000]] as const) {
      const duplicate = list.map((a, i) => (i === at ? { ...a, personalId: list[copyOf]!.personalId } : a));
      await expect(w.db.transaction().execute((trx) => replaceAccounts(trx, draft.id, draft.version, duplicate))).rejects.toThrow();
      expect(await loadAccounts(w.db, draft.id, draft.version)).toEqual(kept);
    }
  });
});

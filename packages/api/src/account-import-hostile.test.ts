import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@ketnoi/db/testing';
import { buildXlsx, csvBytes, editXlsx, encodeWindows1258, LABELS, personRow } from '@ketnoi/sheets/testing/workbooks';
import { craftZip, deflated, deflatedZeros } from '@ketnoi/sheets/testing/zip-craft';
import { prepareCompleteDossier } from './demo/demo-seed.ts';
import { settledImport } from './services/account-import.ts';
import { openWorld, type World } from './testing/world.ts';

/**
 * Quality I1 through the web import itself (the reader alone is tried on 500+ files in
 * packages/sheets): hostile files end as an unreadable file or a list with errors — never a crash
 * of the import, never a row stored — each with a Vietnamese reason; legacy and NFD text is read.
 */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

describe.each(testDatabases())('hostile files through the account import on %s', (kind) => {
  let w: World;
  let dossier: Awaited<ReturnType<typeof prepareCompleteDossier>>;
  const api = () => w.as('nghean.canbo');
  const listed = async () => (await api().dossier.accounts({ dossierId: dossier.id, pageSize: 100 })).items.map((a) => a.fullName);
  const importOf = async (fileName: string, bytes: Uint8Array) => {
    const { importId } = await api().submitter.accountImports.start({
      dossierId: dossier.id,
      expectedRevision: dossier.revision(),
      idempotencyKey: randomUUID(),
      fileName,
      contentBase64: Buffer.from(bytes).toString('base64'),
    });
    await settledImport(importId);
    return api().submitter.accountImports.get({ importId });
  };

  beforeAll(async () => {
    w = await openWorld(kind);
    dossier = await prepareCompleteDossier(w.as('nghean.canbo'), { systemName: 'Hệ thống thử tệp độc hại', birthPrefix: '040', submit: false });
  });
  afterAll(async () => {
    await w?.close();
  });

  it('refuses every hostile file with a Vietnamese reason and stores nothing', async () => {
    const before = await listed();
    const valid = await buildXlsx([{ name: 'Danh sách', rows: [LABELS, ...Array.from({ length: 30 }, (_, i) => personRow(i))] }]);
    let seed = 7;
    const int = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
    const cases: [string, Uint8Array][] = [
      ['renamed.exe.xlsx', Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, ...Array.from({ length: 400 }, () => int(256))])],
      ['page.csv', new TextEncoder().encode('<html><script>alert(1)</script></html>')],
      ['bomb.xlsx', craftZip([{ name: 'xl/workbook.xml', data: deflated('<workbook/>'), uncompressedSize: 11 }, { name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(64), uncompressedSize: 1 << 30 }])],
      ['traversal.xlsx', craftZip([{ name: '../../etc/passwd', data: deflated('x'), uncompressedSize: 1 }, { name: 'xl/workbook.xml', data: deflated('<workbook/>'), uncompressedSize: 11 }])],
      ['many.xlsx', craftZip(Array.from({ length: 100_000 }, (_, i) => ({ name: `xl/media/${i}.bin`, data: new Uint8Array(0), method: 0 as const })))],
      // Formulas are never evaluated: one never calculated leaves its cell empty.
      ['formulas.xlsx', await buildXlsx([{ name: 'Danh sách', rows: [LABELS, [...personRow(0).slice(0, 2), { formula: 'CONCAT("040","090000001")' } as never, ...personRow(0).slice(3)], personRow(1)] }])],
      ['lost-zeros.xlsx', await buildXlsx([{ name: 'Danh sách', rows: [LABELS, [1, 'Nguyễn Văn An', 40_090_000_001, ...personRow(0).slice(3)] as never] }])],
      ['wrong-header.csv', csvBytes([['Họ tên', 'CCCD'], ['Nguyễn Văn An', '040090000001']])],
      ['xxe.xlsx', editXlsx(valid, (files) => { files['xl/workbook.xml'] = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${files['xl/workbook.xml']!.replace(/^<\?xml[^>]*>/, '')}`; })],
    ];
    for (let i = 0; i < 20; i++) cases.push([`truncated-${i}.xlsx`, valid.subarray(0, 1 + int(valid.length - 2))]);
    for (let i = 0; i < 10; i++) cases.push([`random-${i}.csv`, Uint8Array.from({ length: 1 + int(4096) }, () => int(256))]);

    // An empty file does not even start an import.
    await expect(importOf('empty.xlsx', new Uint8Array(0))).rejects.toMatchObject({ cause: { issues: [{ message: 'Tệp rỗng: hãy chọn tệp danh sách có dữ liệu.' }] } });

    const outcomes = new Map<string, string>();
    for (const [name, bytes] of cases) {
      const result = await importOf(name, bytes);
      outcomes.set(name, result.status);
      expect(['UNREADABLE', 'HAS_ERRORS'], `${name}: ${result.status} ${JSON.stringify(result.refusal)}`).toContain(result.status);
      const words = result.status === 'UNREADABLE' ? result.refusal!.message : result.findings.map((f) => f.message).join(' ');
      expect(words, name).toMatch(VIETNAMESE);
    }
    expect(outcomes.size).toBe(cases.length);
    expect(outcomes.get('lost-zeros.xlsx')).toBe('HAS_ERRORS');
    expect(await listed()).toEqual(before);
    const failed = await w.db.selectFrom('account_imports').select('id').where('status', '=', 'FAILED').execute();
    expect(failed).toEqual([]);
  });

  it('reads Windows-1258 and NFD lists into NFC text, and stores them', async () => {
    const legacy = await importOf('windows-1258.csv', encodeWindows1258(new TextDecoder().decode(csvBytes([LABELS, personRow(0)]))));
    expect(legacy.status).toBe('STORED');
    expect(await listed()).toEqual(['Nguyễn Văn An']);
    const nfd = await importOf('nfd.csv', new TextEncoder().encode(new TextDecoder().decode(csvBytes([LABELS, personRow(3)])).normalize('NFD')));
    expect(nfd.status).toBe('STORED');
    const [name] = await listed();
    expect(name).toBe('Nguyễn Văn An'.normalize('NFC'));
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@ketnoi/db/testing';
import demoAccounts from './demo/demo-accounts.ts';
import { openWorld, type World } from './testing/world.ts';

const key = () => randomUUID();

/**
 * dossier.accounts for reviewers (issue 4): search, rows changed since the previous version, and
 * people listed by other systems — counted only within what the reviewer may see. The demo set
 * lists the same five people (birth prefix 040) in every Nghệ An dossier, and the same five
 * (prefix 001) in the Hà Nội and Bộ Y tế dossiers.
 */
describe.each(testDatabases())('account lists as reviewers read them on %s', (kind) => {
  let w: World;
  const dossierId = async (systemName: string) => (await w.dossierOf(systemName)).id;
  beforeAll(async () => {
    w = await openWorld(kind);
  });
  afterAll(async () => {
    await w?.close();
  });

  it('searches names without diacritics, usernames and the last 3–4 digits of the ID, masked', async () => {
    const id = await dossierId('Hệ thống quản lý hành nghề y dược Nghệ An');
    const pc06 = w.as('pc06.nghean');
    const found = async (q: string) => (await pc06.dossier.accounts({ dossierId: id, q })).items.map((r) => r.fullName);
    expect(await found('dong')).toEqual(['Hà Văn Đông']);
    expect(await found('LUONG hanh')).toEqual(['Lương Thị Hạnh']);
    expect(await found('Thị')).toEqual(['Lương Thị Hạnh', 'Kiều Thị Lan', 'Lò Thị Ánh']);
    expect(await found('huytq')).toEqual(['Tạ Quang Huy']);
    // IDs end 004321 … 004325 (demo-accounts.ts): row 3 is 004322.
    expect(await found('4322')).toEqual(['Tạ Quang Huy']);
    expect(await found('322')).toEqual(['Tạ Quang Huy']);
    // A longer run of digits is no ID search: the list cannot confirm a whole ID number.
    const wholeId = demoAccounts('040')[1]!.cells.personalId;
    expect(await found(wholeId)).toEqual([]);
    expect(await found('004322')).toEqual([]);
    expect(await found("'; drop table account_rows; --")).toEqual([]);
    const page = await pc06.dossier.accounts({ dossierId: id, q: 'thi', pageSize: 2, page: 2 });
    expect(page.total).toBe(3);
    expect(page.items.map((r) => r.fullName)).toEqual(['Lò Thị Ánh']);
    expect(JSON.stringify(page)).not.toMatch(/\d{9,}/);
    expect(page.items[0]!.personalId).toMatch(/^\d{3}\*{6}\d{3}$/);
  });

  it('counts people listed by other systems only among the dossiers the reviewer may see', async () => {
    // PC06 Nghệ An, on the dossier waiting for it: each person is also in the connected Nghệ An
    // system (the returned one is not connected, approved nor in review; the draft is not seen).
    const na = await w.as('pc06.nghean').dossier.accounts({ dossierId: await dossierId('Hệ thống quản lý hành nghề y dược Nghệ An') });
    expect(na.items.map((r) => r.listedElsewhere)).toEqual([1, 1, 1, 1, 1]);
    // PC06 Hà Nội: the same people are in the other Hà Nội system (seen) and in two Bộ Y tế systems
    // (central: not seen) — only the one it may see counts.
    const hn = await w.as('pc06.hanoi').dossier.accounts({ dossierId: await dossierId('Hệ thống thông tin giải quyết TTHC Thành phố Hà Nội') });
    expect(hn.items.map((r) => r.listedElsewhere)).toEqual([1, 1, 1, 1, 1]);
    // C06 on a Bộ Y tế dossier: the approved Bộ Y tế system and the forwarded Hà Nội one count; the
    // Hà Nội dossier still at PC06 is not C06's to see.
    const byt = await w.as('c06.thamdinh').dossier.accounts({ dossierId: await dossierId('Hệ thống cơ sở dữ liệu quốc gia về y tế') });
    expect(byt.items.map((r) => r.listedElsewhere)).toEqual([2, 2, 2, 2, 2]);
    // Units read their own list without reviewers' flags.
    const own = await w.as('hanoi.canbo').dossier.accounts({ dossierId: await dossierId('Hệ thống thông tin giải quyết TTHC Thành phố Hà Nội') });
    expect(own.items[0]).not.toHaveProperty('listedElsewhere');
    expect(own.items[0]).not.toHaveProperty('changedSinceVersion');
    expect(own).not.toHaveProperty('previousVersion');
  });

  it('flags the rows added or changed since the previous version', async () => {
    const id = await dossierId('Phần mềm một cửa điện tử Sở Y tế Nghệ An'); // returned by PC06 in the demo
    const v1 = await w.as('pc06.nghean').dossier.accounts({ dossierId: id });
    expect(v1.previousVersion).toBeNull();
    expect(v1.items.every((r) => r.changedSinceVersion === false)).toBe(true);

    const unit = w.as('nghean.canbo');
    const revision = (await w.dossierOf('Phần mềm một cửa điện tử Sở Y tế Nghệ An')).revision;
    const rows = demoAccounts('040');
    rows[1] = { ...rows[1]!, cells: { ...rows[1]!.cells, position: 'Phó Trưởng phòng' } }; // row 3 changed
    rows.splice(4, 1); // row 6 removed
    rows.push({
      rowNumber: 7,
      cells: { ...rows[0]!.cells, index: '6', fullName: 'Đinh Công Mạnh', personalId: '040090009999', dateOfBirth: '01/01/1990', sex: 'Nam', phone: '0912000111', email: 'manhdc@demo.gov.vn', username: 'manhdc' },
    });
    // Editing the next version changes no event: the revision stays.
    await unit.submitter.dossiers.replaceAccounts({ dossierId: id, expectedRevision: revision, idempotencyKey: key(), rows });
    await unit.submitter.dossiers.resubmit({ dossierId: id, expectedRevision: revision, idempotencyKey: key() });

    const v2 = await w.as('pc06.nghean').dossier.accounts({ dossierId: id });
    expect(v2.previousVersion).toBe(1);
    expect(v2.items.filter((r) => r.changedSinceVersion).map((r) => r.fullName)).toEqual(['Tạ Quang Huy', 'Đinh Công Mạnh']);
    // The new person is listed nowhere else; the others are in the connected Nghệ An system and in
    // the one waiting at PC06.
    expect(v2.items.find((r) => r.fullName === 'Đinh Công Mạnh')!.listedElsewhere).toBe(0);
    expect(v2.items.find((r) => r.fullName === 'Tạ Quang Huy')!.listedElsewhere).toBe(2);
    // Version 1 as it was, compared with nothing.
    expect((await w.as('pc06.nghean').dossier.accounts({ dossierId: id, version: 1 })).items.some((r) => r.changedSinceVersion)).toBe(false);
    // Now in review, this dossier counts for the others too.
    const other = await w.as('pc06.nghean').dossier.accounts({ dossierId: await dossierId('Hệ thống quản lý hành nghề y dược Nghệ An'), q: 'huy' });
    expect(other.items[0]!.listedElsewhere).toBe(2);
  });

  it('answers NOT_FOUND outside the jurisdiction, search or not', async () => {
    const id = await dossierId('Hệ thống quản lý hành nghề y dược Nghệ An');
    await expect(w.as('pc06.hanoi').dossier.accounts({ dossierId: id, q: 'dong' })).rejects.toMatchObject({ cause: { appCode: 'NOT_FOUND' } });
    await expect(w.as('hanoi.canbo').dossier.accounts({ dossierId: id, q: '4322' })).rejects.toMatchObject({ cause: { appCode: 'NOT_FOUND' } });
  });
});

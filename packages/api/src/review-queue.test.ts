import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@ketnoi/db/testing';
import { prepareCompleteDossier } from './demo/demo-seed.ts';
import { QUEUE_SORTS } from './routers/review-queue.ts';
import { QUEUE_TABS, type QueueTab } from './services/queue-tabs.ts';
import { openWorld, type DemoUsername, type World } from './testing/world.ts';

const key = () => randomUUID();

// The demo set (demo-seed.ts), by system name.
const NA_WAITING = 'Hệ thống quản lý hành nghề y dược Nghệ An'; // PROVINCIAL_REVIEW, unclaimed
const NA_RETURNED = 'Phần mềm một cửa điện tử Sở Y tế Nghệ An'; // RETURNED by PC06
const NA_CONNECTED = 'Hệ thống thông tin khám chữa bệnh Nghệ An'; // forwarded, CONNECTED
const NA_DRAFT = 'Cổng dịch vụ công ngành Y tế Nghệ An'; // DRAFT: no reviewer sees it
const HN_CLAIMED = 'Hệ thống thông tin giải quyết TTHC Thành phố Hà Nội'; // PROVINCIAL_REVIEW, held by pc06.hanoi
const HN_FORWARDED = 'Hệ thống quản lý cư trú phục vụ an sinh xã hội Hà Nội'; // NATIONAL_REVIEW
const BYT_WAITING = 'Hệ thống cơ sở dữ liệu quốc gia về y tế'; // central, NATIONAL_REVIEW
const BYT_APPROVED = 'Hệ thống giám định bảo hiểm y tế'; // central, APPROVED

type QueueCaller = { queue: (input: object) => Promise<{ total: number; items: { id: string; code: string }[] }>; counts: (input?: object) => Promise<{ tabs: Record<QueueTab, number>; overdue: number; heldByMe: number }> };

describe.each(testDatabases())('reviewer queues, tabs, counts and search on %s', (kind) => {
  let w: World;
  let nameOf: Map<string, string>;
  const reviewer = (username: DemoUsername): QueueCaller => {
    const api = w.as(username);
    return (username.startsWith('pc06') ? api.provincial : api.national) as unknown as QueueCaller;
  };
  /** System names of every dossier the list holds (all pages of 100). */
  const names = async (who: DemoUsername, input: object = {}) => {
    const page = await reviewer(who).queue({ ...input, pageSize: 100 });
    return page.items.map((i) => nameOf.get(i.id)!).sort();
  };
  const refreshNames = async () => {
    const rows = await w.db.selectFrom('dossiers').innerJoin('systems', 'systems.id', 'dossiers.system_id').select(['dossiers.id', 'systems.name']).execute();
    nameOf = new Map(rows.map((r) => [r.id, r.name]));
  };

  beforeAll(async () => {
    w = await openWorld(kind);
    await refreshNames();
  });
  afterAll(async () => {
    await w?.close();
  });

  it('puts the demo dossiers in the tabs each reviewer expects', async () => {
    expect(await names('pc06.nghean', { tab: 'TO_RECEIVE' })).toEqual([NA_WAITING]);
    expect(await names('pc06.nghean', { tab: 'IN_REVIEW' })).toEqual([]);
    expect(await names('pc06.nghean', { tab: 'RETURNED' })).toEqual([NA_RETURNED]);
    expect(await names('pc06.nghean', { tab: 'FORWARDED' })).toEqual([NA_CONNECTED]);
    expect(await names('pc06.nghean', { tab: 'DECIDED' })).toEqual([NA_CONNECTED]);
    expect(await names('pc06.nghean')).toEqual([NA_WAITING, NA_CONNECTED, NA_RETURNED].sort());
    expect(await names('pc06.nghean')).not.toContain(NA_DRAFT);

    expect(await names('pc06.hanoi', { tab: 'TO_RECEIVE' })).toEqual([]);
    expect(await names('pc06.hanoi', { tab: 'IN_REVIEW' })).toEqual([HN_CLAIMED]);
    expect(await names('pc06.hanoi', { tab: 'FORWARDED' })).toEqual([HN_FORWARDED]);
    expect(await names('pc06.hanoi', { tab: 'DECIDED' })).toEqual([]);

    expect(await names('c06.thamdinh', { tab: 'TO_RECEIVE' })).toEqual([HN_FORWARDED, BYT_WAITING].sort());
    expect(await names('c06.thamdinh', { tab: 'IN_REVIEW' })).toEqual([]);
    expect(await names('c06.thamdinh', { tab: 'RETURNED' })).toEqual([]);
    expect(await names('c06.thamdinh', { tab: 'FORWARDED' })).toEqual([]);
    expect(await names('c06.thamdinh', { tab: 'DECIDED' })).toEqual([NA_CONNECTED, BYT_APPROVED].sort());
  });

  it('gives in the list items the province, the holder, the deadline and PC06\'s last recommendation', async () => {
    const national = await w.as('c06.thamdinh').national.queue({ pageSize: 100 });
    const byName = new Map(national.items.map((i) => [nameOf.get(i.id)!, i]));
    expect(byName.get(HN_FORWARDED)).toMatchObject({ provinceName: expect.stringContaining('Hà Nội'), lastRecommendation: 'APPROVE', ownerUnitName: 'Văn phòng Ủy ban nhân dân Thành phố Hà Nội', systemName: HN_FORWARDED, deadline: { kind: 'ON_TIME' } });
    expect(byName.get(BYT_WAITING)).toMatchObject({ provinceName: null, lastRecommendation: null, ownerUnitName: 'Bộ Y tế' });
    const hanoi = await w.as('pc06.hanoi').provincial.queue({ tab: 'IN_REVIEW' });
    expect(hanoi.items[0]).toMatchObject({ holderName: w.users['pc06.hanoi'].displayName, holderUserId: w.users['pc06.hanoi'].userId, lastRecommendation: null });
  });

  it('counts each tab as its list totals, under every filter', async () => {
    const cases: [DemoUsername, object][] = [
      ['pc06.nghean', {}],
      ['pc06.nghean', { q: 'nghe an' }],
      ['pc06.nghean', { status: ['RETURNED', 'CONNECTED'] }],
      ['pc06.nghean', { deadline: 'ON_TIME' }],
      ['pc06.hanoi', {}],
      ['pc06.hanoi', { heldByMe: true }],
      ['c06.thamdinh', {}],
      ['c06.thamdinh', { q: 'y te' }],
      ['c06.thamdinh', { provinceCode: '01' }],
      ['c06.thamdinh', { submittedFrom: '2026-11-25', submittedTo: '2026-11-25' }],
      ['c06.thamdinh', { unitId: w.users['boyte.canbo'].unitId }],
    ];
    for (const [who, filters] of cases) {
      const counts = await reviewer(who).counts(filters);
      for (const tab of QUEUE_TABS) {
        const list = await reviewer(who).queue({ ...filters, tab, pageSize: 100 });
        expect(counts.tabs[tab], `${who} ${JSON.stringify(filters)} ${tab}`).toBe(list.total);
        expect(list.items).toHaveLength(list.total);
      }
      const overdue = await reviewer(who).queue({ ...filters, deadline: 'OVERDUE' });
      expect(counts.overdue).toBe(overdue.total);
      const held = await reviewer(who).queue({ ...filters, heldByMe: true });
      expect(counts.heldByMe).toBe(held.total);
    }
    expect((await reviewer('pc06.hanoi').counts()).heldByMe).toBe(1);
    // No input at all, as before.
    expect((await w.as('c06.thamdinh').national.counts()).tabs.ALL).toBe((await w.as('c06.thamdinh').national.counts({})).tabs.ALL);
  });

  it('filters by status (one or several), unit, system, province, submission days and deadline state', async () => {
    expect(await names('c06.thamdinh', { status: 'APPROVED' })).toEqual([BYT_APPROVED]);
    expect(await names('c06.thamdinh', { status: ['APPROVED', 'CONNECTED'] })).toEqual([NA_CONNECTED, BYT_APPROVED].sort());
    expect(await names('c06.thamdinh', { unitId: w.users['hanoi.canbo'].unitId })).toEqual([HN_FORWARDED]);
    const system = await w.db.selectFrom('systems').select('id').where('name', '=', BYT_WAITING).executeTakeFirstOrThrow();
    expect(await names('c06.thamdinh', { systemId: system.id })).toEqual([BYT_WAITING]);
    expect(await names('c06.thamdinh', { provinceCode: '40' })).toEqual([NA_CONNECTED]);
    // Everything was submitted on 25/11/2026 (Hà Nội time).
    expect((await names('c06.thamdinh', { submittedFrom: '2026-11-25', submittedTo: '2026-11-25' })).length).toBe(4);
    expect(await names('c06.thamdinh', { submittedTo: '2026-11-24' })).toEqual([]);
    expect(await names('c06.thamdinh', { submittedFrom: '2026-11-26' })).toEqual([]);
    // Running stages are due on Mon 30/11 (PC06, 3 working days) or later (C06).
    expect(await names('pc06.nghean', { deadline: 'ON_TIME' })).toEqual([NA_WAITING]);
    expect(await names('pc06.nghean', { deadline: 'OVERDUE' })).toEqual([]);
    const at = w.now();
    try {
      w.setNow(new Date('2026-11-30T03:00:00Z'));
      expect(await names('pc06.nghean', { deadline: 'DUE_TODAY' })).toEqual([NA_WAITING]);
      expect((await names('pc06.nghean', { deadline: 'DUE_TODAY' })).length).toBe((await w.as('pc06.nghean').provincial.queue({ deadline: 'DUE_TODAY' })).items.filter((i) => i.deadline?.kind === 'DUE_TODAY').length);
      w.setNow(new Date('2026-12-01T03:00:00Z'));
      expect(await names('pc06.nghean', { deadline: 'OVERDUE' })).toEqual([NA_WAITING]);
      expect((await reviewer('pc06.nghean').counts()).overdue).toBe(1);
      expect(await names('pc06.nghean', { deadline: 'ON_TIME' })).toEqual([]);
    } finally {
      w.setNow(at);
    }
  });

  it('finds dossiers by code, unit and system with or without diacritics, in any case', async () => {
    for (const q of ['y duoc', 'Y DƯỢC', 'hành nghề', 'HANH   nghe', 'nghe an hanh', 'Sở Y tế tỉnh Nghệ An hành nghề']) {
      expect(await names('pc06.nghean', { q }), q).toEqual([NA_WAITING]);
    }
    expect(await names('c06.thamdinh', { q: 'giam dinh' })).toEqual([BYT_APPROVED]);
    expect(await names('c06.thamdinh', { q: 'giám định' })).toEqual([BYT_APPROVED]);
    expect(await names('c06.thamdinh', { q: 'bo y te' })).toEqual([BYT_WAITING, BYT_APPROVED].sort());
    const code = (await w.db.selectFrom('dossiers').innerJoin('systems', 'systems.id', 'dossiers.system_id').select('dossiers.code').where('systems.name', '=', BYT_APPROVED).executeTakeFirstOrThrow()).code;
    expect(await names('c06.thamdinh', { q: code.toLowerCase() })).toEqual([BYT_APPROVED]);
    expect(await names('c06.thamdinh', { q: '  ' })).toHaveLength((await w.as('c06.thamdinh').national.queue({})).total);
  });

  it('follows a renamed system, and a new dossier is searchable from its creation', async () => {
    const hanoi = w.as('hanoi.canbo');
    const system = (await hanoi.submitter.systems.list()).find((s) => s.name === HN_FORWARDED)!;
    const { id, revision, ...fields } = system;
    await hanoi.submitter.systems.update({ idempotencyKey: key(), systemId: id, expectedRevision: revision, system: { ...fields, name: 'Cổng an sinh xã hội phường Điện Biên' } });
    await refreshNames();
    expect(await names('pc06.hanoi', { q: 'dien bien' })).toEqual(['Cổng an sinh xã hội phường Điện Biên']);
    expect(await names('c06.thamdinh', { q: 'Điện Biên' })).toEqual(['Cổng an sinh xã hội phường Điện Biên']);
    expect(await names('c06.thamdinh', { q: 'cu tru' })).toEqual([]);
    expect(await names('pc06.nghean', { q: 'dien bien' })).toEqual([]);

    const created = await w.as('nghean.canbo').submitter.dossiers.create({ idempotencyKey: key(), systemId: (await w.as('nghean.canbo').submitter.systems.list())[0]!.id });
    const row = await w.db.selectFrom('dossiers').select(['search_text', 'code']).where('id', '=', created.dossierId).executeTakeFirstOrThrow();
    expect(row.search_text.startsWith(`${row.code.toLowerCase()} so y te tinh nghe an `)).toBe(true);
  });

  it('treats hostile search text as text: no error, nothing found, nothing changed', async () => {
    const before = await w.db.selectFrom('dossiers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    for (const q of ["'; DROP TABLE dossiers; --", "' OR 1=1 --", '%', '_', '\\', '%%_%', 'a%b', "\\'", '"; select pg_sleep(1)', 'zz\u0000qq', '*', '.*']) {
      const list = await w.as('c06.thamdinh').national.queue({ q });
      expect(list.total, JSON.stringify(q)).toBe(0);
      expect((await w.as('c06.thamdinh').national.counts({ q })).tabs.ALL).toBe(0);
    }
    // Control characters separate words; alone they are no search at all.
    expect((await w.as('c06.thamdinh').national.queue({ q: '\u0000' })).total).toBe((await w.as('c06.thamdinh').national.queue({})).total);
    await expect(w.as('c06.thamdinh').national.queue({ q: 'x'.repeat(101) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(w.as('c06.thamdinh').national.queue({ sort: 'code; drop table dossiers' as never })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(w.as('pc06.hanoi').provincial.queue({ provinceCode: "01' or '1'='1" })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const after = await w.db.selectFrom('dossiers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('sorts every way, stably: pages of one make up the whole list, in order', async () => {
    // More rows that tie on the due date and the unit: four more Nghệ An dossiers at PC06.
    for (let i = 0; i < 4; i++) await prepareCompleteDossier(w.as('nghean.canbo'), { systemName: `Hệ thống sắp xếp ${i}`, birthPrefix: '040', submit: true });
    const api = w.as('pc06.nghean').provincial;
    for (const sort of QUEUE_SORTS) {
      for (const dir of ['asc', 'desc'] as const) {
        const whole = await api.queue({ sort, dir, pageSize: 100 });
        expect(whole.total).toBeGreaterThanOrEqual(7);
        const paged: string[] = [];
        for (let page = 1; page <= whole.total; page++) paged.push(...(await api.queue({ sort, dir, page, pageSize: 1 })).items.map((i) => i.id));
        expect(paged, `${sort} ${dir}`).toEqual(whole.items.map((i) => i.id));
        const again = await api.queue({ sort, dir, pageSize: 100 });
        expect(again.items.map((i) => i.id)).toEqual(whole.items.map((i) => i.id));
        if (sort === 'code') {
          const codes = whole.items.map((i) => i.code);
          expect(codes).toEqual([...codes].sort((a, b) => (dir === 'asc' ? (a < b ? -1 : 1) : a < b ? 1 : -1)));
        }
        if (sort === 'due') {
          const due = whole.items.map((i) => (i as unknown as { stageDueOn: string | null }).stageDueOn);
          const running = due.filter((d): d is string => d !== null);
          expect(due.slice(0, running.length)).toEqual(running); // no due date: last, both ways
          expect(running).toEqual([...running].sort((a, b) => (dir === 'asc' ? a.localeCompare(b) : b.localeCompare(a))));
        }
      }
    }
  });

  it("C06's RETURNED tab holds what C06 returned; a local dossier back at PC06 leaves FORWARDED", async () => {
    const c06 = w.as('c06.thamdinh');
    const central = (await c06.national.queue({ tab: 'TO_RECEIVE', q: 'bo y te' })).items[0]!;
    let rev = (await c06.national.claim({ dossierId: central.id, expectedRevision: central.revision, idempotencyKey: key() })).revision;
    expect(await names('c06.thamdinh', { tab: 'IN_REVIEW' })).toEqual([BYT_WAITING]);
    await c06.national.return({ dossierId: central.id, expectedRevision: rev, idempotencyKey: key(), deficiencies: [{ part: 'ORG_COMMITMENT', reason: 'Thiếu chữ ký.' }] });
    expect(await names('c06.thamdinh', { tab: 'RETURNED' })).toEqual([BYT_WAITING]);

    // The Hà Nội dossier at C06 (renamed above): C06 returns it, the unit resubmits, it is at PC06 again.
    const local = (await c06.national.queue({ tab: 'TO_RECEIVE', provinceCode: '01' })).items[0]!;
    rev = (await c06.national.claim({ dossierId: local.id, expectedRevision: local.revision, idempotencyKey: key() })).revision;
    rev = (await c06.national.return({ dossierId: local.id, expectedRevision: rev, idempotencyKey: key(), deficiencies: [{ part: 'ORG_COMMITMENT', reason: 'Thiếu dấu.' }] })).revision;
    const localName = nameOf.get(local.id)!;
    expect(await names('c06.thamdinh', { tab: 'RETURNED' })).toEqual([BYT_WAITING, localName].sort());
    expect(await names('pc06.hanoi', { tab: 'RETURNED' })).toEqual([localName]);
    expect(await names('pc06.hanoi', { tab: 'FORWARDED' })).toEqual([]);
    rev = (await w.as('hanoi.canbo').submitter.dossiers.resubmit({ dossierId: local.id, expectedRevision: rev, idempotencyKey: key() })).revision;
    expect(await names('pc06.hanoi', { tab: 'TO_RECEIVE' })).toEqual([localName]);
    expect(await names('pc06.hanoi', { tab: 'FORWARDED' })).toEqual([]);
    expect(await names('c06.thamdinh', { tab: 'TO_RECEIVE' })).toEqual([]);
    expect(await names('c06.thamdinh')).toContain(localName);
    // PC06 returns it this time: returned, but not by C06.
    const pc06 = w.as('pc06.hanoi');
    rev = (await pc06.provincial.claim({ dossierId: local.id, expectedRevision: rev, idempotencyKey: key() })).revision;
    await pc06.provincial.return({ dossierId: local.id, expectedRevision: rev, idempotencyKey: key(), deficiencies: [{ part: 'ORG_COMMITMENT', reason: 'Vẫn thiếu dấu.' }] });
    expect(await names('pc06.hanoi', { tab: 'RETURNED' })).toEqual([localName]);
    expect(await names('c06.thamdinh', { tab: 'RETURNED' })).toEqual([BYT_WAITING]);
    const counts = await reviewer('c06.thamdinh').counts();
    expect(counts.tabs.RETURNED).toBe(1);
    expect(counts.tabs.ALL).toBe((await c06.national.queue({})).total);
  });
});

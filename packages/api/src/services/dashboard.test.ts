import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@ketnoi/db/testing';
import { prepareCompleteDossier } from '../demo/demo-seed.ts';
import { openWorld, type World } from '../testing/world.ts';
import { dashboardOverviewNaive } from './dashboard-naive.ts';
import { expectFiguresDrillDown } from './dashboard-drilldown.test-support.ts';
import { overviewInput } from './dashboard-schemas.ts';

const PERSONAL_DATA = /\d{9,12}|\+84\d{9}|@demo\.gov\.vn/;
/** The text of an answer without its ids (a UUID may hold a run of digits). */
const text = (value: unknown) => JSON.stringify(value).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');

describe.each(testDatabases())('national dashboard on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await openWorld(kind);
  });
  afterAll(async () => {
    await w?.close();
  });

  it('counts the submitted demo dossiers by stage, province and central body, with their accounts', async () => {
    const o = await w.as('c06.thamdinh').national.dashboard.overview({});
    expect(o.today).toBe('2026-11-25');
    // Nghệ An: one at PC06, one returned, one connected (its draft is not counted); Hà Nội: one at
    // PC06, one forwarded to C06; Bộ Y tế: one at C06, one approved. Five accounts each.
    expect(o.totals).toMatchObject({ dossiers: 7, accounts: 35, overdue: 0 });
    expect(o.totals.byStatus).toEqual({
      PROVINCIAL_REVIEW: 2,
      NATIONAL_REVIEW: 2,
      RETURNED: 1,
      APPROVED: 1,
      CONNECTED: 1,
      SUSPENDED: 0,
      REJECTED: 0,
      WITHDRAWN: 0,
      REVOKED: 0,
    });
    expect(o.totals.accountsByStatus.CONNECTED).toBe(5);
    expect(o.byProvince).toHaveLength(34);
    const province = (code: string) => o.byProvince.find((p) => p.provinceCode === code)!;
    expect(province('40')).toMatchObject({ provinceName: 'Tỉnh Nghệ An', dossiers: 3, accounts: 15 });
    expect(province('40').byStatus).toMatchObject({ PROVINCIAL_REVIEW: 1, RETURNED: 1, CONNECTED: 1 });
    expect(province('01').byStatus).toMatchObject({ PROVINCIAL_REVIEW: 1, NATIONAL_REVIEW: 1 });
    expect(o.byProvince.filter((p) => p.dossiers === 0)).toHaveLength(32);
    const boYTe = o.byCentralBody.find((b) => b.centralBodyId === w.users['boyte.canbo'].unitId)!;
    expect(boYTe).toMatchObject({ name: 'Bộ Y tế', dossiers: 2 });
    expect(boYTe.byStatus).toMatchObject({ NATIONAL_REVIEW: 1, APPROVED: 1 });
    expect(o.byCentralBody.length).toBeGreaterThan(10);
    // This month: 7 first submissions, 2 approvals, 1 connection; 3 PC06 stages completed (one
    // return, two forwards) and 2 C06 stages (approvals), all on the day they started.
    expect(o.trend).toHaveLength(12);
    expect(o.trend.at(-1)).toEqual({ from: '2026-11-01', to: '2026-11-30', submitted: 7, approved: 2, connected: 1 });
    expect(o.trend.slice(0, -1).every((t) => t.submitted + t.approved + t.connected === 0)).toBe(true);
    expect(o.onTime.at(-1)).toMatchObject({ provincial: { completed: 3, onTime: 3 }, national: { completed: 2, onTime: 2 }, share: 1 });
    expect(o.onTime[0]!.share).toBeNull();
    expect(o.ageUnit).toBe('WORKING_DAYS');
    expect(o.ageing.map((a) => [a.bucket, a.provincial, a.national])).toEqual([
      ['0-3', 2, 2],
      ['4-5', 0, 0],
      ['6-10', 0, 0],
      ['>10', 0, 0],
    ]);
    expect(text(o)).not.toMatch(PERSONAL_DATA);
  });

  it('counts local dossiers still at PC06, but lists only what C06 may open and says how many it may not', async () => {
    const c06 = w.as('c06.thamdinh');
    const atPc06 = await c06.national.dashboard.list({ filter: { stage: 'PROVINCIAL_REVIEW' } });
    expect(atPc06).toMatchObject({ total: 0, items: [], outsideJurisdiction: 2 });
    const returned = await c06.national.dashboard.list({ filter: { stage: 'RETURNED', provinceCode: '40' } });
    expect(returned).toMatchObject({ total: 0, outsideJurisdiction: 1 });
    const atC06 = await c06.national.dashboard.list({ filter: { stage: 'NATIONAL_REVIEW' } });
    expect(atC06.total).toBe(2);
    expect(atC06.outsideJurisdiction).toBe(0);
    expect(atC06.items.map((i) => i.status)).toEqual(['NATIONAL_REVIEW', 'NATIONAL_REVIEW']);
    const queue = await c06.national.queue({ status: 'NATIONAL_REVIEW' });
    expect(atC06.items.map((i) => i.id).sort()).toEqual(queue.items.map((i) => i.id).sort());
    const all = await c06.national.dashboard.list({ filter: {}, pageSize: 100 });
    expect(all.total + all.outsideJurisdiction).toBe(7);
    expect(text(all)).not.toMatch(PERSONAL_DATA);
  });

  it('overdue and ageing follow the day seen; every figure drills down to its dossiers, by month and by week', async () => {
    const c06 = w.as('c06.thamdinh');
    const start = w.now();
    try {
      // Tue 15/12/2026: the PC06 stages were due Mon 30/11, the C06 ones Wed 02/12; started Wed
      // 25/11, they are 14 working days old.
      w.setNow(new Date('2026-12-15T02:00:00.000Z'));
      const later = await c06.national.dashboard.overview({ granularity: 'week', periods: 6 });
      expect(later.totals).toMatchObject({ overdue: 4, overdueProvincial: 2, overdueNational: 2 });
      expect(later.ageing.find((a) => a.bucket === '>10')).toMatchObject({ provincial: 2, national: 2, total: 4 });
      expect(later.trend.find((t) => t.from === '2026-11-23')).toMatchObject({ submitted: 7, approved: 2, connected: 1 });
      expect(later.byProvince.find((p) => p.provinceCode === '01')!.overdue).toBe(2);
      expect(await expectFiguresDrillDown(c06, later)).toBeGreaterThan(40);
      const overdueLocal = await c06.national.dashboard.list({ filter: { overdue: true, stage: 'PROVINCIAL_REVIEW' } });
      expect(overdueLocal).toMatchObject({ total: 0, outsideJurisdiction: 2 });
      expect(await c06.national.dashboard.overview({ granularity: 'week', periods: 6 })).toEqual(await dashboardOverviewNaive(w.db, overviewInput.parse({ granularity: 'week', periods: 6 }), w.now()));
    } finally {
      w.setNow(start);
    }
    const now = await c06.national.dashboard.overview({});
    expect(await expectFiguresDrillDown(c06, now)).toBeGreaterThan(40);
    const ngheAn = await c06.national.dashboard.overview({ provinceCode: '40' });
    expect(ngheAn.totals.dossiers).toBe(3);
    expect(ngheAn.byCentralBody.every((b) => b.dossiers === 0)).toBe(true);
    expect(ngheAn.trend.at(-1)).toMatchObject({ submitted: 3, approved: 1, connected: 1 });
    await expectFiguresDrillDown(c06, ngheAn);
    const boYTe = await c06.national.dashboard.overview({ centralBodyId: w.users['boyte.canbo'].unitId });
    expect(boYTe.totals.byStatus).toMatchObject({ NATIONAL_REVIEW: 1, APPROVED: 1 });
    await expectFiguresDrillDown(c06, boYTe);
  });

  it('a stage completed on its due day is on time, the day after is late; the figures follow the commands at once', async () => {
    const start = w.now();
    const c06 = w.as('c06.thamdinh');
    const pc06 = w.as('pc06.nghean');
    const key = () => randomUUID();
    try {
      // Submitted Wed 25/11: PC06's 3 working days end Mon 30/11.
      const a = await prepareCompleteDossier(w.as('nghean.canbo'), { systemName: 'Hệ thống thử đúng hạn', birthPrefix: '040', submit: true });
      const b = await prepareCompleteDossier(w.as('nghean.canbo'), { systemName: 'Hệ thống thử trễ hạn', birthPrefix: '040', submit: true });
      const before = await c06.national.dashboard.overview({ periods: 2 });
      expect(before.totals.byStatus.PROVINCIAL_REVIEW).toBe(4);
      w.setNow(new Date('2026-11-30T08:00:00.000Z')); // Mon 30/11, 15:00
      let rev = (await pc06.provincial.claim({ dossierId: a.id, expectedRevision: a.revision(), idempotencyKey: key() })).revision;
      await pc06.provincial.forward({
        dossierId: a.id,
        expectedRevision: rev,
        idempotencyKey: key(),
        opinion: { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' }, recommendation: 'APPROVE', note: 'Đủ.' },
      });
      w.setNow(new Date('2026-12-01T02:00:00.000Z')); // Tue 01/12
      rev = (await pc06.provincial.claim({ dossierId: b.id, expectedRevision: b.revision(), idempotencyKey: key() })).revision;
      await pc06.provincial.return({ dossierId: b.id, expectedRevision: rev, idempotencyKey: key(), deficiencies: [{ part: 'ORG_COMMITMENT', reason: 'Thiếu dấu.' }] });

      const o = await c06.national.dashboard.overview({ periods: 2 });
      expect(o.onTime.map((p) => [p.from, p.provincial, p.national, p.share])).toEqual([
        ['2026-11-01', { completed: 4, onTime: 4 }, { completed: 2, onTime: 2 }, 1],
        ['2026-12-01', { completed: 1, onTime: 0 }, { completed: 0, onTime: 0 }, 0],
      ]);
      expect(o.totals.byStatus).toMatchObject({ PROVINCIAL_REVIEW: 2, NATIONAL_REVIEW: 3, RETURNED: 2 });
      expect(o).toEqual(await dashboardOverviewNaive(w.db, overviewInput.parse({ periods: 2 }), w.now()));
      // The late one was returned by PC06 and never reached C06: counted, not listed.
      const late = await c06.national.dashboard.list({ filter: { period: { granularity: 'month', start: '2026-12-01', event: 'LATE', stageKind: 'PROVINCIAL' } } });
      expect(late).toMatchObject({ total: 0, outsideJurisdiction: 1 });
      const forwarded = await c06.national.dashboard.list({ filter: { period: { granularity: 'month', start: '2026-11-15', event: 'COMPLETED', stageKind: 'PROVINCIAL' } } });
      expect(forwarded.total + forwarded.outsideJurisdiction).toBe(4);
      expect(forwarded.items.map((i) => i.id)).toContain(a.id);
    } finally {
      w.setNow(start);
    }
  });

  it('is for C06 reviewers: PC06, units and administrators are refused before anything is read', async () => {
    for (const user of ['pc06.nghean', 'hanoi.canbo', 'boyte.canbo', 'c06.quantri'] as const) {
      await expect(w.as(user).national.dashboard.overview({})).rejects.toMatchObject({ cause: { appCode: 'FORBIDDEN_ROLE' } });
      await expect(w.as(user).national.dashboard.list({ filter: { stage: 'PROVINCIAL_REVIEW' } })).rejects.toMatchObject({ cause: { appCode: 'FORBIDDEN_ROLE' } });
    }
  });

  it('refuses a filter of both a province and a central body, and unknown figures', async () => {
    const c06 = w.as('c06.thamdinh');
    await expect(c06.national.dashboard.overview({ provinceCode: '40', centralBodyId: w.users['boyte.canbo'].unitId })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(c06.national.dashboard.list({ filter: { stage: 'DRAFT' as never } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(c06.national.dashboard.list({ filter: { ageBucket: '3-4' as never } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // A province that does not exist is a figure of nothing, not an error.
    expect(await c06.national.dashboard.list({ filter: { provinceCode: '99' } })).toMatchObject({ total: 0, outsideJurisdiction: 0 });
  });
});

import { expect } from 'vitest';
import type { Caller } from '../demo/demo-seed.ts';
import { AGE_BUCKETS } from './dashboard-periods.ts';
import { DASHBOARD_STATUSES, type DashboardFilter, type Overview } from './dashboard-schemas.ts';

/**
 * Every figure of an overview drills down to the dossiers behind it: the list with the figure's
 * filter has as many dossiers as the figure counts, those C06 may open listed and the others
 * counted apart. Stage completions count stages (a dossier may complete several in a period), so
 * their list has at least one and at most that many dossiers. Returns how many figures it checked.
 */
export async function expectFiguresDrillDown(api: Caller, o: Overview): Promise<number> {
  let checked = 0;
  const scope: DashboardFilter = o.scope.provinceCode ? { provinceCode: o.scope.provinceCode } : o.scope.centralBodyId ? { centralBodyId: o.scope.centralBodyId } : {};
  const behind = async (filter: DashboardFilter) => {
    const page = await api.national.dashboard.list({ filter: { ...scope, ...filter }, pageSize: 100 });
    expect(page.items.length).toBe(Math.min(page.total, 100));
    return page.total + page.outsideJurisdiction;
  };
  const same = async (filter: DashboardFilter, figure: number, what: string) => {
    expect(await behind(filter), what).toBe(figure);
    checked += 1;
  };

  await same({}, o.totals.dossiers, 'all submitted');
  await same({ overdue: true }, o.totals.overdue, 'overdue');
  await same({ overdue: true, stage: 'PROVINCIAL_REVIEW' }, o.totals.overdueProvincial, 'overdue at PC06');
  for (const s of DASHBOARD_STATUSES) await same({ stage: s }, o.totals.byStatus[s], s);
  // A scoped overview's rows of other provinces or bodies are zeros by construction: its own row is checked.
  const zeroProvince = o.byProvince.find((p) => p.dossiers === 0);
  const provinces = o.scope.centralBodyId ? [] : o.byProvince.filter((row) => (o.scope.provinceCode ? row.provinceCode === o.scope.provinceCode : row.dossiers > 0 || row === zeroProvince));
  for (const p of provinces) {
    await same({ provinceCode: p.provinceCode }, p.dossiers, `province ${p.provinceCode}`);
    await same({ provinceCode: p.provinceCode, overdue: true }, p.overdue, `overdue in ${p.provinceCode}`);
    for (const s of DASHBOARD_STATUSES) if (p.byStatus[s] > 0) await same({ provinceCode: p.provinceCode, stage: s }, p.byStatus[s], `${s} in ${p.provinceCode}`);
  }
  for (const b of o.scope.provinceCode ? [] : o.byCentralBody.filter((row) => row.dossiers > 0)) {
    await same({ centralBodyId: b.centralBodyId }, b.dossiers, `body ${b.name}`);
    for (const s of DASHBOARD_STATUSES) if (b.byStatus[s] > 0) await same({ centralBodyId: b.centralBodyId, stage: s }, b.byStatus[s], `${s} of ${b.name}`);
  }
  for (const a of o.ageing) {
    expect(AGE_BUCKETS).toContain(a.bucket);
    await same({ ageBucket: a.bucket }, a.total, `age ${a.bucket}`);
    await same({ ageBucket: a.bucket, stage: 'NATIONAL_REVIEW' }, a.national, `age ${a.bucket} at C06`);
  }
  for (const t of o.trend) {
    const period = (event: 'SUBMITTED' | 'APPROVED' | 'CONNECTED') => ({ period: { granularity: o.granularity, start: t.from, event } });
    await same(period('SUBMITTED'), t.submitted, `submitted from ${t.from}`);
    await same(period('APPROVED'), t.approved, `approved from ${t.from}`);
    await same(period('CONNECTED'), t.connected, `connected from ${t.from}`);
  }
  for (const p of o.onTime) {
    for (const stageKind of ['PROVINCIAL', 'NATIONAL'] as const) {
      const figure = stageKind === 'PROVINCIAL' ? p.provincial : p.national;
      const completed = await behind({ period: { granularity: o.granularity, start: p.from, event: 'COMPLETED', stageKind } });
      const late = await behind({ period: { granularity: o.granularity, start: p.from, event: 'LATE', stageKind } });
      expect(completed > 0, `${stageKind} completed from ${p.from}`).toBe(figure.completed > 0);
      expect(completed).toBeLessThanOrEqual(figure.completed);
      expect(late > 0, `${stageKind} late from ${p.from}`).toBe(figure.completed - figure.onTime > 0);
      expect(late).toBeLessThanOrEqual(figure.completed - figure.onTime);
      checked += 2;
    }
  }
  return checked;
}

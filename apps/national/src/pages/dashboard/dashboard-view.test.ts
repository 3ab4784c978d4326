import { describe, expect, it } from 'vitest';
import { dashboardSearchOf, DEFAULT_VIEW, drillInto, exportHref, parseDashboardView, type DashboardView } from './dashboard-view.ts';
import { periodOfDay } from './period-of-day.ts';

const parse = (q: string) => parseDashboardView(new URLSearchParams(q));
const BODY = '7b1c6a51-2f6e-4c36-9a4e-8d2f5f0b6a01';

describe('dashboard view ⇄ URL', () => {
  it('the default view is the bare address, and every view survives the round trip', () => {
    expect(dashboardSearchOf(DEFAULT_VIEW)).toBe('');
    const views: DashboardView[] = [
      { ...DEFAULT_VIEW, granularity: 'week', periods: 6, provinceCode: '40', tables: ['trend', 'onTime'], provinceSort: 'overdue', provinceDir: 'asc' },
      { ...DEFAULT_VIEW, centralBodyId: BODY, drill: { stage: 'PROVINCIAL_REVIEW', centralBodyId: BODY, ageBucket: '>10' }, page: 3 },
      { ...DEFAULT_VIEW, granularity: 'week', drill: { overdue: true, provinceCode: '01', period: { granularity: 'week', start: '2026-11-23', event: 'COMPLETED', stageKind: 'NATIONAL' } } },
      { ...DEFAULT_VIEW, drill: {} },
    ];
    for (const view of views) {
      const back = parse(dashboardSearchOf(view).slice(1));
      expect(back).toEqual({ ...view, tables: ['onTime', 'centralBodies', 'trend', 'ageing'].filter((p) => view.tables.includes(p as never)) });
    }
  });

  it('falls back to the default for anything unknown or malformed, and keeps one scope', () => {
    expect(parse('ky=nam&so-ky=99&tinh=4&bang=x,dien-bien&xep=abc&chieu=len&trang=-2')).toEqual({ ...DEFAULT_VIEW, tables: ['trend'] });
    expect(parse(`tinh=40&co-quan=${BODY}`)).toMatchObject({ provinceCode: '40', centralBodyId: null });
    // A list without a complete period filter keeps what is well formed.
    expect(parse('xem=ho-so&loc-ky=2026-13-01&loc-su-kien=nop&loc-trang-thai=abc&loc-qua-han=1').drill).toEqual({ overdue: true });
    expect(parse('loc-trang-thai=tra-lai').drill).toBeNull();
  });

  it('a figure of the view is drilled within its scope, unless it names its own province or central body', () => {
    const scoped = { ...DEFAULT_VIEW, provinceCode: '40' };
    expect(drillInto(scoped, { stage: 'RETURNED' }).drill).toEqual({ provinceCode: '40', stage: 'RETURNED' });
    expect(drillInto({ ...DEFAULT_VIEW, centralBodyId: BODY }, { provinceCode: '01', overdue: true }).drill).toEqual({ provinceCode: '01', overdue: true });
  });

  it('builds the export routes with the server’s query names', () => {
    const view = { ...DEFAULT_VIEW, granularity: 'week' as const, periods: 8, centralBodyId: BODY };
    expect(exportHref('ageing', 'csv', view)).toBe(`/files/dashboard/ageing.csv?granularity=week&periods=8&centralBodyId=${BODY}`);
    const drilled = drillInto(view, { ageBucket: '6-10', stage: 'NATIONAL_REVIEW' });
    expect(exportHref('dossiers', 'xlsx', drilled)).toBe(`/files/dashboard/dossiers.xlsx?stage=NATIONAL_REVIEW&centralBodyId=${BODY}&ageBucket=6-10`);
  });

  it('finds the week (from Monday) and the month of a day as the API counts them', () => {
    expect(periodOfDay('2026-11-28', 'week')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodOfDay('2026-11-23', 'week')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodOfDay('2026-02-10', 'month')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodOfDay('2026-12-31', 'week')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });
});

import type { DossierStatus } from '@ketnoi/domain';
import { isCalendarDate } from './display-date.ts';

/**
 * What a reviewer's queue shows — tab, page, order, filters, search — read from and written to the
 * URL, so Back/Forward, reload and a copied link give the same view. The URL speaks Vietnamese
 * (`?nhom=dang-tham-dinh&xep=ngay-nop&chieu=giam&tim=duc`); the API input (`provincial.queue`,
 * `national.queue`) is built from it here. Shared by the PC06 and C06 apps, each with its own
 * `QueueViewConfig` (the statuses a link may name, whether it filters by province).
 */
export const QUEUE_TABS = ['TO_RECEIVE', 'IN_REVIEW', 'RETURNED', 'FORWARDED', 'DECIDED', 'ALL'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];
export const QUEUE_SORTS = ['due', 'updated', 'code', 'unit', 'submitted'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export type SortDir = 'asc' | 'desc';
export const DEADLINE_FILTERS = ['ON_TIME', 'DUE_TODAY', 'OVERDUE'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

export const PAGE_SIZE = 20;

export interface QueueViewConfig {
  /** The statuses a reviewer can meet (the domain's list, passed by the app: packages/ui imports domain types only). */
  readonly statuses: readonly DossierStatus[];
  /** C06 filters by province (`?tinh=40`); PC06 works in one province and ignores it. */
  readonly byProvince: boolean;
}

export interface QueueFilters {
  readonly status: readonly DossierStatus[];
  readonly unitId: string | null;
  readonly systemId: string | null;
  /** C06 only: the province whose PC06 forwarded it (`queueProvinceCode`); absent for PC06. */
  readonly provinceCode?: string;
  /** `yyyy-MM-dd` */
  readonly submittedFrom: string | null;
  readonly submittedTo: string | null;
  readonly deadline: DeadlineFilter | null;
  readonly q: string;
}

export interface QueueView extends QueueFilters {
  readonly tab: QueueTab;
  readonly page: number;
  readonly sort: QueueSort;
  readonly dir: SortDir;
}

export const NO_FILTERS: QueueFilters = { status: [], unitId: null, systemId: null, submittedFrom: null, submittedTo: null, deadline: null, q: '' };
export const DEFAULT_VIEW: QueueView = { ...NO_FILTERS, tab: 'TO_RECEIVE', page: 1, sort: 'due', dir: 'asc' };

/** The order a column starts in when first clicked: the nearest deadline, the latest change or submission, A→Z. */
export const DEFAULT_DIR: Readonly<Record<QueueSort, SortDir>> = { due: 'asc', updated: 'desc', submitted: 'desc', code: 'asc', unit: 'asc' };

const TAB_SLUGS: Readonly<Record<QueueTab, string>> = {
  TO_RECEIVE: 'cho-tiep-nhan',
  IN_REVIEW: 'dang-tham-dinh',
  RETURNED: 'da-tra-lai',
  FORWARDED: 'da-chuyen-c06',
  DECIDED: 'da-co-quyet-dinh',
  ALL: 'tat-ca',
};
const SORT_SLUGS: Readonly<Record<QueueSort, string>> = { due: 'han', updated: 'cap-nhat', code: 'ma', unit: 'don-vi', submitted: 'ngay-nop' };
const DIR_SLUGS: Readonly<Record<SortDir, string>> = { asc: 'tang', desc: 'giam' };
const DEADLINE_SLUGS: Readonly<Record<DeadlineFilter, string>> = { ON_TIME: 'con-han', DUE_TODAY: 'den-han', OVERDUE: 'qua-han' };

/** URL parameter names. */
const P = { tab: 'nhom', page: 'trang', sort: 'xep', dir: 'chieu', status: 'trang-thai', unit: 'don-vi', system: 'he-thong', province: 'tinh', from: 'tu-ngay', to: 'den-ngay', deadline: 'han', q: 'tim' } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Province codes as the reference data writes them (`01`…`96`, `H…` for a merged one), as the API accepts them. */
const PROVINCE_CODE = /^H?\d{2}$/;
const Q_MAX = 100;

function bySlug<K extends string>(slugs: Readonly<Record<K, string>>, value: string | null): K | null {
  if (value === null) return null;
  const hit = (Object.entries(slugs) as [K, string][]).find(([, slug]) => slug === value);
  return hit ? hit[0] : null;
}

const isoOrNull = (v: string | null) => (v !== null && isCalendarDate(v) ? v : null);
const uuidOrNull = (v: string | null) => (v !== null && UUID.test(v) ? v.toLowerCase() : null);

/** Reads the view from the URL; anything unknown or malformed falls back to the default (an old or edited link still opens). */
export function parseQueueView(search: URLSearchParams, config: QueueViewConfig): QueueView {
  const sort = bySlug(SORT_SLUGS, search.get(P.sort)) ?? DEFAULT_VIEW.sort;
  const page = Number.parseInt(search.get(P.page) ?? '1', 10);
  const statuses = (search.get(P.status) ?? '').split(',').filter((s): s is DossierStatus => (config.statuses as readonly string[]).includes(s));
  const province = search.get(P.province);
  return {
    tab: bySlug(TAB_SLUGS, search.get(P.tab)) ?? DEFAULT_VIEW.tab,
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    sort,
    dir: bySlug(DIR_SLUGS, search.get(P.dir)) ?? DEFAULT_DIR[sort],
    status: [...new Set(statuses)],
    unitId: uuidOrNull(search.get(P.unit)),
    systemId: uuidOrNull(search.get(P.system)),
    ...(config.byProvince && province !== null && PROVINCE_CODE.test(province) ? { provinceCode: province } : {}),
    submittedFrom: isoOrNull(search.get(P.from)),
    submittedTo: isoOrNull(search.get(P.to)),
    deadline: bySlug(DEADLINE_SLUGS, search.get(P.deadline)),
    q: (search.get(P.q) ?? '').trim().slice(0, Q_MAX),
  };
}

/** The URL query of a view (`?…`, or '' for the default view); defaults are left out so links stay short. */
export function queueSearchOf(view: QueueView): string {
  const s = new URLSearchParams();
  if (view.tab !== DEFAULT_VIEW.tab) s.set(P.tab, TAB_SLUGS[view.tab]);
  if (view.sort !== DEFAULT_VIEW.sort) s.set(P.sort, SORT_SLUGS[view.sort]);
  if (view.dir !== DEFAULT_DIR[view.sort]) s.set(P.dir, DIR_SLUGS[view.dir]);
  if (view.status.length > 0) s.set(P.status, view.status.join(','));
  if (view.unitId) s.set(P.unit, view.unitId);
  if (view.systemId) s.set(P.system, view.systemId);
  if (view.provinceCode) s.set(P.province, view.provinceCode);
  if (view.submittedFrom) s.set(P.from, view.submittedFrom);
  if (view.submittedTo) s.set(P.to, view.submittedTo);
  if (view.deadline) s.set(P.deadline, DEADLINE_SLUGS[view.deadline]);
  if (view.q) s.set(P.q, view.q);
  if (view.page > 1) s.set(P.page, String(view.page));
  const text = s.toString();
  return text ? `?${text}` : '';
}

/** A change of tab, order, filter or search starts again at page 1. */
export const withChange = (view: QueueView, change: Partial<QueueView>): QueueView => ({ ...view, page: 1, ...change });

/** Sorting by a column: the other direction when it is already the order, else the column's natural one. */
export const sortedBy = (view: QueueView, sort: QueueSort): QueueView =>
  withChange(view, { sort, dir: view.sort === sort ? (view.dir === 'asc' ? 'desc' : 'asc') : DEFAULT_DIR[sort] });

export const hasFilters = (f: QueueFilters): boolean => Object.keys(filterInputOf(f)).length > 0;

/** The filters as the API takes them (`*.counts`): absent rather than empty. */
export function filterInputOf(f: QueueFilters) {
  return {
    ...(f.status.length > 0 ? { status: [...f.status] } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
    ...(f.systemId ? { systemId: f.systemId } : {}),
    ...(f.provinceCode ? { provinceCode: f.provinceCode } : {}),
    ...(f.submittedFrom ? { submittedFrom: f.submittedFrom } : {}),
    ...(f.submittedTo ? { submittedTo: f.submittedTo } : {}),
    ...(f.deadline ? { deadline: f.deadline } : {}),
    ...(f.q ? { q: f.q } : {}),
  };
}

/** The queue's input: one page of one tab, in the chosen order. */
export const queueInputOf = (view: QueueView) => ({ ...filterInputOf(view), tab: view.tab, page: view.page, pageSize: PAGE_SIZE, sort: view.sort, dir: view.dir });

import { describe, expect, it } from 'vitest';
import type { DossierStatus } from '@ketnoi/domain';
import { displayOfIsoDate, isCalendarDate, isoOfDisplayDate } from './display-date.ts';
import { rowActionOf } from './queue-row.ts';
import { DEFAULT_VIEW, filterInputOf, hasFilters, parseQueueView, queueSearchOf, type QueueViewConfig } from './queue-view.ts';

const STATUSES: readonly DossierStatus[] = ['NATIONAL_REVIEW', 'CONNECTED'];
const C06: QueueViewConfig = { statuses: STATUSES, byProvince: true };
const PC06: QueueViewConfig = { statuses: STATUSES, byProvince: false };

describe('the shared queue view', () => {
  it('reads the province only where the app filters by it', () => {
    expect(parseQueueView(new URLSearchParams('tinh=40'), C06).provinceCode).toBe('40');
    expect(parseQueueView(new URLSearchParams('tinh=40'), PC06)).toEqual(DEFAULT_VIEW);
    expect(parseQueueView(new URLSearchParams('tinh=4'), C06)).toEqual(DEFAULT_VIEW);
  });

  it("keeps only the app's statuses from a link", () => {
    expect(parseQueueView(new URLSearchParams('trang-thai=DRAFT,CONNECTED,CONNECTED'), C06).status).toEqual(['CONNECTED']);
  });

  it('counts the province as a filter and writes it back to the URL', () => {
    const view = { ...DEFAULT_VIEW, provinceCode: '01' };
    expect(hasFilters(view)).toBe(true);
    expect(filterInputOf(view)).toEqual({ provinceCode: '01' });
    expect(queueSearchOf(view)).toBe('?tinh=01');
    expect(hasFilters(DEFAULT_VIEW)).toBe(false);
  });
});

describe('dates typed in the filters', () => {
  it('takes real days only, written dd/MM/yyyy', () => {
    expect(isoOfDisplayDate('5/3/2026')).toBe('2026-03-05');
    expect(isoOfDisplayDate(' 29/02/2028 ')).toBe('2028-02-29');
    expect(isoOfDisplayDate('29/02/2026')).toBeNull();
    expect(isoOfDisplayDate('2026-03-05')).toBeNull();
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(displayOfIsoDate('2026-03-05')).toBe('05/03/2026');
    expect(displayOfIsoDate(null)).toBe('');
  });
});

describe('row actions', () => {
  it('offers claim, take-over or release only in the reviewer’s own stage', () => {
    expect(rowActionOf({ status: 'NATIONAL_REVIEW', holderUserId: null }, 'me', 'NATIONAL_REVIEW')).toBe('claim');
    expect(rowActionOf({ status: 'NATIONAL_REVIEW', holderUserId: 'me' }, 'me', 'NATIONAL_REVIEW')).toBe('release');
    expect(rowActionOf({ status: 'NATIONAL_REVIEW', holderUserId: 'other' }, 'me', 'NATIONAL_REVIEW')).toBe('takeOver');
    expect(rowActionOf({ status: 'NATIONAL_REVIEW', holderUserId: null }, 'me', 'PROVINCIAL_REVIEW')).toBeNull();
    expect(rowActionOf({ status: 'CONNECTED', holderUserId: null }, 'me', 'NATIONAL_REVIEW')).toBeNull();
  });
});

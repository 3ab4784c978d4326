import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseQueueView, queueInputOf, queueSearchOf, sortedBy, withChange, type QueueView } from './queue-view.ts';

const UNIT = '0b8a6c1e-0000-4000-8000-00000000000a';
const SYSTEM = '0b8a6c1e-0000-4000-8000-00000000000b';
const parse = (query: string) => parseQueueView(new URLSearchParams(query));

describe('the queue view in the URL', () => {
  it('is the default view at the bare address, and writes nothing for it', () => {
    expect(parse('')).toEqual(DEFAULT_VIEW);
    expect(queueSearchOf(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips every part of the view', () => {
    const view: QueueView = {
      tab: 'IN_REVIEW',
      page: 3,
      sort: 'submitted',
      dir: 'asc',
      status: ['PROVINCIAL_REVIEW', 'RETURNED'],
      unitId: UNIT,
      systemId: SYSTEM,
      submittedFrom: '2026-03-01',
      submittedTo: '2026-03-31',
      deadline: 'OVERDUE',
      q: 'duc',
    };
    const search = queueSearchOf(view);
    expect(search).toBe(`?nhom=dang-tham-dinh&xep=ngay-nop&chieu=tang&trang-thai=PROVINCIAL_REVIEW%2CRETURNED&don-vi=${UNIT}&he-thong=${SYSTEM}&tu-ngay=2026-03-01&den-ngay=2026-03-31&han=qua-han&tim=duc&trang=3`);
    expect(parse(search.slice(1))).toEqual(view);
  });

  it('keeps Vietnamese search text as typed', () => {
    const view = { ...DEFAULT_VIEW, q: 'Đức Nghệ An' };
    expect(parse(queueSearchOf(view).slice(1)).q).toBe('Đức Nghệ An');
  });

  it('ignores what it does not know: an edited or old link still opens', () => {
    expect(parse('nhom=khac&trang=-2&xep=x&chieu=len&trang-thai=DRAFT,XYZ&don-vi=123&tu-ngay=2026-02-30&den-ngay=31/03/2026&han=sap-het')).toEqual(DEFAULT_VIEW);
    expect(parse('trang=abc').page).toBe(1);
  });

  it('a column sorts in its natural order first, then the other way', () => {
    const byUpdated = sortedBy({ ...DEFAULT_VIEW, page: 4 }, 'updated');
    expect([byUpdated.sort, byUpdated.dir, byUpdated.page]).toEqual(['updated', 'desc', 1]);
    expect(sortedBy(byUpdated, 'updated').dir).toBe('asc');
    expect(sortedBy(byUpdated, 'code').dir).toBe('asc');
    expect(queueSearchOf(sortedBy(DEFAULT_VIEW, 'due'))).toBe('?chieu=giam');
  });

  it('a new tab, filter or search starts at page 1', () => {
    expect(withChange({ ...DEFAULT_VIEW, page: 5 }, { tab: 'ALL' }).page).toBe(1);
  });

  it('asks the API for one page of the tab, with only the filters set', () => {
    expect(queueInputOf({ ...DEFAULT_VIEW, q: 'duc', unitId: UNIT })).toEqual({ tab: 'TO_RECEIVE', page: 1, pageSize: 20, sort: 'due', dir: 'asc', q: 'duc', unitId: UNIT });
  });
});

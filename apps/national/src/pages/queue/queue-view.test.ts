import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, queueInputOf, queueSearchOf } from '@ketnoi/ui';
import { NATIONAL_STATUSES, parseQueueView } from './queue-view.ts';

const parse = (query: string) => parseQueueView(new URLSearchParams(query));

describe('the C06 queue view in the URL', () => {
  it('is the default view at the bare address', () => {
    expect(parse('')).toEqual(DEFAULT_VIEW);
  });

  it('keeps the province (C06 sees every province) and asks the API with it', () => {
    const view = parse('nhom=da-co-quyet-dinh&tinh=40&han=qua-han');
    expect(view).toMatchObject({ tab: 'DECIDED', provinceCode: '40', deadline: 'OVERDUE' });
    expect(queueSearchOf(view)).toBe('?nhom=da-co-quyet-dinh&tinh=40&han=qua-han');
    expect(queueInputOf(view)).toEqual({ tab: 'DECIDED', provinceCode: '40', deadline: 'OVERDUE', page: 1, pageSize: 20, sort: 'due', dir: 'asc' });
    expect(parse('tinh=H01').provinceCode).toBe('H01');
  });

  it('ignores a province code that is not one, and a draft status (a draft never reaches C06)', () => {
    expect(parse('tinh=nghe-an').provinceCode).toBeUndefined();
    expect(parse('tinh=401').provinceCode).toBeUndefined();
    expect(parse('trang-thai=DRAFT,CONNECTED').status).toEqual(['CONNECTED']);
    expect(NATIONAL_STATUSES).not.toContain('DRAFT');
    expect(NATIONAL_STATUSES).toContain('SUSPENDED');
  });
});

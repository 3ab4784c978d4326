import { foldForSearch, searchWords } from '@ketnoi/domain';
import { offsetOf } from '../routers/pagination.ts';

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/**
 * One page of an administrative directory (units, users): rows whose text holds every word typed,
 * diacritics and case aside ("ha noi" finds "Hà Nội"). Directories hold hundreds to a few thousand
 * rows, so they are filtered here rather than in SQL, where Vietnamese folding has no index.
 */
export function searchPage<T>(rows: readonly T[], textOf: (row: T) => string, input: { search?: string | undefined; page: number; pageSize: number }): Page<T> {
  const words = searchWords(input.search ?? '');
  const kept = words.length === 0 ? rows : rows.filter((row) => {
    const text = foldForSearch(textOf(row));
    return words.every((w) => text.includes(w));
  });
  const from = offsetOf(input);
  return { items: kept.slice(from, from + input.pageSize), total: kept.length, page: input.page, pageSize: input.pageSize };
}

import { foldForSearch, searchWords, type AccountRow } from '@ketnoi/domain';

/**
 * Which rows of an account list a search keeps: a person's name by its words, diacritics and case
 * ignored (`huong` finds `Hường`); a username containing what was typed; or, when exactly 3 or 4
 * digits are typed, the ID numbers ending with them — what a masked number (`079******345`) lets a
 * reviewer read back from paper. Longer digit strings never match ID numbers, so the search cannot
 * be used to test whether a full ID number is on a list. Null when nothing searchable was typed.
 */
export type SearchedAccount = Pick<AccountRow, 'fullName' | 'username' | 'personalId'>;

export function accountMatcher(query: string): ((row: SearchedAccount) => boolean) | null {
  const words = searchWords(query);
  if (words.length === 0) return null;
  const typed = query.trim();
  const idSuffix = /^\d{3,4}$/.test(typed) ? typed : null;
  const compact = words.join('');
  return (row) => {
    if (idSuffix !== null && row.personalId.endsWith(idSuffix)) return true;
    if (row.username.toLowerCase().includes(compact)) return true;
    const name = foldForSearch(row.fullName);
    return words.every((w) => name.includes(w));
  };
}

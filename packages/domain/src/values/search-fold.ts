/**
 * Text folded for search, so that what users type without diacritics finds what is written with
 * them (`duc` finds `Đức`, `dien bien` finds `Điện Biên`): lower case, canonical decomposition
 * (NFD), every combining mark removed, `đ` (a letter of its own, which NFD does not decompose) read
 * as `d`, runs of white space as one space, trimmed.
 *
 * The same function folds what is stored (dossiers.search_text) and what is typed, so the two always
 * agree. Folding a concatenation is the concatenation of the folds (marks are removed, never
 * reordered across the join), which lets a writer fold the parts of a text separately.
 */
export const foldForSearch = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The words of a search, folded; empty when nothing searchable was typed. At most `max` words.
 * Control characters and lone surrogates separate words (nobody types them; PostgreSQL refuses NUL).
 */
export const searchWords = (query: string, max = 8): string[] => {
  const folded = foldForSearch(query.replace(/[\p{Cc}\p{Cs}]/gu, ' '));
  return folded === '' ? [] : [...new Set(folded.split(' '))].slice(0, max);
};

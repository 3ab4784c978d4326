/**
 * NFC normalisation with a fast path. Every character in U+0000–U+02FF and in Latin Extended
 * Additional (U+1E00–U+1EFF, where precomposed Vietnamese lives) is already in NFC form, so
 * text made only of those is returned as is; anything else (combining tone marks from macOS or
 * Windows-1258, other scripts) goes through String.prototype.normalize. Saves most of the cost
 * on 100,000-row lists.
 */
const MAY_CHANGE = /[^\u0000-\u02ff\u1e00-\u1eff]/;

export const toNfc = (text: string): string => (MAY_CHANGE.test(text) ? text.normalize('NFC') : text);

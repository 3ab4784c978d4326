/**
 * Spreadsheet rows written compactly for a reader: [3, 5, 6, 7, 9] → "3, 5–7, 9" (the first person
 * is row 2 of the template, domain.md §5).
 */
export function formatRowList(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    ranges.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return ranges.join(', ');
}

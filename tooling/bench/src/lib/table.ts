export type Align = 'left' | 'right';

export interface Column {
  readonly title: string;
  readonly align?: Align;
}

/** A plain-text table with a header rule, wide enough for its longest cell (code points, not bytes). */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const width = (s: string) => [...s].length;
  const widths = columns.map((c, i) => Math.max(width(c.title), ...rows.map((r) => width(r[i] ?? ''))));
  const pad = (s: string, i: number) => {
    const gap = ' '.repeat(widths[i]! - width(s));
    return columns[i]!.align === 'right' ? gap + s : s + gap;
  };
  const line = (cells: readonly string[]) => columns.map((_, i) => pad(cells[i] ?? '', i)).join('  ').trimEnd();
  return [line(columns.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Numbers as the tables print them: thousands separated, fixed decimals. */
export function formatNumber(value: number, decimals = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

import type { Granularity } from './dashboard-view.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);
const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The period that holds a day, as the API counts them: weeks from Monday, calendar months. */
export function periodOfDay(iso: string, granularity: Granularity): { from: string; to: string } {
  const d = at(iso);
  if (granularity === 'week') {
    const from = new Date(d);
    from.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    const to = new Date(from);
    to.setUTCDate(from.getUTCDate() + 6);
    return { from: day(from), to: day(to) };
  }
  const from = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const to = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
  return { from: day(from), to: day(to) };
}

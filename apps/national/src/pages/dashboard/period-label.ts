import { formatDate } from '@ketnoi/ui';
import type { Translate } from '@ketnoi/ui';
import type { AppMessageKey } from '../../messages.ts';
import type { Granularity } from './dashboard-view.ts';

/** A period as people name it: "Tháng 11/2026", or "Tuần 23/11–29/11/2026" (from Monday). */
export function periodLabel(t: Translate<AppMessageKey>, granularity: Granularity, from: string, to: string): string {
  if (granularity === 'month') return t('dashboard.period.month', { month: from.slice(5, 7), year: from.slice(0, 4) });
  return t('dashboard.period.week', { from: formatDate(from).slice(0, 5), to: formatDate(to) });
}

import type { Translate } from '@ketnoi/ui';
import type { AppMessageKey } from '../../messages.ts';
import type { DashboardFilter, Overview } from './dashboard-view.ts';
import { periodOfDay } from './period-of-day.ts';
import { periodLabel } from './period-label.ts';

/**
 * What a figure counts, in words, from its filter: "trạng thái “C06 đang thẩm định”, tỉnh, thành
 * phố Nghệ An". Names come from the overview (provinces, central bodies).
 */
export function filterText(t: Translate<AppMessageKey>, filter: DashboardFilter, overview: Overview | undefined): string {
  const parts: string[] = [];
  if (filter.stage) parts.push(t('dashboard.what.stage', { stage: t(`status.${filter.stage}`) }));
  if (filter.overdue) parts.push(t('dashboard.what.overdue'));
  if (filter.ageBucket) parts.push(filter.ageBucket === '>10' ? t('dashboard.what.ageOver') : t('dashboard.what.age', { bucket: filter.ageBucket.replace('-', '–') }));
  if (filter.period) {
    const { from, to } = periodOfDay(filter.period.start, filter.period.granularity);
    parts.push(t(`dashboard.what.event.${filter.period.event}`, { period: periodLabel(t, filter.period.granularity, from, to) }));
    if (filter.period.stageKind) parts.push(t(`dashboard.what.kind.${filter.period.stageKind}`));
  }
  if (filter.provinceCode) {
    const name = overview?.byProvince.find((p) => p.provinceCode === filter.provinceCode)?.provinceName ?? filter.provinceCode;
    parts.push(t('dashboard.what.province', { name }));
  }
  if (filter.centralBodyId) {
    const name = overview?.byCentralBody.find((b) => b.centralBodyId === filter.centralBodyId)?.name ?? filter.centralBodyId;
    parts.push(t('dashboard.what.body', { name }));
  }
  return parts.length > 0 ? parts.join(', ') : t('dashboard.what.all');
}

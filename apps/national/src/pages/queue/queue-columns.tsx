import type { QueueColumn, Translate } from '@ketnoi/ui';
import type { AppMessageKey } from '../../messages.ts';
import type { ReviewerQueueRow as QueueRow } from '@ketnoi/review';

/**
 * C06's own columns after "unit, system": the province whose PC06 forwarded the dossier (central
 * dossiers come straight from a ministry) and PC06's recommendation when it forwarded it.
 */
export function nationalColumns(t: Translate<AppMessageKey>): readonly QueueColumn<QueueRow>[] {
  return [
    {
      key: 'province',
      header: t('queue.col.province'),
      className: 'c06-col-province',
      cell: (row) => (row.route === 'PROVINCIAL' && row.provinceName ? <span lang="vi">{row.provinceName}</span> : <span className="kn-muted">{t('queue.central')}</span>),
    },
    {
      key: 'opinion',
      header: t('queue.col.opinion'),
      className: 'c06-col-opinion',
      cell: (row) => (row.lastRecommendation ? t(`review.forward.recommendation.${row.lastRecommendation}`) : <span className="kn-muted">{row.route === 'PROVINCIAL' ? t('queue.opinion.none') : t('queue.opinion.central')}</span>),
    },
  ];
}

import { Fragment } from 'react';
import type { Opinion } from '@ketnoi/domain';
import { REVIEW_PARTS } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { SECTION_IDS } from './dossier-view.ts';

/** PC06's opinion when it forwarded the dossier: its result per part, its recommendation and its note. */
export function OpinionView({ opinion }: { readonly opinion: Opinion }) {
  const { t } = useT();
  return (
    <section aria-labelledby={SECTION_IDS.opinion} className="kn-card c06-section">
      <h2 id={SECTION_IDS.opinion}>{t('dossier.opinion.title')}</h2>
      <dl className="kn-facts">
        <dt>{t('review.detail.recommendation')}</dt>
        <dd>
          <strong>{t(`review.forward.recommendation.${opinion.recommendation}`)}</strong>
        </dd>
        {REVIEW_PARTS.map((part) => (
          <Fragment key={part}>
            <dt>{t(`review.part.${part}`)}</dt>
            <dd>{opinion.checklist[part] ? t(`review.checklist.${opinion.checklist[part]}`) : t('review.checklist.notYet')}</dd>
          </Fragment>
        ))}
        <dt>{t('review.detail.note')}</dt>
        <dd lang="vi">{opinion.note || '—'}</dd>
      </dl>
    </section>
  );
}

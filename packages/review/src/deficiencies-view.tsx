import type { Deficiency } from '@ketnoi/domain';
import { useReviewT } from './use-review-t.ts';

/** The deficiencies of the last return under the app's heading (what the unit was asked to complete); nothing when there are none. */
export function DeficienciesView({ deficiencies, title }: { readonly deficiencies: readonly Deficiency[]; readonly title: string }) {
  const { t } = useReviewT();
  if (deficiencies.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="kn-checklist">
        {deficiencies.map((d, i) => (
          <li key={i}>
            <strong>{t(`review.part.${d.part}`)}</strong>
            {d.rows ? ` (${t('review.detail.rows', { rows: d.rows.join(', ') })})` : ''}: <span lang="vi">{d.reason}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

import type { Deficiency } from '@ketnoi/domain';
import { useT } from '../../use-t.ts';

/** The deficiencies of the last return: what the unit was asked to complete (kept after its answer, to check it). */
export function DeficienciesView({ deficiencies }: { readonly deficiencies: readonly Deficiency[] }) {
  const { t } = useT();
  if (deficiencies.length === 0) return null;
  return (
    <>
      <h3>{t('dossier.deficiencies.last')}</h3>
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

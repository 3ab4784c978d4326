import { useId } from 'react';
import type { DossierPart } from '@ketnoi/domain';
import { useI18n } from '../i18n/i18n.tsx';
import type { ChecklistResult } from './review-parts.ts';

/** What a reviewer noted about one part: the points ticked (1–3) and the result, if chosen. */
export interface PartReview {
  readonly checked: readonly number[];
  readonly result: ChecklistResult | null;
}

export const EMPTY_PART_REVIEW: PartReview = { checked: [], result: null };

/** The points a reviewer looks at in each part (texts `review.checklist.<PART>.<n>`). */
export const CHECKLIST_POINTS = [1, 2, 3] as const;

export interface PartChecklistProps {
  readonly part: DossierPart;
  readonly value: PartReview;
  readonly onChange: (next: PartReview) => void;
  readonly disabled?: boolean;
}

/**
 * A part's review checklist: the points to look at (ticks kept for the reviewer's own use) and the
 * result, "Đạt" or "Chưa đạt", which goes into the opinion forwarded to C06.
 */
export function PartChecklist({ part, value, onChange, disabled }: PartChecklistProps) {
  const { t } = useI18n();
  const id = `check-${part}-${useId().replaceAll(':', '')}`;
  const toggle = (point: number, on: boolean) =>
    onChange({ ...value, checked: on ? [...value.checked.filter((p) => p !== point), point].sort() : value.checked.filter((p) => p !== point) });
  return (
    <fieldset className="kn-review-checklist" disabled={disabled}>
      <legend>{t('review.checklist.legend', { part: t(`review.part.${part}`) })}</legend>
      <ul className="kn-choices">
        {CHECKLIST_POINTS.map((point) => (
          <li key={point}>
            <input id={`${id}-${point}`} type="checkbox" checked={value.checked.includes(point)} onChange={(e) => toggle(point, e.target.checked)} />
            <label htmlFor={`${id}-${point}`}>{t(`review.checklist.${part}.${point}`)}</label>
          </li>
        ))}
      </ul>
      <fieldset className="kn-choices kn-choices--inline">
        <legend>{t('review.checklist.result')}</legend>
        {(['OK', 'NOT_OK'] as const).map((result) => (
          <span key={result}>
            <input id={`${id}-${result}`} type="radio" name={`${id}-result`} value={result} checked={value.result === result} onChange={() => onChange({ ...value, result })} />
            <label htmlFor={`${id}-${result}`}>{t(`review.checklist.${result}`)}</label>
          </span>
        ))}
      </fieldset>
    </fieldset>
  );
}

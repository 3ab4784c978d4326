import { useId, useState, type FormEvent } from 'react';
import type { DossierPart, Opinion } from '@ketnoi/domain';
import { ErrorSummary, type FieldError } from '../error-summary.tsx';
import { TextAreaField } from '../form-field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { RECOMMENDATION_CHOICES, REVIEW_PARTS, type ChecklistResult, type Recommendation } from './review-parts.ts';

export interface ForwardOpinionFormProps {
  /** The result per part, shared with the parts' checklists on the same page. */
  readonly checklist: Partial<Record<DossierPart, ChecklistResult>>;
  readonly onChecklistChange: (part: DossierPart, result: ChecklistResult) => void;
  readonly onSubmit: (opinion: Opinion) => void;
  readonly submitting?: boolean;
}

const NOTE_MAX = 2000;

/**
 * PC06's opinion forwarded to C06 (domain.md §4): the result of each part's check, a recommendation
 * and a note. Every part needs a result and a recommendation must be chosen; all errors show at once.
 */
export function ForwardOpinionForm({ checklist, onChecklistChange, onSubmit, submitting }: ForwardOpinionFormProps) {
  const { t } = useI18n();
  const base = `fwd-${useId().replaceAll(':', '')}`;
  const [recommendation, setRecommendation] = useState<Recommendation | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message ?? null;
  const firstOf = (part: DossierPart) => `${base}-${part}-OK`;
  const recommendationId = `${base}-rec-${RECOMMENDATION_CHOICES[0]}`;
  const noteId = `${base}-note`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    for (const part of REVIEW_PARTS) {
      if (!checklist[part]) found.push({ fieldId: firstOf(part), message: t('review.forward.partRequired', { part: t(`review.part.${part}`) }) });
    }
    if (!recommendation) found.push({ fieldId: recommendationId, message: t('review.forward.recommendationRequired') });
    if (note.trim().length > NOTE_MAX) found.push({ fieldId: noteId, message: t('review.forward.noteTooLong') });
    setErrors(found);
    if (found.length > 0 || !recommendation) return;
    const results = Object.fromEntries(REVIEW_PARTS.map((p) => [p, checklist[p]!])) as Record<DossierPart, ChecklistResult>;
    onSubmit({ checklist: results, recommendation, note: note.trim() });
  };

  const groupError = (fieldId: string) => {
    const message = errorOf(fieldId);
    return message ? (
      <p className="kn-field__error" id={`${fieldId}-error`}>
        {message}
      </p>
    ) : null;
  };

  return (
    <form className="kn-form kn-forward" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} />
      <fieldset className="kn-choices-group">
        <legend>{t('review.forward.checklist')}</legend>
        {REVIEW_PARTS.map((part) => (
          <fieldset key={part} className={errorOf(firstOf(part)) ? 'kn-choices kn-choices--inline kn-field--invalid' : 'kn-choices kn-choices--inline'} aria-describedby={errorOf(firstOf(part)) ? `${firstOf(part)}-error` : undefined}>
            <legend>{t('review.forward.partResult', { part: t(`review.part.${part}`) })}</legend>
            {groupError(firstOf(part))}
            {(['OK', 'NOT_OK'] as const).map((result) => (
              <span key={result}>
                <input id={`${base}-${part}-${result}`} type="radio" name={`${base}-${part}`} value={result} checked={checklist[part] === result} onChange={() => onChecklistChange(part, result)} />
                <label htmlFor={`${base}-${part}-${result}`}>{t(`review.checklist.${result}`)}</label>
              </span>
            ))}
          </fieldset>
        ))}
      </fieldset>
      <fieldset className={errorOf(recommendationId) ? 'kn-choices kn-field--invalid' : 'kn-choices'} aria-describedby={errorOf(recommendationId) ? `${recommendationId}-error` : undefined}>
        <legend>{t('review.forward.recommendation')}</legend>
        {groupError(recommendationId)}
        {RECOMMENDATION_CHOICES.map((r) => (
          <div key={r}>
            <input id={`${base}-rec-${r}`} type="radio" name={`${base}-rec`} value={r} checked={recommendation === r} onChange={() => setRecommendation(r)} />
            <label htmlFor={`${base}-rec-${r}`}>{t(`review.forward.recommendation.${r}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField id={noteId} label={t('review.forward.note')} hint={t('review.forward.noteHint')} error={errorOf(noteId)} value={note} maxLength={NOTE_MAX} onChange={(e) => setNote(e.target.value)} />
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={submitting}>
          {submitting ? t('review.forward.submitting') : t('review.forward.submit')}
        </button>
      </div>
    </form>
  );
}

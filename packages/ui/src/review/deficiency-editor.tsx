import { useId, useState, type FormEvent } from 'react';
import type { Deficiency, DossierPart } from '@ketnoi/domain';
import { ErrorSummary, type FieldError } from '../error-summary.tsx';
import { TextAreaField, TextField, SelectField } from '../form-field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { REVIEW_PARTS } from './review-parts.ts';

/** One deficiency as typed: the part, the rows as text ("3, 5-7"), the reason. */
export interface DeficiencyDraft {
  readonly part: DossierPart;
  readonly rows: string;
  readonly reason: string;
}

const MAX_RANGE = 10_000;
const FIRST_ROW = 2;

/**
 * Row numbers as a reviewer types them: `3, 5-7; 9` → [3, 5, 6, 7, 9] (sorted, without repeats);
 * blank → []; anything else, or a row before the first person (row 2), → null.
 */
export function parseRows(text: string): number[] | null {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const rows = new Set<number>();
  for (const piece of trimmed.split(/[,;]/)) {
    const m = /^\s*(\d{1,7})\s*(?:[-–]\s*(\d{1,7})\s*)?$/.exec(piece);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < FIRST_ROW || to < from || to - from > MAX_RANGE) return null;
    for (let r = from; r <= to; r++) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}

export interface DeficiencyEditorProps {
  /** Called with the checked deficiencies (the domain's shape: rows only for the account list). */
  readonly onSubmit: (deficiencies: Deficiency[]) => void;
  readonly submitting?: boolean;
  /** The first item's part when the editor opens. */
  readonly initialPart?: DossierPart;
}

/**
 * The deficiencies of a return (domain.md §4): each names a part and a reason; an item of the account
 * list may name its rows. All errors are listed at once above the form and next to their fields.
 */
export function DeficiencyEditor({ onSubmit, submitting, initialPart = 'ORG_COMMITMENT' }: DeficiencyEditorProps) {
  const { t } = useI18n();
  const base = `def-${useId().replaceAll(':', '')}`;
  const [items, setItems] = useState<{ key: number; draft: DeficiencyDraft }[]>([{ key: 1, draft: { part: initialPart, rows: '', reason: '' } }]);
  const [nextKey, setNextKey] = useState(2);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const ids = (key: number) => ({ part: `${base}-part-${key}`, rows: `${base}-rows-${key}`, reason: `${base}-reason-${key}` });
  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message ?? null;

  const update = (key: number, patch: Partial<DeficiencyDraft>) => setItems((all) => all.map((i) => (i.key === key ? { key, draft: { ...i.draft, ...patch } } : i)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    const result: Deficiency[] = [];
    items.forEach(({ key, draft }, index) => {
      const n = index + 1;
      const reason = draft.reason.trim();
      if (reason === '') found.push({ fieldId: ids(key).reason, message: t('review.deficiency.reasonRequired', { n }) });
      else if (reason.length > 1000) found.push({ fieldId: ids(key).reason, message: t('review.deficiency.reasonTooLong', { n }) });
      // The rows field exists only for the account list: rows typed before changing the part are not sent.
      const rows = draft.part === 'ACCOUNT_LIST' ? parseRows(draft.rows) : [];
      if (rows === null) found.push({ fieldId: ids(key).rows, message: t('review.deficiency.rowsInvalid', { n }) });
      result.push(rows && rows.length > 0 ? { part: draft.part, rows, reason } : { part: draft.part, reason });
    });
    setErrors(found);
    if (found.length === 0) onSubmit(result);
  };

  return (
    <form className="kn-form kn-deficiencies" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} />
      <p>{t('review.deficiency.intro')}</p>
      {items.map(({ key, draft }, index) => {
        const n = index + 1;
        const id = ids(key);
        return (
          <fieldset key={key} className="kn-card kn-deficiency">
            <legend>{t('review.deficiency.item', { n })}</legend>
            <SelectField id={id.part} label={t('review.deficiency.partOf', { n })} value={draft.part} onChange={(e) => update(key, { part: e.target.value as DossierPart })}>
              {REVIEW_PARTS.map((p) => (
                <option key={p} value={p}>
                  {t(`review.part.${p}`)}
                </option>
              ))}
            </SelectField>
            {draft.part === 'ACCOUNT_LIST' ? (
              <TextField
                id={id.rows}
                label={t('review.deficiency.rows', { n })}
                hint={t('review.deficiency.rowsHint')}
                error={errorOf(id.rows)}
                value={draft.rows}
                inputMode="numeric"
                autoComplete="off"
                onChange={(e) => update(key, { rows: e.target.value })}
              />
            ) : null}
            <TextAreaField id={id.reason} label={t('review.deficiency.reason', { n })} required error={errorOf(id.reason)} value={draft.reason} maxLength={1000} onChange={(e) => update(key, { reason: e.target.value })} />
            {items.length > 1 ? (
              <button type="button" className="kn-button kn-button--secondary" onClick={() => setItems((all) => all.filter((i) => i.key !== key))}>
                {t('review.deficiency.remove', { n })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <div className="kn-actions">
        <button
          type="button"
          className="kn-button kn-button--secondary"
          onClick={() => {
            setItems((all) => [...all, { key: nextKey, draft: { part: 'ORG_COMMITMENT', rows: '', reason: '' } }]);
            setNextKey((k) => k + 1);
          }}
        >
          {t('review.deficiency.add')}
        </button>
        <button type="submit" className="kn-button" disabled={submitting}>
          {submitting ? t('review.deficiency.submitting') : t('review.deficiency.submit')}
        </button>
      </div>
    </form>
  );
}

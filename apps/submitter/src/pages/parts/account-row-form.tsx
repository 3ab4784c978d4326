import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ACCOUNT_LIST_COLUMNS, type AccountListColumn } from '@ketnoi/domain';
import { Alert, ErrorSummary, SelectField, TextField, type FieldError } from '@ketnoi/ui';
import type { ApiRefusal } from '@ketnoi/client';
import { useT } from '../../use-t.ts';
import { CheckboxField } from './checkbox-field.tsx';

export type AccountCells = Record<AccountListColumn, string>;

/** The columns a person fills in (the list's `STT` is the row itself). */
const EDITABLE: readonly AccountListColumn[] = ACCOUNT_LIST_COLUMNS.map((c) => c.key).filter((k) => k !== 'index');
const SERVICE_SEPARATOR = /[,;]/;

export const emptyCells = (): AccountCells => Object.fromEntries(ACCOUNT_LIST_COLUMNS.map((c) => [c.key, ''])) as AccountCells;
export const fieldIdOf = (column: AccountListColumn) => `account-${column}`;

export interface AccountRowFormProps {
  /** null: a new row at the end of the list. */
  readonly rowNumber: number | null;
  readonly initial: AccountCells;
  /** The services registered in part 3, the only ones a person may use. */
  readonly services: readonly { readonly code: string; readonly name: string }[];
  /** Resolves when stored; rejects with the API's refusal (its issues name rows and columns). */
  readonly onSave: (cells: AccountCells) => Promise<void>;
  readonly onCancel: () => void;
}

/**
 * One person of the account list. The full ID number is shown here only, while editing; the
 * server checks the row against the whole list (duplicates) and answers with the domain's words.
 */
export function AccountRowForm({ rowNumber, initial, services, onSave, onCancel }: AccountRowFormProps) {
  const { t } = useT();
  const [cells, setCells] = useState<AccountCells>(initial);
  const [refusal, setRefusal] = useState<ApiRefusal | null>(null);
  const [saving, setSaving] = useState(false);
  // Opening the editor moves focus to it, so keyboard and screen-reader users land on the form.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const set = (column: AccountListColumn, value: string) => setCells((c) => ({ ...c, [column]: value }));
  const chosen = new Set(cells.services.split(SERVICE_SEPARATOR).map((s) => s.trim()).filter(Boolean));

  // The server's issues carry ['ACCOUNT_LIST', 'rows', row, column]; ours are those of this row.
  const issues = refusal?.issues ?? [];
  const fieldErrors: FieldError[] = [];
  const others: string[] = [];
  for (const issue of issues) {
    const column = issue.path?.[3];
    if (typeof column === 'string' && EDITABLE.includes(column as AccountListColumn) && (rowNumber === null ? isNewRowIssue(issue.path, issues) : issue.path?.[2] === rowNumber)) {
      fieldErrors.push({ fieldId: fieldIdOf(column as AccountListColumn), message: issue.message });
    } else {
      others.push(typeof issue.path?.[2] === 'number' ? `${t('accounts.import.row')} ${issue.path[2]}: ${issue.message}` : issue.message);
    }
  }
  const errorOf = (column: AccountListColumn) => fieldErrors.find((e) => e.fieldId === fieldIdOf(column))?.message ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setRefusal(null);
    try {
      await onSave(cells);
    } catch (error) {
      setRefusal(error as ApiRefusal);
    } finally {
      setSaving(false);
    }
  };

  const text = (column: Exclude<AccountListColumn, 'index'>, extra: { hint?: string; autoComplete?: string; inputMode?: 'numeric' | 'tel' | 'email' } = {}) => (
    <TextField
      id={fieldIdOf(column)}
      label={t(`accounts.column.${column}`)}
      required
      value={cells[column]}
      onChange={(e) => set(column, e.target.value)}
      error={errorOf(column)}
      hint={extra.hint}
      autoComplete={extra.autoComplete ?? 'off'}
      inputMode={extra.inputMode}
    />
  );

  return (
    <form className="kn-form kn-card" onSubmit={submit} noValidate aria-labelledby="account-form-title">
      <h2 id="account-form-title" ref={title} tabIndex={-1}>{rowNumber === null ? t('accounts.form.addTitle') : t('accounts.form.editTitle', { row: rowNumber })}</h2>
      <ErrorSummary errors={fieldErrors} />
      {others.length > 0 ? (
        <Alert>
          {fieldErrors.length > 0 || rowNumber !== null ? t('accounts.form.otherRows') : refusal?.message}
          <ul>
            {others.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Alert>
      ) : refusal && fieldErrors.length === 0 ? (
        <Alert>{refusal.message}</Alert>
      ) : null}
      {text('fullName', { autoComplete: 'off' })}
      {text('personalId', { hint: t('accounts.form.personalIdHint'), inputMode: 'numeric' })}
      {text('dateOfBirth', { hint: t('accounts.form.dateHint') })}
      <SelectField id={fieldIdOf('sex')} label={t('accounts.column.sex')} required value={cells.sex} onChange={(e) => set('sex', e.target.value)} error={errorOf('sex')}>
        <option value="">{t('accounts.sex.choose')}</option>
        <option value="Nam">{t('accounts.sex.MALE')}</option>
        <option value="Nữ">{t('accounts.sex.FEMALE')}</option>
      </SelectField>
      {text('position')}
      {text('workUnit')}
      {text('phone', { hint: t('accounts.form.phoneHint'), inputMode: 'tel' })}
      {text('email', { inputMode: 'email' })}
      {text('username')}
      <fieldset className="kn-field" id={fieldIdOf('services')} tabIndex={-1} aria-describedby={errorOf('services') ? `${fieldIdOf('services')}-error` : undefined}>
        <legend className="kn-field__label">{t('accounts.form.servicesLegend')}</legend>
        {services.length === 0 ? <p>{t('accounts.form.noServices')}</p> : null}
        {services.map((s) => (
          <CheckboxField
            key={s.code}
            id={`${fieldIdOf('services')}-${s.code}`}
            label={
              <>
                {s.name} <span className="kn-code">({s.code})</span>
              </>
            }
            checked={chosen.has(s.code)}
            onChange={(checked) => {
              const next = new Set(chosen);
              if (checked) next.add(s.code);
              else next.delete(s.code);
              set('services', services.map((x) => x.code).filter((c) => next.has(c)).join(';'));
            }}
          />
        ))}
        {errorOf('services') ? (
          <p className="kn-field__error" id={`${fieldIdOf('services')}-error`}>
            {errorOf('services')}
          </p>
        ) : null}
      </fieldset>
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={saving}>
          {saving ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="kn-button kn-button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A new row's issues are those of the highest row number mentioned (the new row goes last). */
function isNewRowIssue(path: readonly (string | number)[] | undefined, issues: readonly { path?: readonly (string | number)[] }[]): boolean {
  const rows = issues.map((i) => i.path?.[2]).filter((r): r is number => typeof r === 'number');
  return typeof path?.[2] === 'number' && path[2] === Math.max(...rows);
}

import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useI18n } from './i18n/i18n.tsx';

interface FieldFrameProps {
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | null;
  readonly required?: boolean;
}

/** Ids of the hint and error that describe a control (WCAG 1.3.1, 3.3.1: the error is read with the field). */
function useFieldIds(id: string | undefined, hint: ReactNode, error: string | null | undefined) {
  const generated = useId();
  const controlId = id ?? `f${generated.replaceAll(':', '')}`;
  const hintId = hint ? `${controlId}-hint` : null;
  const errorId = error ? `${controlId}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { controlId, hintId, errorId, describedBy };
}

function Frame({ controlId, hintId, errorId, label, hint, error, required, children }: FieldFrameProps & { controlId: string; hintId: string | null; errorId: string | null; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={error ? 'kn-field kn-field--invalid' : 'kn-field'}>
      <label className="kn-field__label" htmlFor={controlId}>
        {label}
        {required ? <span className="kn-field__required"> {t('form.required')}</span> : null}
      </label>
      {hint ? (
        <p className="kn-field__hint" id={hintId ?? undefined}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="kn-field__error" id={errorId ?? undefined}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export type TextFieldProps = FieldFrameProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'children'>;

export function TextField({ label, hint, error, required, id, className, ...input }: TextFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <Frame {...ids} label={label} hint={hint} error={error} required={required}>
      <input {...input} id={ids.controlId} className={className ?? 'kn-input'} required={required} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} />
    </Frame>
  );
}

export type TextAreaFieldProps = FieldFrameProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'>;

export function TextAreaField({ label, hint, error, required, id, className, ...area }: TextAreaFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <Frame {...ids} label={label} hint={hint} error={error} required={required}>
      <textarea {...area} id={ids.controlId} className={className ?? 'kn-input kn-input--area'} required={required} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} />
    </Frame>
  );
}

export type SelectFieldProps = FieldFrameProps & SelectHTMLAttributes<HTMLSelectElement>;

export function SelectField({ label, hint, error, required, id, className, children, ...select }: SelectFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <Frame {...ids} label={label} hint={hint} error={error} required={required}>
      <select {...select} id={ids.controlId} className={className ?? 'kn-input'} required={required} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy}>
        {children}
      </select>
    </Frame>
  );
}

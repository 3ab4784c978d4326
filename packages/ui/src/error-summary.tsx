import { useEffect, useId, useRef } from 'react';
import { useI18n } from './i18n/i18n.tsx';

export interface FieldError {
  /** The id of the control in error (the summary links to it). */
  readonly fieldId: string;
  readonly message: string;
}

/**
 * All errors of a form at once, above it, focused when it appears so keyboard and screen-reader users
 * land on it; each entry moves focus to its field (WCAG 3.3.1, GOV.UK error summary pattern).
 */
export function ErrorSummary({ errors, title }: { readonly errors: readonly FieldError[]; readonly title?: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  // Unique per summary: a page may hold two forms (return, forward) with their errors at once.
  const headingId = `kn-error-summary-title-${useId().replaceAll(':', '')}`;
  const signature = errors.map((e) => `${e.fieldId}:${e.message}`).join('|');
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refocus only when the set of errors changes
  }, [signature]);
  if (errors.length === 0) return null;
  return (
    <div className="kn-error-summary" role="alert" aria-labelledby={headingId} tabIndex={-1} ref={ref}>
      <h2 id={headingId} className="kn-error-summary__title">
        {title ?? t('errorSummary.title', { n: errors.length })}
      </h2>
      <ul>
        {errors.map((e) => (
          <li key={`${e.fieldId}:${e.message}`}>
            <a
              href={`#${e.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(e.fieldId)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

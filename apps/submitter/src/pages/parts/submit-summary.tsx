import { useState } from 'react';
import { ErrorSummary, type FieldError } from '@ketnoi/ui';

/**
 * The error summary of a form as it stood at the last failed save. Taken at submit time, not from
 * the live field errors: a message shown when a field is left must not move the focus to the summary,
 * and fixing a field while the summary is shown must not either. Each failed save remounts it, so
 * it takes the focus again even when the errors are the same (WCAG 3.3.1).
 */
export function useSubmitSummary() {
  const [state, setState] = useState<{ readonly attempt: number; readonly errors: readonly FieldError[] }>({ attempt: 0, errors: [] });
  return {
    summary: <ErrorSummary key={state.attempt} errors={state.errors} />,
    /** After a save: the errors in page order (`order` lists the field ids), or none. */
    show: (errors: Readonly<Record<string, string | undefined>>, order: readonly string[]) =>
      setState((s) => ({ attempt: s.attempt + 1, errors: order.flatMap((id) => (errors[id] ? [{ fieldId: id, message: errors[id] }] : [])) })),
  };
}

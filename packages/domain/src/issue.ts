/**
 * A finding of a domain check: a stable machine code, a Vietnamese message for people,
 * and where it is. Errors block; warnings are shown to people but do not block.
 * Expected business failures are returned as Issues; broken invariants throw.
 */
export type Severity = 'error' | 'warning';

export interface Issue {
  /** Stable, SCREAMING_SNAKE code, e.g. `PERSONAL_ID_LENGTH`. Never renamed once published. */
  readonly code: string;
  /** Vietnamese, full diacritics, says what is wrong and how to fix it. Never contains the offending personal data. */
  readonly message: string;
  readonly severity: Severity;
  /** Where: e.g. ['accountList', 3, 'personalId'] or ['orgCommitment', 'document']. */
  readonly path?: readonly (string | number)[];
}

export type Result<T> = { readonly ok: true; readonly value: T; readonly warnings: readonly Issue[] } | { readonly ok: false; readonly issues: readonly Issue[] };

export const error = (code: string, message: string, path?: readonly (string | number)[]): Issue =>
  path ? { code, message, severity: 'error', path } : { code, message, severity: 'error' };
export const warning = (code: string, message: string, path?: readonly (string | number)[]): Issue =>
  path ? { code, message, severity: 'warning', path } : { code, message, severity: 'warning' };

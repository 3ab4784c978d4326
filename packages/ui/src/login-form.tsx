import { useState, type FormEvent } from 'react';
import { Alert } from './alert.tsx';
import { ErrorSummary, type FieldError } from './error-summary.tsx';
import { TextField } from './form-field.tsx';
import { useI18n } from './i18n/i18n.tsx';

export interface LoginFormProps {
  /** Called with the trimmed username once both fields are filled; the app signs in. */
  readonly onSubmit: (username: string, password: string) => void;
  /** The refusal to show (the API's Vietnamese message, e.g. wrong credentials), or null. */
  readonly error?: string | null;
  /** True while the sign-in runs: the button is disabled and says so. */
  readonly busy?: boolean;
}

/**
 * The sign-in form of every ketnoi app, without data: fields checked before anything is sent, errors
 * tied to their fields, what was typed kept after a refusal ("nothing lost").
 */
export function LoginForm({ onSubmit, error = null, busy = false }: LoginFormProps) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldError[] = [];
    if (!username.trim()) errors.push({ fieldId: 'username', message: t('login.usernameRequired') });
    if (!password) errors.push({ fieldId: 'password', message: t('login.passwordRequired') });
    setFieldErrors(errors);
    if (errors.length > 0 || busy) return;
    onSubmit(username.trim(), password);
  };

  const errorOf = (id: string) => fieldErrors.find((e) => e.fieldId === id)?.message ?? null;
  // A refusal belongs to the last attempt sent: a form stopped by its own checks shows those instead.
  const refusal = fieldErrors.length === 0 ? error : null;
  return (
    <form className="kn-form" noValidate onSubmit={submit}>
      <ErrorSummary errors={fieldErrors} />
      {refusal ? (
        <Alert>
          <span lang="vi">{refusal}</span>
        </Alert>
      ) : null}
      <TextField id="username" name="username" label={t('login.username')} autoComplete="username" autoCapitalize="none" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value)} error={errorOf('username')} />
      <TextField id="password" name="password" type="password" label={t('login.password')} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={errorOf('password')} />
      <button type="submit" className="kn-button" disabled={busy} aria-disabled={busy}>
        {busy ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}

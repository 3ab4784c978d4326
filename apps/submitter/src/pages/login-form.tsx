import { useState, type FormEvent } from 'react';
import { Alert, ErrorSummary, TextField, type FieldError } from '@ketnoi/ui';
import { refusalOf } from '../api-error.ts';
import { useT } from '../use-t.ts';

export interface LoginFormProps {
  /** Signs in; rejects with the API's error (its Vietnamese message is shown as is). */
  readonly onLogin: (username: string, password: string) => Promise<void>;
}

export function LoginForm({ onLogin }: LoginFormProps) {
  const { t } = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldError[] = [];
    if (!username.trim()) errors.push({ fieldId: 'username', message: t('login.usernameRequired') });
    if (!password) errors.push({ fieldId: 'password', message: t('login.passwordRequired') });
    setFieldErrors(errors);
    setRefusal(null);
    if (errors.length > 0) return;
    setBusy(true);
    try {
      await onLogin(username.trim(), password);
    } catch (error) {
      // What was typed stays in the form (issue 3: "nothing lost").
      setRefusal(refusalOf(error).message);
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (id: string) => fieldErrors.find((e) => e.fieldId === id)?.message ?? null;
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

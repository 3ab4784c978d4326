import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { Alert, TextField } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import type { UserRow } from './admin-types.ts';
import { passwordProblemKey } from './user-roles.ts';

/** A new password the administrator sets for a user who forgot theirs (`admin.users.resetPassword`); the user's sessions end. */
export function ResetPasswordForm({ user, onDone, onCancel }: { readonly user: UserRow; readonly onDone: (message: string) => void; readonly onCancel: () => void }) {
  const { t } = useT();
  const trpc = useTRPC();
  const reset = useMutation(trpc.admin.users.resetPassword.mutationOptions());
  const id = `reset-${useId().replaceAll(':', '')}`;
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    const problem = passwordProblemKey(password);
    setError(problem ? t(problem) : null);
    if (problem) {
      document.getElementById(`${id}-password`)?.focus();
      return;
    }
    try {
      await reset.mutateAsync({ idempotencyKey: key.current, userId: user.id, password });
      onDone(t('admin.user.passwordReset', { username: user.username }));
    } catch (err) {
      setRefusal(refusalOf(err).message);
    }
  };

  return (
    <form className="kn-admin-form" aria-labelledby={`${id}-title`} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={`${id}-title`}>{t('admin.user.resetTitle', { username: user.username })}</h3>
      <p>{t('admin.user.resetBody')}</p>
      {refusal ? (
        <Alert>
          <span lang="vi">{refusal}</span>
        </Alert>
      ) : null}
      <TextField
        id={`${id}-password`}
        type="password"
        label={t('admin.user.newPassword')}
        hint={t('admin.user.passwordHint')}
        required
        value={password}
        error={error}
        autoComplete="new-password"
        onChange={(e) => {
          setPassword(e.target.value);
          key.current = newIdempotencyKey();
        }}
      />
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={reset.isPending}>
          {reset.isPending ? t('admin.saving') : t('admin.user.reset')}
        </button>
        <button type="button" className="kn-button kn-button--secondary" onClick={onCancel} disabled={reset.isPending}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

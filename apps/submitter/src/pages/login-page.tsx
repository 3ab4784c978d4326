import { useLogin } from '@ketnoi/client/react';
import { LoginForm, safeNext, useRouter } from '@ketnoi/ui';
import { useT } from '../use-t.ts';

/**
 * `/don-vi/dang-nhap`. What was typed stays in the form after a refusal (issue 3: "nothing
 * lost"); after sign-in only same-app paths are followed (no open redirect through `?tiep=`).
 */
export function LoginPage() {
  const { t } = useT();
  const { navigate, search } = useRouter();
  const login = useLogin(() => navigate(safeNext(search.get('tiep')), { replace: true }));
  return (
    <div className="kn-login">
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <LoginForm busy={login.busy} error={login.error} onSubmit={login.submit} />
    </div>
  );
}

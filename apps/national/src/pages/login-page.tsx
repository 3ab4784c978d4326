import { useLogin } from '@ketnoi/client/react';
import { LoginForm, safeNext, useRouter } from '@ketnoi/ui';
import { useT } from '../use-t.ts';

/**
 * `/c06/dang-nhap`. After sign-in the app follows `?tiep=` (same-app paths only); an account of
 * another role lands on the wrong-app page, which names the right address.
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

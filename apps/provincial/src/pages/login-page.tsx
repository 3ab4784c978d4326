import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refusalOf } from '@ketnoi/client';
import { LoginForm, safeNext, useRouter } from '@ketnoi/ui';
import { useTRPC } from '../trpc.ts';
import { useT } from '../use-t.ts';

/**
 * `/pc06/dang-nhap`. After sign-in the app follows `?tiep=` (same-app paths only); an account of
 * another role lands on the wrong-app page, which names the right address.
 */
export function LoginPage() {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { navigate, search } = useRouter();
  const login = useMutation(trpc.auth.login.mutationOptions());
  return (
    <div className="kn-login">
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <LoginForm
        busy={login.isPending}
        error={login.error ? refusalOf(login.error).message : null}
        onSubmit={(username, password) =>
          login.mutate(
            { username, password },
            {
              onSuccess: (user) => {
                queryClient.clear();
                queryClient.setQueryData(trpc.auth.me.queryKey(), user);
                navigate(safeNext(search.get('tiep')), { replace: true });
              },
            },
          )
        }
      />
    </div>
  );
}

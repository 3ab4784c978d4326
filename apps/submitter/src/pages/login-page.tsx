import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../trpc.ts';
import { useRouter } from '../router.tsx';
import { useT } from '../use-t.ts';
import { LoginForm } from './login-form.tsx';

/** Only same-app paths are followed after sign-in (no open redirect through `?tiep=`). */
export const safeNext = (next: string | null): string => (next && /^\/[^/\\]/.test(next) ? next : '/');

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
        onLogin={async (username, password) => {
          const user = await login.mutateAsync({ username, password });
          queryClient.clear();
          queryClient.setQueryData(trpc.auth.me.queryKey(), user);
          navigate(safeNext(search.get('tiep')), { replace: true });
        }}
      />
    </div>
  );
}

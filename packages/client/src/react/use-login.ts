import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refusalOf } from '../refusal.ts';
import { useTRPC } from './trpc.ts';

/**
 * Signing in for every web app: on success the cache starts afresh with the new user and `then`
 * runs (the app follows `?tiep=`); a refusal's message is given for the form, which keeps what
 * was typed.
 */
export function useLogin(then: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const login = useMutation(trpc.auth.login.mutationOptions());
  return {
    busy: login.isPending,
    error: login.error ? refusalOf(login.error).message : null,
    submit: (username: string, password: string) =>
      login.mutate(
        { username, password },
        {
          onSuccess: (user) => {
            queryClient.clear();
            queryClient.setQueryData(trpc.auth.me.queryKey(), user);
            then();
          },
        },
      ),
  } as const;
}

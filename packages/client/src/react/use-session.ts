import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { UNAUTHENTICATED_EVENT } from './query-client.ts';
import { useTRPC } from './trpc.ts';

export interface SessionOptions {
  /** The app's current path, relative to its base (from the router). */
  readonly path: string;
  readonly navigate: (to: string, options?: { readonly replace?: boolean }) => void;
  /** The app's login path, e.g. `/dang-nhap`. */
  readonly loginPath: string;
  /** Where the app starts (no `?tiep=` needed to come back there). */
  readonly homePath?: string;
}

/**
 * Who is signed in, for every web app: `auth.me`; any UNAUTHENTICATED answer (expired or ended
 * session) leads to the login page with `?tiep=` to come back; after a page change focus goes to
 * `<main id="main">` so screen readers start at the new content; `signOut` ends the session.
 */
export function useSession({ path, navigate, loginPath, homePath = '/' }: SessionOptions) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
  const logout = useMutation(trpc.auth.logout.mutationOptions());
  const onLogin = path === loginPath;

  useEffect(() => {
    const toLogin = () => {
      queryClient.clear();
      if (window.location.pathname.endsWith(loginPath)) return;
      const here = `${path}${window.location.search}`;
      navigate(here === homePath ? loginPath : `${loginPath}?tiep=${encodeURIComponent(here)}`, { replace: true });
    };
    window.addEventListener(UNAUTHENTICATED_EVENT, toLogin);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, toLogin);
  }, [path, navigate, queryClient, loginPath, homePath]);

  useEffect(() => {
    if (me.isSuccess && me.data === null && !onLogin) window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
  }, [me.isSuccess, me.data, onLogin]);

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [path]);

  const signOut = async () => {
    try {
      await logout.mutateAsync();
    } finally {
      queryClient.clear();
      navigate(loginPath, { replace: true });
    }
  };

  /** The signed-in user, or null on the login page and while unknown. */
  const user = !onLogin && me.data ? me.data : null;
  /**
   * Whether the frame can be drawn: on the login page at once, elsewhere once `auth.me` has
   * answered — drawing the header before it would have it grow (name, bell, sign-out) and push
   * the page down on a phone (a layout shift, quality.md P4).
   */
  const ready = onLogin || !me.isPending;
  return { user, onLogin, ready, signOut } as const;
}

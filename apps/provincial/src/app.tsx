import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { AppShell, Link, matchPath, useRouter } from '@ketnoi/ui';
import { APP_ROLE, ROUTES } from './routes.ts';
import { useTRPC } from './trpc.ts';
import { useT } from './use-t.ts';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { WrongAppPage } from './pages/wrong-app-page.tsx';
import { QueuePage } from './pages/queue/queue-page.tsx';

// The dossier screen is loaded when first opened: the queue stays within the initial-JS budget
// however large the review screen grows (quality.md P4: ≤ 200 KB gzip).
const DossierPage = lazy(() => import('./pages/dossier/dossier-page.tsx').then((m) => ({ default: m.DossierPage })));

export const UNAUTHENTICATED_EVENT = 'ketnoi:unauthenticated';

/**
 * The PC06 app: who is signed in (auth.me), the frame, and which page a path shows. A session of
 * another role gets the wrong-app page on every path but the login.
 */
export function App() {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { path, navigate } = useRouter();
  const me = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
  const logout = useMutation(trpc.auth.logout.mutationOptions());
  const onLogin = path === ROUTES.login;

  // Any UNAUTHENTICATED answer (expired session) leads to the login page, then back here.
  useEffect(() => {
    const toLogin = () => {
      queryClient.clear();
      if (window.location.pathname.endsWith(ROUTES.login)) return;
      const here = `${path}${window.location.search}`;
      navigate(here === ROUTES.queue ? ROUTES.login : `${ROUTES.login}?tiep=${encodeURIComponent(here)}`, { replace: true });
    };
    window.addEventListener(UNAUTHENTICATED_EVENT, toLogin);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, toLogin);
  }, [path, navigate, queryClient]);

  useEffect(() => {
    if (me.isSuccess && me.data === null && !onLogin) window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
  }, [me.isSuccess, me.data, onLogin]);

  // After a page change, focus goes to <main> so screen readers start at the new content.
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
      navigate(ROUTES.login, { replace: true });
    }
  };

  const signedIn = !onLogin && me.data ? me.data : null;
  const user = signedIn ? { displayName: signedIn.displayName, unitName: signedIn.unitName } : null;
  const isReviewer = signedIn?.role === APP_ROLE;
  const nav = isReviewer ? (
    <Link to={ROUTES.queue} aria-current={path === ROUTES.queue || path.startsWith('/ho-so/') ? 'page' : undefined}>
      {t('nav.queue')}
    </Link>
  ) : null;

  return (
    <AppShell user={user} onSignOut={signOut} nav={nav}>
      {onLogin ? (
        <LoginPage />
      ) : !signedIn ? (
        <p role="status">{t('common.loading')}</p>
      ) : !isReviewer ? (
        <WrongAppPage user={signedIn} onSignOut={signOut} />
      ) : (
        <Route path={path} userId={signedIn.userId} />
      )}
    </AppShell>
  );
}

function Route({ path, userId }: { readonly path: string; readonly userId: string }) {
  if (path === ROUTES.queue) return <QueuePage userId={userId} />;
  const dossier = matchPath(ROUTES.dossier, path);
  if (dossier?.id)
    return (
      <Suspense fallback={<Loading />}>
        <DossierPage key={dossier.id} dossierId={dossier.id} />
      </Suspense>
    );
  return <NotFoundPage />;
}

function Loading() {
  const { t } = useT();
  return <p role="status">{t('common.loading')}</p>;
}

import { lazy, Suspense } from 'react';
import { useNotifications, useSession } from '@ketnoi/client/react';
import { AppShell, Link, matchPath, NotificationBell, useRouter } from '@ketnoi/ui';
import { APP_ROLE, dossierPath, ROUTES } from './routes.ts';
import { useT } from './use-t.ts';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { WrongAppPage } from './pages/wrong-app-page.tsx';
import { QueuePage } from './pages/queue/queue-page.tsx';

// The dossier screen is loaded when first opened: the queue stays within the initial-JS budget
// however large the review screen grows (quality.md P4: ≤ 200 KB gzip).
const DossierPage = lazy(() => import('./pages/dossier/dossier-page.tsx').then((m) => ({ default: m.DossierPage })));

/**
 * The PC06 app: who is signed in, the frame, and which page a path shows. A session of another
 * role gets the wrong-app page on every path but the login.
 */
export function App() {
  const { t } = useT();
  const { path, navigate } = useRouter();
  const session = useSession({ path, navigate, loginPath: ROUTES.login, homePath: ROUTES.queue });
  const { onLogin, signOut } = session;
  if (!session.ready) return null;

  const signedIn = session.user;
  const user = signedIn ? { displayName: signedIn.displayName, unitName: signedIn.unitName } : null;
  const isReviewer = signedIn?.role === APP_ROLE;
  const nav = isReviewer ? (
    <Link to={ROUTES.queue} aria-current={path === ROUTES.queue || path.startsWith('/ho-so/') ? 'page' : undefined}>
      {t('nav.queue')}
    </Link>
  ) : null;

  return (
    <AppShell user={user} onSignOut={signOut} nav={nav} headerEnd={isReviewer ? <Notifications /> : null}>
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
        <DossierPage key={dossier.id} dossierId={dossier.id} userId={userId} />
      </Suspense>
    );
  return <NotFoundPage />;
}

function Loading() {
  const { t } = useT();
  return <p role="status">{t('common.loading')}</p>;
}

/** The header's bell: unread count, the latest ten when opened, marking read. */
function Notifications() {
  return <NotificationBell {...useNotifications(dossierPath)} />;
}

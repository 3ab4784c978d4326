import { lazy, Suspense, useEffect } from 'react';
import type { Role } from '@ketnoi/domain';
import { useNotifications, useSession } from '@ketnoi/client/react';
import { AppShell, Link, matchPath, NotificationBell, useRouter } from '@ketnoi/ui';
import { ADMIN_ROLE, dossierPath, homeOf, REVIEWER_ROLE, ROUTES } from './routes.ts';
import { useT } from './use-t.ts';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { WrongAppPage } from './pages/wrong-app-page.tsx';
import { QueuePage } from './pages/queue/queue-page.tsx';

// Every screen but the queue is loaded when first opened, so the queue stays within the
// initial-JS budget (quality.md P4: ≤ 200 KB gzip) however large the others grow (charts…).
const DossierPage = lazy(() => import('./pages/dossier/dossier-page.tsx').then((m) => ({ default: m.DossierPage })));
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })));
const AdminPage = lazy(() => import('./pages/admin/admin-page.tsx').then((m) => ({ default: m.AdminPage })));

const isC06 = (role: Role) => role === REVIEWER_ROLE || role === ADMIN_ROLE;

/**
 * The C06 app: who is signed in, the frame, and which page a path shows. Reviewers have the queue,
 * the dossiers and the dashboard; administrators have the administration. A session of another
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
  const role = signedIn && isC06(signedIn.role) ? signedIn.role : null;
  const current = (active: boolean) => (active ? ('page' as const) : undefined);
  const nav =
    role === REVIEWER_ROLE ? (
      <>
        <Link to={ROUTES.queue} aria-current={current(path === ROUTES.queue || path.startsWith('/ho-so/'))}>
          {t('nav.queue')}
        </Link>
        <Link to={ROUTES.dashboard} aria-current={current(path.startsWith(ROUTES.dashboard))}>
          {t('nav.dashboard')}
        </Link>
      </>
    ) : role === ADMIN_ROLE ? (
      <Link to={ROUTES.admin} aria-current={current(path.startsWith(ROUTES.admin))}>
        {t('nav.admin')}
      </Link>
    ) : null;

  return (
    <AppShell user={user} onSignOut={signOut} nav={nav} headerEnd={role ? <Notifications /> : null}>
      {onLogin ? (
        <LoginPage />
      ) : !signedIn ? (
        <Loading />
      ) : !role ? (
        <WrongAppPage user={signedIn} onSignOut={signOut} />
      ) : (
        <Suspense fallback={<Loading />}>
          <Route path={path} role={role} userId={signedIn.userId} />
        </Suspense>
      )}
    </AppShell>
  );
}

function Route({ path, role, userId }: { readonly path: string; readonly role: Role; readonly userId: string }) {
  if (role === ADMIN_ROLE) {
    if (path === ROUTES.queue) return <Redirect to={homeOf(role)} />;
    if (path === ROUTES.admin) return <AdminPage section={null} />;
    const section = matchPath(ROUTES.adminSection, path);
    if (section?.section) return <AdminPage key={section.section} section={section.section} />;
    return <NotFoundPage />;
  }
  if (path === ROUTES.queue) return <QueuePage userId={userId} />;
  if (path === ROUTES.dashboard) return <DashboardPage />;
  const dossier = matchPath(ROUTES.dossier, path);
  if (dossier?.id) return <DossierPage key={dossier.id} dossierId={dossier.id} userId={userId} />;
  return <NotFoundPage />;
}

function Redirect({ to }: { readonly to: string }) {
  const { navigate } = useRouter();
  useEffect(() => navigate(to, { replace: true }), [navigate, to]);
  return <Loading />;
}

function Loading() {
  const { t } = useT();
  return <p role="status">{t('common.loading')}</p>;
}

/** The header's bell: unread count, the latest ten when opened, marking read. */
function Notifications() {
  return <NotificationBell {...useNotifications(dossierPath)} />;
}

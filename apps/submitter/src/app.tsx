import { lazy, Suspense, type ComponentType } from 'react';
import { useNotifications, useSession } from '@ketnoi/client/react';
import { AppShell, Link, matchPath, NotificationBell, useRouter } from '@ketnoi/ui';
import { useT } from './use-t.ts';
import { LoginPage } from './pages/login-page.tsx';
import { DossierListPage } from './pages/dossier-list-page.tsx';
import { dossierPath, FOLLOW_SEGMENTS, PART_SEGMENTS } from './pages/dossier-routes.ts';

// Every screen but the list is loaded when first opened, so a phone on a slow network gets the
// list quickly (quality.md P4); each part brings its own weight (the import, the PDF viewer…).
type DossierScreen = ComponentType<{ readonly dossierId: string }>;
const lazyScreen = <K extends string>(load: () => Promise<Record<K, DossierScreen>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const SystemsPage = lazy(() => import('./pages/systems-page.tsx').then((m) => ({ default: m.SystemsPage })));
const DossierPage = lazyScreen(() => import('./pages/dossier-page.tsx'), 'DossierPage');

/** The screens under `/ho-so/:id/<segment>`. */
const DOSSIER_SCREENS: Readonly<Record<string, DossierScreen>> = {
  [PART_SEGMENTS.SERVICE_REGISTRATION]: lazyScreen(() => import('./pages/parts/service-registration-part.tsx'), 'ServiceRegistrationPart'),
  [PART_SEGMENTS.ACCOUNT_LIST]: lazyScreen(() => import('./pages/parts/account-list-part.tsx'), 'AccountListPart'),
  [PART_SEGMENTS.ORG_COMMITMENT]: lazyScreen(() => import('./pages/parts/commitment-part.tsx'), 'CommitmentPart'),
  [PART_SEGMENTS.SECURITY_CONFIRMATION]: lazyScreen(() => import('./pages/parts/security-part.tsx'), 'SecurityPart'),
  [FOLLOW_SEGMENTS.timeline]: lazyScreen(() => import('./pages/follow/timeline-page.tsx'), 'TimelinePage'),
  [FOLLOW_SEGMENTS.changes]: lazyScreen(() => import('./pages/follow/changes-page.tsx'), 'ChangesPage'),
  [FOLLOW_SEGMENTS.receipt]: lazyScreen(() => import('./pages/submit/receipt-page.tsx'), 'ReceiptPage'),
};

const LOGIN = '/dang-nhap';

/** The unit's app: who is signed in, the frame, and which page a path shows. */
export function App() {
  const { t } = useT();
  const { path, navigate } = useRouter();
  const session = useSession({ path, navigate, loginPath: LOGIN });
  const { onLogin, signOut } = session;
  if (!session.ready) return null;

  const user = session.user ? { displayName: session.user.displayName, unitName: session.user.unitName } : null;
  const nav = user ? (
    <>
      <Link to="/" aria-current={path === '/' || path.startsWith('/ho-so/') ? 'page' : undefined}>
        {t('nav.dossiers')}
      </Link>
      <Link to="/he-thong">{t('nav.systems')}</Link>
    </>
  ) : null;

  return (
    <AppShell user={user} onSignOut={signOut} nav={nav} headerEnd={user ? <Notifications /> : null}>
      {onLogin ? (
        <LoginPage />
      ) : user ? (
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <Route path={path} />
        </Suspense>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </AppShell>
  );
}

/** The header's bell: unread count, the latest ten when opened, marking read. */
function Notifications() {
  return <NotificationBell {...useNotifications((id) => dossierPath(id))} />;
}

function Route({ path }: { readonly path: string }) {
  const { t } = useT();
  if (path === '/') return <DossierListPage />;
  if (path === '/he-thong') return <SystemsPage />;
  const dossier = matchPath('/ho-so/:id', path);
  if (dossier?.id) return <DossierPage key={dossier.id} dossierId={dossier.id} />;
  const screen = matchPath('/ho-so/:id/:screen', path);
  const Screen = screen?.screen ? DOSSIER_SCREENS[screen.screen] : undefined;
  if (screen?.id && Screen) return <Screen key={path} dossierId={screen.id} />;
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/">{t('dossier.back')}</Link>
    </>
  );
}

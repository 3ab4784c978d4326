import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { AppShell, Link, matchPath, NotificationBell, useRouter } from '@ketnoi/ui';
import { useTRPC } from './trpc.ts';
import { useT } from './use-t.ts';
import { LoginPage } from './pages/login-page.tsx';
import { DossierListPage } from './pages/dossier-list-page.tsx';
import { SystemsPage } from './pages/systems-page.tsx';
import { DossierPage } from './pages/dossier-page.tsx';
import { FOLLOW_SEGMENTS, PART_SEGMENTS } from './pages/dossier-routes.ts';
import { AccountListPart } from './pages/parts/account-list-part.tsx';
import { CommitmentPart } from './pages/parts/commitment-part.tsx';
import { SecurityPart } from './pages/parts/security-part.tsx';
import { ServiceRegistrationPart } from './pages/parts/service-registration-part.tsx';
import { ChangesPage } from './pages/follow/changes-page.tsx';
import { TimelinePage } from './pages/follow/timeline-page.tsx';
import { ReceiptPage } from './pages/submit/receipt-page.tsx';

/** The screens under `/ho-so/:id/<segment>`. */
const DOSSIER_SCREENS: Readonly<Record<string, (props: { readonly dossierId: string }) => React.JSX.Element>> = {
  [PART_SEGMENTS.SERVICE_REGISTRATION]: ServiceRegistrationPart,
  [PART_SEGMENTS.ACCOUNT_LIST]: AccountListPart,
  [PART_SEGMENTS.ORG_COMMITMENT]: CommitmentPart,
  [PART_SEGMENTS.SECURITY_CONFIRMATION]: SecurityPart,
  [FOLLOW_SEGMENTS.timeline]: TimelinePage,
  [FOLLOW_SEGMENTS.changes]: ChangesPage,
  [FOLLOW_SEGMENTS.receipt]: ReceiptPage,
};

export const UNAUTHENTICATED_EVENT = 'ketnoi:unauthenticated';
const LOGIN = '/dang-nhap';

export function App() {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { path, navigate } = useRouter();
  const me = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
  const logout = useMutation(trpc.auth.logout.mutationOptions());
  const onLogin = path === LOGIN;

  // Any UNAUTHENTICATED answer (expired session) leads to the login page, then back here.
  useEffect(() => {
    const toLogin = () => {
      queryClient.clear();
      if (window.location.pathname.endsWith(LOGIN)) return;
      const here = `${path}${window.location.search}`;
      navigate(here === '/' ? LOGIN : `${LOGIN}?tiep=${encodeURIComponent(here)}`, { replace: true });
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
      navigate(LOGIN, { replace: true });
    }
  };

  const user = !onLogin && me.data ? { displayName: me.data.displayName, unitName: me.data.unitName } : null;
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
      {onLogin ? <LoginPage /> : user ? <Route path={path} /> : <p role="status">{t('common.loading')}</p>}
    </AppShell>
  );
}

/** The header's bell: the unread count (refreshed every minute), the latest ten when opened. */
function Notifications() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const unread = useQuery({ ...trpc.notifications.unreadCount.queryOptions(), refetchInterval: 60_000 });
  const list = useQuery({ ...trpc.notifications.list.queryOptions({ pageSize: 10 }), enabled: open });
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }) }));
  return (
    <NotificationBell
      count={unread.data?.count ?? 0}
      items={list.data?.items ?? null}
      onOpen={() => (open ? void list.refetch() : setOpen(true))}
      onMarkRead={(target) => markRead.mutate('all' in target ? { all: true } : { ids: [...target.ids] })}
    />
  );
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

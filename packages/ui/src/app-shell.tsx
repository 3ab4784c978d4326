import type { ReactNode } from 'react';
import { useI18n } from './i18n/i18n.tsx';

export interface ShellUser {
  readonly displayName: string;
  readonly unitName: string;
}

export interface AppShellProps {
  /** The signed-in user, or null on the login page (no user menu then). */
  readonly user: ShellUser | null;
  readonly onSignOut?: () => void;
  /** Links of the main navigation (the app renders them with its router). */
  readonly nav?: ReactNode;
  /** Shown in the header before the user (the notification bell, for one). */
  readonly headerEnd?: ReactNode;
  readonly children: ReactNode;
}

/**
 * The page frame of every ketnoi app: a skip link first (WCAG 2.4.1), a banner with the app name and
 * who is signed in, a labelled navigation and one `<main>` that the skip link and route changes focus.
 */
export function AppShell({ user, onSignOut, nav, headerEnd, children }: AppShellProps) {
  const { t, locale, setLocale } = useI18n();
  return (
    <>
      <a className="kn-skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="kn-header">
        <div className="kn-header__inner">
          <span className="kn-header__brand">{t('app.name')}</span>
          {nav ? (
            <nav className="kn-nav" aria-label={t('shell.mainNav')}>
              {nav}
            </nav>
          ) : null}
          <div className="kn-header__end">
            <button type="button" className="kn-button kn-button--quiet" lang={locale === 'vi' ? 'en' : 'vi'} onClick={() => setLocale(locale === 'vi' ? 'en' : 'vi')}>
              {t('shell.switchToOther')}
            </button>
            {user ? headerEnd : null}
            {user ? (
              <>
                <p className="kn-user" aria-label={t('shell.signedInAs')}>
                  <span className="kn-user__name">{user.displayName}</span>
                  <span className="kn-user__unit">{user.unitName}</span>
                </p>
                <button type="button" className="kn-button kn-button--secondary" onClick={onSignOut}>
                  {t('shell.signOut')}
                </button>
              </>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" className="kn-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

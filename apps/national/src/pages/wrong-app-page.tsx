import type { Role } from '@ketnoi/domain';
import { HOME_OF_ROLE } from '../routes.ts';
import { useT } from '../use-t.ts';

export interface WrongAppPageProps {
  readonly user: { readonly displayName: string; readonly unitName: string; readonly role: Role };
  readonly onSignOut: () => void;
}

/**
 * Someone signed in with an account that is not C06's (a unit's officer, PC06): told so, offered the
 * address of their own app (same session, no second login) or to sign out here.
 */
export function WrongAppPage({ user, onSignOut }: WrongAppPageProps) {
  const { t } = useT();
  const home = HOME_OF_ROLE[user.role];
  return (
    <div className="kn-login">
      <h1>{t('wrongApp.title')}</h1>
      <p>{t('wrongApp.body', { name: user.displayName, unit: user.unitName })}</p>
      <div className="kn-actions">
        {home && user.role !== 'NATIONAL_REVIEWER' && user.role !== 'NATIONAL_ADMIN' ? (
          <a className="kn-button" href={home}>
            {t(`wrongApp.goTo.${user.role}`)} <span className="kn-code">({home})</span>
          </a>
        ) : null}
        <button type="button" className="kn-button kn-button--secondary" onClick={onSignOut}>
          {t('wrongApp.signOut')}
        </button>
      </div>
    </div>
  );
}

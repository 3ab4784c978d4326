import type { Role } from '@ketnoi/domain';
import { WrongApp } from '@ketnoi/ui';
import { HOME_OF_ROLE } from '../routes.ts';
import { useT } from '../use-t.ts';

export interface WrongAppPageProps {
  readonly user: { readonly displayName: string; readonly unitName: string; readonly role: Role };
  readonly onSignOut: () => void;
}

/** An account that is not PC06's (a unit's officer, C06) is told so and given its own app's address. */
export function WrongAppPage({ user, onSignOut }: WrongAppPageProps) {
  const { t } = useT();
  const href = HOME_OF_ROLE[user.role];
  const home = href && user.role !== 'PROVINCIAL_REVIEWER' ? { href, label: t(`wrongApp.goTo.${user.role}`) } : null;
  return (
    <WrongApp
      title={t('wrongApp.title')}
      body={t('wrongApp.body', { name: user.displayName, unit: user.unitName })}
      home={home}
      signOutLabel={t('wrongApp.signOut')}
      onSignOut={onSignOut}
    />
  );
}

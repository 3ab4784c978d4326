import { useT } from '../../use-t.ts';

/** `/c06/tong-quan`: the national dashboard (to be built). */
export function DashboardPage() {
  const { t } = useT();
  return <h1>{t('dashboard.title')}</h1>;
}

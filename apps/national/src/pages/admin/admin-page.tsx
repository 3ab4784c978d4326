import { useT } from '../../use-t.ts';

/** `/c06/quan-tri[/:section]`: administration (to be built). */
export function AdminPage(_props: { readonly section: string | null }) {
  const { t } = useT();
  return <h1>{t('admin.title')}</h1>;
}

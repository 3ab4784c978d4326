import { useT } from '../../use-t.ts';

/** `/c06/ho-so/:id`: review and decisions (to be built). */
export function DossierPage({ dossierId }: { readonly dossierId: string; readonly userId: string }) {
  const { t } = useT();
  return <h1>{t('dossier.title', { code: dossierId })}</h1>;
}

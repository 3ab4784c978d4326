import { useT } from '../../use-t.ts';

/** `/c06/`: central dossiers and those forwarded by PC06 (to be built). */
export function QueuePage(_props: { readonly userId: string }) {
  const { t } = useT();
  return <h1>{t('queue.title')}</h1>;
}

import { Link } from '@ketnoi/ui';
import { ROUTES } from '../routes.ts';
import { useT } from '../use-t.ts';

/** An address the app does not have. A dossier out of reach has its own (pages/dossier). */
export function NotFoundPage() {
  const { t } = useT();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to={ROUTES.queue}>{t('notFound.back')}</Link>
    </>
  );
}

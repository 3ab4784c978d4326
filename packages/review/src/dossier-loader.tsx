import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { refusalOf } from '@ketnoi/client';
import { useTRPC } from '@ketnoi/client/react';
import { Alert, Link } from '@ketnoi/ui';
import type { DossierView } from './dossier-view.ts';
import { useReviewT } from './use-review-t.ts';

export interface DossierLoaderProps {
  readonly dossierId: string;
  /** The app's queue route, for the "back" link. */
  readonly queueRoute: string;
  /** The screen of the loaded dossier. */
  readonly children: (dossier: DossierView) => ReactNode;
}

/**
 * `dossier.get`, then the app's screen. A dossier the API does not show (missing, or of another
 * province: NOT_FOUND either way, for jurisdiction) says "not found" the same way; any other failure
 * offers a retry.
 */
export function DossierLoader({ dossierId, queueRoute, children }: DossierLoaderProps) {
  const { t } = useReviewT();
  const trpc = useTRPC();
  const dossier = useQuery(trpc.dossier.get.queryOptions({ dossierId }));

  if (dossier.isPending) return <p role="status">{t('common.loading')}</p>;
  if (dossier.isError) {
    const refusal = refusalOf(dossier.error);
    const missing = refusal.appCode === 'NOT_FOUND' || refusal.appCode === 'VALIDATION';
    return (
      <>
        <h1>{missing ? t('dossier.notFound') : t('notFound.title')}</h1>
        <Alert>
          <span lang="vi">{refusal.message}</span>
        </Alert>
        {missing ? null : (
          <button type="button" className="kn-button kn-button--secondary" onClick={() => void dossier.refetch()}>
            {t('common.retry')}
          </button>
        )}
        <p>
          <Link to={queueRoute}>{t('dossier.back')}</Link>
        </p>
      </>
    );
  }
  return <>{children(dossier.data)}</>;
}

import { useQuery } from '@tanstack/react-query';
import { Alert, Link } from '@ketnoi/ui';
import { refusalOf } from '@ketnoi/client';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { TimelineView } from './timeline-view.tsx';

/** `/ho-so/:id/lich-su`: the dossier's history (the view does the rendering). */
export function TimelinePage({ dossierId }: { readonly dossierId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const dossier = useQuery(trpc.dossier.get.queryOptions({ dossierId }));
  const timeline = useQuery(trpc.dossier.timeline.queryOptions({ dossierId }));

  const failed = dossier.error ?? timeline.error;
  if (failed) {
    return (
      <>
        <h1>{t('notFound.title')}</h1>
        <Alert>
          <span lang="vi">{refusalOf(failed).message}</span>
        </Alert>
        <Link to="/">{t('dossier.back')}</Link>
      </>
    );
  }
  if (!dossier.data || !timeline.data) return <p role="status">{t('common.loading')}</p>;
  return <TimelineView dossierId={dossierId} code={dossier.data.code} events={timeline.data} />;
}

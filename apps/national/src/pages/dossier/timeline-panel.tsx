import { useQuery } from '@tanstack/react-query';
import { refusalOf } from '@ketnoi/client';
import { Alert, TimelineView } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { SECTION_IDS } from './dossier-view.ts';

/** The dossier's history, oldest first (who by unit and role, when, and what each step carried). */
export function TimelinePanel({ dossierId }: { readonly dossierId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const timeline = useQuery(trpc.dossier.timeline.queryOptions({ dossierId }));
  return (
    <section aria-labelledby={SECTION_IDS.timeline} className="kn-card c06-section">
      <h2 id={SECTION_IDS.timeline}>{t('dossier.timeline.title')}</h2>
      {timeline.isError ? (
        <Alert>
          <span lang="vi">{refusalOf(timeline.error).message}</span>
        </Alert>
      ) : timeline.data ? (
        <TimelineView events={timeline.data} />
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </section>
  );
}

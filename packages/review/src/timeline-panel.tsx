import { useQuery } from '@tanstack/react-query';
import { refusalOf } from '@ketnoi/client';
import { useTRPC } from '@ketnoi/client/react';
import { Alert, TimelineView } from '@ketnoi/ui';
import { REVIEW_SECTION_IDS } from './dossier-view.ts';
import { useReviewT } from './use-review-t.ts';

/** The dossier's history, oldest first (who by unit and role, when, and what each step carried). */
export function TimelinePanel({ dossierId, sectionClassName }: { readonly dossierId: string; readonly sectionClassName: string }) {
  const { t } = useReviewT();
  const trpc = useTRPC();
  const timeline = useQuery(trpc.dossier.timeline.queryOptions({ dossierId }));
  return (
    <section aria-labelledby={REVIEW_SECTION_IDS.timeline} className={`kn-card ${sectionClassName}`}>
      <h2 id={REVIEW_SECTION_IDS.timeline}>{t('dossier.timeline.title')}</h2>
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

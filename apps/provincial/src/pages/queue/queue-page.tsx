import { ReviewerQueuePage } from '@ketnoi/review';
import { QUEUE_TABS } from '@ketnoi/ui';
import { dossierPath } from '../../routes.ts';
import { REVIEWER_STATUSES, parseQueueView } from './queue-view.ts';

/** The shortcuts switch, per browser (WCAG 2.1.4). */
export const SHORTCUTS_KEY = 'ketnoi.pc06.shortcuts';

/**
 * `/pc06/` — the province's dossiers: tabs with counts, filters, search, a sortable server-side
 * page, claim/release per row, and the keyboard (`j`/`k`, `Enter`, `/`). The page is the
 * reviewers' one of packages/review over `provincial.*`.
 */
export function QueuePage({ userId }: { readonly userId: string }) {
  return (
    <ReviewerQueuePage
      namespace="provincial"
      userId={userId}
      parseView={parseQueueView}
      tabs={QUEUE_TABS}
      statuses={REVIEWER_STATUSES}
      reviewStatus="PROVINCIAL_REVIEW"
      dossierPath={dossierPath}
      shortcutsKey={SHORTCUTS_KEY}
    />
  );
}

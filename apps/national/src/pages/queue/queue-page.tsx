import './queue.css';
import { useMemo } from 'react';
import { ReviewerQueuePage } from '@ketnoi/review';
import { dossierPath } from '../../routes.ts';
import { useT } from '../../use-t.ts';
import { nationalColumns } from './queue-columns.tsx';
import { NATIONAL_STATUSES, NATIONAL_TABS, parseQueueView } from './queue-view.ts';
import { SecurityFlag } from './security-flag.tsx';

/** The shortcuts switch, per browser (WCAG 2.1.4). */
export const SHORTCUTS_KEY = 'ketnoi.c06.shortcuts';

/**
 * `/c06/` — central dossiers and those forwarded by PC06: tabs with counts, filters (with the
 * province), search, a sortable server-side page, the province and PC06's recommendation per row,
 * the A05 flag under the status, claim/release, and the keyboard. The page is the reviewers' one
 * of packages/review over `national.*`; C06 adds its columns and the flag.
 */
export function QueuePage({ userId }: { readonly userId: string }) {
  const { t } = useT();
  const columns = useMemo(() => nationalColumns(t), [t]);
  return (
    <ReviewerQueuePage
      namespace="national"
      userId={userId}
      parseView={parseQueueView}
      tabs={NATIONAL_TABS}
      statuses={NATIONAL_STATUSES}
      reviewStatus="NATIONAL_REVIEW"
      dossierPath={dossierPath}
      shortcutsKey={SHORTCUTS_KEY}
      extraColumns={columns}
      statusNote={(row) => (row.securityExpiry ? <SecurityFlag expiry={row.securityExpiry} validUntil={row.securityValidUntil} /> : null)}
    />
  );
}

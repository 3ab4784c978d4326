import { DOSSIER_STATUSES, type DossierStatus } from '@ketnoi/domain';
import { parseQueueView as parseSharedView, type QueueViewConfig } from '@ketnoi/ui';

/**
 * The PC06 queue's view in the URL: the shared view model of packages/ui (queue/queue-view.ts),
 * with the statuses a PC06 reviewer can meet and no province filter (PC06 works in its own).
 */
export { DEFAULT_VIEW, queueInputOf, queueSearchOf, sortedBy, withChange, filterInputOf, hasFilters, PAGE_SIZE, type QueueView, type QueueTab } from '@ketnoi/ui';

/** Statuses a PC06 reviewer can meet (a draft never reaches PC06). */
export const REVIEWER_STATUSES: readonly DossierStatus[] = DOSSIER_STATUSES.filter((s) => s !== 'DRAFT');

export const PC06_QUEUE: QueueViewConfig = { statuses: REVIEWER_STATUSES, byProvince: false };

export const parseQueueView = (search: URLSearchParams) => parseSharedView(search, PC06_QUEUE);

import { DOSSIER_STATUSES, type DossierStatus } from '@ketnoi/domain';
import { parseQueueView as parseSharedView, type QueueTab, type QueueViewConfig } from '@ketnoi/ui';

/**
 * The C06 queue's view in the URL: the shared view model of packages/ui (queue/queue-view.ts) with
 * the statuses C06 can meet and the province filter (`?tinh=40`): C06 sees every province.
 */
export const NATIONAL_STATUSES: readonly DossierStatus[] = DOSSIER_STATUSES.filter((s) => s !== 'DRAFT');

export const C06_QUEUE: QueueViewConfig = { statuses: NATIONAL_STATUSES, byProvince: true };

/** C06's tabs: "forwarded to C06" is PC06's view of its own work, always empty here. */
export const NATIONAL_TABS: readonly QueueTab[] = ['TO_RECEIVE', 'IN_REVIEW', 'RETURNED', 'DECIDED', 'ALL'];

export const parseQueueView = (search: URLSearchParams) => parseSharedView(search, C06_QUEUE);

import { useI18n } from '@ketnoi/ui';
import type { ReviewScreenMessageKey } from './review-screen-messages.ts';

/** Words of the host app's shell that the screen uses too (both reviewer apps have them in messages/app.ts). */
export type ReviewHostMessageKey = 'notFound.title' | 'common.retry';

/** The i18n hook typed with the reviewer screen's shared keys as well as packages/ui's (and the host's few). */
export const useReviewT = () => useI18n<ReviewScreenMessageKey | ReviewHostMessageKey>();

import { useI18n } from '@ketnoi/ui';
import type { AppMessageKey } from './messages.ts';

/** The i18n hook typed with this app's keys as well as the shared ones. */
export const useT = () => useI18n<AppMessageKey>();

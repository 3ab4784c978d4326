import { featureMessages } from '@ketnoi/ui';

/** The C06 queue (pages/queue). */
export const queueMessages = featureMessages({ 'queue.title': 'Hàng chờ hồ sơ' }, { 'queue.title': 'Dossier queue' });

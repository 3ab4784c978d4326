import { featureMessages } from '@ketnoi/ui';

/** Administration (pages/admin). */
export const adminMessages = featureMessages({ 'admin.title': 'Quản trị' }, { 'admin.title': 'Administration' });

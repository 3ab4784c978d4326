import { featureMessages } from '@ketnoi/ui';

/** The national dashboard (pages/dashboard). */
export const dashboardMessages = featureMessages({ 'dashboard.title': 'Tổng quan tiến độ kết nối' }, { 'dashboard.title': 'Connection progress overview' });

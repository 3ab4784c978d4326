import { featureMessages } from '@ketnoi/ui';

/** The PC06 queue's own words (title, introduction, empty tabs, what its filter options are); the shared queue's are in packages/ui (queue/queue-messages.ts). */
export const queueMessages = featureMessages(
  {
    'queue.title': 'Hàng chờ hồ sơ',
    'queue.intro': 'Hồ sơ đăng ký kết nối của các đơn vị trong tỉnh gửi tới PC06. Thời hạn thẩm định tính theo ngày làm việc.',
    'queue.filter.optionsFailed': 'Chưa tải được danh sách đơn vị và hệ thống: {message}',
    'queue.empty.TO_RECEIVE': 'Không có hồ sơ nào chờ tiếp nhận.',
    'queue.empty.IN_REVIEW': 'Không có hồ sơ nào đang thẩm định.',
    'queue.empty.RETURNED': 'Không có hồ sơ nào đang chờ đơn vị bổ sung.',
    'queue.empty.FORWARDED': 'Chưa có hồ sơ nào được chuyển C06.',
    'queue.empty.DECIDED': 'Chưa có hồ sơ nào có quyết định.',
    'queue.empty.ALL': 'Chưa có hồ sơ nào gửi tới PC06 của tỉnh.',
  },
  {
    'queue.title': 'Dossier queue',
    'queue.intro': 'Connection dossiers sent to PC06 by the units of the province. Review deadlines count working days.',
    'queue.filter.optionsFailed': 'The lists of units and systems could not be loaded: {message}',
    'queue.empty.TO_RECEIVE': 'No dossier is waiting to be received.',
    'queue.empty.IN_REVIEW': 'No dossier is in review.',
    'queue.empty.RETURNED': 'No dossier is waiting for its unit.',
    'queue.empty.FORWARDED': 'No dossier has been forwarded to C06 yet.',
    'queue.empty.DECIDED': 'No dossier has a decision yet.',
    'queue.empty.ALL': 'No dossier has been sent to the PC06 of this province yet.',
  },
);

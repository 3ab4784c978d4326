import { featureMessages } from '@ketnoi/ui';

/**
 * The C06 queue (pages/queue): its title, tabs and empty tabs, its own columns (province, PC06's
 * opinion) and the A05 flag (also on the dossier). The shared queue words (search, filters,
 * columns, claim/release, shortcuts) come from packages/ui (queue/queue-messages.ts).
 */
export const queueMessages = featureMessages(
  {
    'queue.title': 'Hàng chờ hồ sơ',
    'queue.intro': 'Hồ sơ của các bộ, ngành trung ương gửi thẳng tới C06 và hồ sơ của địa phương do PC06 các tỉnh chuyển lên kèm ý kiến. Thời hạn thẩm định tính theo ngày làm việc.',
    'queue.tab.TO_RECEIVE': 'Chờ tiếp nhận',
    'queue.tab.IN_REVIEW': 'Đang thẩm định',
    'queue.tab.RETURNED': 'C06 đã trả lại — chờ đơn vị',
    'queue.tab.DECIDED': 'Đã có quyết định',
    'queue.tab.ALL': 'Tất cả',
    'queue.empty.TO_RECEIVE': 'Không có hồ sơ nào chờ C06 tiếp nhận.',
    'queue.empty.IN_REVIEW': 'Không có hồ sơ nào đang thẩm định.',
    'queue.empty.RETURNED': 'Không có hồ sơ nào C06 trả lại đang chờ đơn vị bổ sung.',
    'queue.empty.FORWARDED': 'Không có hồ sơ nào.',
    'queue.empty.DECIDED': 'Chưa có hồ sơ nào có quyết định.',
    'queue.empty.ALL': 'Chưa có hồ sơ nào gửi tới C06.',
    'queue.col.province': 'Tỉnh, thành phố',
    'queue.col.opinion': 'Ý kiến PC06',
    'queue.central': 'Trung ương',
    'queue.opinion.none': 'Chưa có ý kiến',
    'queue.opinion.central': 'Không qua PC06',
    'security.expired': 'Xác nhận A05 đã hết hạn (hiệu lực đến {date}): cần xác nhận lại',
    'security.expiring': 'Xác nhận A05 sắp hết hạn: hiệu lực đến {date}',
  },
  {
    'queue.title': 'Dossier queue',
    'queue.intro': 'Dossiers of central ministries and agencies, sent straight to C06, and local dossiers forwarded by the provinces’ PC06 with their opinion. Review deadlines count working days.',
    'queue.tab.TO_RECEIVE': 'To receive',
    'queue.tab.IN_REVIEW': 'In review',
    'queue.tab.RETURNED': 'Returned by C06 — waiting for the unit',
    'queue.tab.DECIDED': 'Decided',
    'queue.tab.ALL': 'All',
    'queue.empty.TO_RECEIVE': 'No dossier is waiting for C06 to receive it.',
    'queue.empty.IN_REVIEW': 'No dossier is in review.',
    'queue.empty.RETURNED': 'No dossier returned by C06 is waiting for its unit.',
    'queue.empty.FORWARDED': 'No dossier.',
    'queue.empty.DECIDED': 'No dossier has a decision yet.',
    'queue.empty.ALL': 'No dossier has reached C06 yet.',
    'queue.col.province': 'Province',
    'queue.col.opinion': 'PC06 opinion',
    'queue.central': 'Central',
    'queue.opinion.none': 'No opinion yet',
    'queue.opinion.central': 'Not through PC06',
    'security.expired': 'A05 confirmation expired (valid until {date}): re-certification due',
    'security.expiring': 'A05 confirmation expires soon: valid until {date}',
  },
);

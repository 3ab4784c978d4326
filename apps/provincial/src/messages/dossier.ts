import { featureMessages } from '@ketnoi/ui';

/** The dossier page (pages/dossier). The review screen adds its own texts in this file or beside it. */
export const dossierMessages = featureMessages(
  {
    'dossier.title': 'Hồ sơ {code}',
    'dossier.facts': 'Thông tin chung',
    'dossier.unit': 'Đơn vị chủ quản',
    'dossier.system': 'Hệ thống thông tin',
    'dossier.status': 'Trạng thái',
    'dossier.submittedAt': 'Ngày nộp',
    'dossier.deadline': 'Hạn xử lý',
    'dossier.holder': 'Người xử lý',
    'dossier.version': 'Phiên bản',
    'dossier.reviewSoon': 'Màn hình thẩm định (bốn thành phần, danh sách tài khoản, trả lại, chuyển C06) sẽ hiển thị tại đây.',
    'dossier.notFound': 'Không tìm thấy hồ sơ',
    'dossier.back': 'Về hàng chờ hồ sơ',
  },
  {
    'dossier.title': 'Dossier {code}',
    'dossier.facts': 'Overview',
    'dossier.unit': 'Owner unit',
    'dossier.system': 'Information system',
    'dossier.status': 'Status',
    'dossier.submittedAt': 'Submitted',
    'dossier.deadline': 'Deadline',
    'dossier.holder': 'Handled by',
    'dossier.version': 'Version',
    'dossier.reviewSoon': 'The review screen (the four parts, the account list, return, forward to C06) will be shown here.',
    'dossier.notFound': 'Dossier not found',
    'dossier.back': 'Back to the dossier queue',
  },
);

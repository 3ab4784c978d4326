import { featureMessages } from '@ketnoi/ui';

/**
 * The words of the reviewer's dossier screen that PC06 and C06 say alike: the overview's labels,
 * claim and release, the panel titles. Both apps merge them (mergeFeatureMessages) and keep only
 * their own words in their messages/dossier.ts. The panels' inner texts live in packages/ui (review.*).
 */
export const reviewScreenMessages = featureMessages(
  {
    'dossier.title': 'Hồ sơ {code}',
    'dossier.facts': 'Thông tin chung',
    'dossier.unit': 'Đơn vị chủ quản',
    'dossier.system': 'Hệ thống thông tin',
    'dossier.status': 'Trạng thái',
    'dossier.submittedAt': 'Ngày nộp',
    'dossier.deadline': 'Hạn xử lý',
    'dossier.holder': 'Người xử lý',
    'dossier.holderMe': 'Bạn đang xử lý',
    'dossier.holderNone': 'Chưa có người nhận',
    'dossier.version': 'Phiên bản',
    'dossier.notFound': 'Không tìm thấy hồ sơ',
    'dossier.back': 'Về hàng chờ hồ sơ',
    'dossier.onThisPage': 'Trên trang này',

    'dossier.claim': 'Nhận xử lý hồ sơ',
    'dossier.takeOver': 'Tiếp nhận xử lý thay',
    'dossier.release': 'Thôi nhận xử lý',
    'dossier.working': 'Đang thực hiện…',
    'dossier.claimed': 'Bạn đã nhận xử lý hồ sơ {code}.',
    'dossier.released': 'Bạn đã thôi nhận xử lý hồ sơ {code}; hồ sơ trở lại hàng chờ.',

    'dossier.parts.accountCount': 'Danh sách gồm {n} người.',
    'dossier.parts.accountLink': 'Xem danh sách tài khoản',
    'dossier.accounts.title': 'Danh sách tài khoản',
    'dossier.changes.title': 'Thay đổi so với phiên bản trước',
    'dossier.changes.onlyOne': 'Hồ sơ mới có một phiên bản nên chưa có gì để so sánh.',
    'dossier.timeline.title': 'Lịch sử xử lý',
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
    'dossier.holderMe': 'You are handling it',
    'dossier.holderNone': 'Not claimed',
    'dossier.version': 'Version',
    'dossier.notFound': 'Dossier not found',
    'dossier.back': 'Back to the dossier queue',
    'dossier.onThisPage': 'On this page',

    'dossier.claim': 'Claim the dossier',
    'dossier.takeOver': 'Take over',
    'dossier.release': 'Release',
    'dossier.working': 'Working…',
    'dossier.claimed': 'You claimed dossier {code}.',
    'dossier.released': 'You released dossier {code}; it is back in the queue.',

    'dossier.parts.accountCount': 'The list has {n} people.',
    'dossier.parts.accountLink': 'See the account list',
    'dossier.accounts.title': 'Account list',
    'dossier.changes.title': 'Changes since the previous version',
    'dossier.changes.onlyOne': 'The dossier has one version only: nothing to compare yet.',
    'dossier.timeline.title': 'History',
  },
);

export type ReviewScreenMessageKey = (typeof reviewScreenMessages)['keys'];

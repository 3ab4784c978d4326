import type { CommandType } from './command';
import type { DossierStatus } from './status';

/** Vietnamese names used in the domain's own refusal messages (the apps have their i18n resources). */
export const STATUS_LABELS_VI = {
  DRAFT: 'Đang soạn',
  PROVINCIAL_REVIEW: 'PC06 đang thẩm định',
  NATIONAL_REVIEW: 'C06 đang thẩm định',
  RETURNED: 'Trả lại để bổ sung',
  APPROVED: 'Đã phê duyệt',
  CONNECTED: 'Đã kết nối',
  SUSPENDED: 'Tạm dừng kết nối',
  REJECTED: 'Bị từ chối',
  WITHDRAWN: 'Đã rút',
  REVOKED: 'Đã thu hồi kết nối',
} as const satisfies Record<DossierStatus, string>;

export const COMMAND_LABELS_VI = {
  SUBMIT: 'nộp hồ sơ',
  WITHDRAW: 'rút hồ sơ',
  CLAIM: 'nhận xử lý',
  RELEASE: 'thôi nhận xử lý',
  RETURN: 'trả lại để bổ sung',
  FORWARD: 'chuyển C06',
  REJECT: 'từ chối',
  APPROVE: 'phê duyệt',
  RESUBMIT: 'nộp lại hồ sơ',
  RECORD_CONNECTION: 'ghi nhận kết nối',
  SUSPEND: 'tạm dừng kết nối',
  RESUME: 'khôi phục kết nối',
  REVOKE: 'thu hồi kết nối',
} as const satisfies Record<CommandType, string>;

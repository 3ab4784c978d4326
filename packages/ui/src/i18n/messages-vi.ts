import { queueMessagesVi } from '../queue/queue-messages.ts';
import { reviewMessagesVi } from '../review/review-messages.ts';

/**
 * Vietnamese texts of the web apps (the first language: users are civil servants, issue 3).
 * Status labels repeat the domain's STATUS_LABELS_VI word for word; apps/submitter tests that they agree
 * (packages/ui may import only types from the domain, see .dependency-cruiser.cjs).
 */
export const messagesVi = {
  'app.name': 'ketnoi',
  'shell.skipToContent': 'Bỏ qua, đến nội dung chính',
  'shell.signOut': 'Đăng xuất',
  'shell.mainNav': 'Điều hướng chính',
  'shell.language': 'Ngôn ngữ',
  'shell.switchToOther': 'English',
  'shell.signedInAs': 'Người dùng đang đăng nhập',
  'status.DRAFT': 'Đang soạn',
  'status.PROVINCIAL_REVIEW': 'PC06 đang thẩm định',
  'status.NATIONAL_REVIEW': 'C06 đang thẩm định',
  'status.RETURNED': 'Trả lại để bổ sung',
  'status.APPROVED': 'Đã phê duyệt',
  'status.CONNECTED': 'Đã kết nối',
  'status.SUSPENDED': 'Tạm dừng kết nối',
  'status.REJECTED': 'Bị từ chối',
  'status.WITHDRAWN': 'Đã rút',
  'status.REVOKED': 'Đã thu hồi kết nối',
  'deadline.onTime': 'Còn {n} ngày làm việc',
  'deadline.dueToday': 'Đến hạn hôm nay',
  'deadline.overdue': 'Quá hạn {n} ngày làm việc',
  'deadline.dueOn': 'Hạn xử lý {date}',
  'deadline.none': 'Không có hạn',
  'pagination.label': 'Phân trang',
  'pagination.previous': 'Trang trước',
  'pagination.next': 'Trang sau',
  'pagination.page': 'Trang {page}',
  'pagination.status': 'Trang {page}/{pages} · {from}–{to} trong {total} mục',
  'pagination.empty': 'Không có mục nào',
  'form.required': '(bắt buộc)',
  'errorSummary.title': 'Có {n} lỗi cần sửa',
  'common.loading': 'Đang tải…',
  'login.username': 'Tên đăng nhập',
  'login.password': 'Mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.submitting': 'Đang đăng nhập…',
  'login.usernameRequired': 'Nhập tên đăng nhập.',
  'login.passwordRequired': 'Nhập mật khẩu.',
  'shortcuts.title': 'Phím tắt',
  'shortcuts.enable': 'Dùng phím tắt',
  'shortcuts.whenOn': 'Phím tắt không tác động khi bạn đang gõ trong một ô nhập liệu. Có thể tắt chúng bằng ô “Dùng phím tắt”.',
  'shortcuts.whenOff': 'Phím tắt đang tắt. Đánh dấu ô “Dùng phím tắt” để bật lại.',
  'notifications.button': 'Thông báo',
  'notifications.buttonUnread': 'Thông báo ({n} chưa đọc)',
  'notifications.title': 'Thông báo',
  'notifications.empty': 'Chưa có thông báo nào.',
  'notifications.unread': 'Chưa đọc',
  'notifications.markRead': 'Đánh dấu đã đọc',
  'notifications.markAllRead': 'Đánh dấu tất cả đã đọc',
  'notifications.close': 'Đóng',
  // The review panels' texts (packages/ui/src/review), shared by the PC06 and C06 apps.
  ...reviewMessagesVi,
  // The reviewer queue's texts (packages/ui/src/queue), shared by the PC06 and C06 apps.
  ...queueMessagesVi,
} as const;

export type MessageKey = keyof typeof messagesVi;

import { TRPCError } from '@trpc/server';
import type { Issue } from '@ketnoi/domain';

/**
 * Stable error codes of the API. Clients branch on `data.appCode`, people read `message`
 * (Vietnamese). A message never contains personal data nor says whether something exists
 * in another jurisdiction: out-of-jurisdiction objects are reported as NOT_FOUND.
 */
export const APP_ERRORS = {
  UNAUTHENTICATED: { http: 'UNAUTHORIZED', message: 'Phiên đăng nhập đã hết hạn hoặc chưa đăng nhập. Vui lòng đăng nhập lại.' },
  INVALID_CREDENTIALS: { http: 'UNAUTHORIZED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  TOO_MANY_ATTEMPTS: { http: 'TOO_MANY_REQUESTS', message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.' },
  FORBIDDEN_ROLE: { http: 'FORBIDDEN', message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' },
  NOT_FOUND: { http: 'NOT_FOUND', message: 'Không tìm thấy hồ sơ hoặc đối tượng được yêu cầu, hoặc bạn không có quyền truy cập.' },
  VERSION_CONFLICT: { http: 'CONFLICT', message: 'Hồ sơ vừa được người khác thay đổi. Vui lòng tải lại để xem trạng thái mới nhất rồi thử lại.' },
  IDEMPOTENCY_KEY_REUSED: { http: 'UNPROCESSABLE_CONTENT', message: 'Mã chống gửi trùng (Idempotency-Key) đã được dùng cho một yêu cầu khác.' },
  IDEMPOTENCY_IN_PROGRESS: { http: 'CONFLICT', message: 'Yêu cầu giống hệt đang được xử lý. Vui lòng chờ giây lát.' },
  DOMAIN_REFUSED: { http: 'UNPROCESSABLE_CONTENT', message: 'Thao tác không hợp lệ với hồ sơ ở trạng thái hiện tại.' },
  VALIDATION: { http: 'BAD_REQUEST', message: 'Dữ liệu gửi lên không hợp lệ.' },
  DUPLICATE: { http: 'CONFLICT', message: 'Dữ liệu đã tồn tại.' },
  FILE_REFUSED: { http: 'BAD_REQUEST', message: 'Tệp không được chấp nhận.' },
  INTERNAL: { http: 'INTERNAL_SERVER_ERROR', message: 'Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại; nếu lỗi lặp lại, hãy liên hệ quản trị viên.' },
} as const;

export type AppErrorCode = keyof typeof APP_ERRORS;

export class AppError extends Error {
  constructor(
    readonly appCode: AppErrorCode,
    message?: string,
    readonly issues: readonly Issue[] = [],
  ) {
    super(message ?? APP_ERRORS[appCode].message);
    this.name = 'AppError';
  }
}

export function appError(appCode: AppErrorCode, message?: string, issues?: readonly Issue[]): TRPCError {
  const cause = new AppError(appCode, message, issues);
  return new TRPCError({ code: APP_ERRORS[appCode].http, message: cause.message, cause });
}

/** Domain refusals keep their own stable code and Vietnamese message. */
export function refused(issues: readonly Issue[]): TRPCError {
  const first = issues[0];
  return appError('DOMAIN_REFUSED', first?.message, issues);
}

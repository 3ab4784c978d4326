/**
 * What the API says when it refuses: a stable `data.appCode` for code, a Vietnamese `message` for
 * people, and field `issues` (packages/api/src/errors.ts). Network failures get our own words.
 * No React here: every web app and tool reads refusals the same way.
 */
export interface ApiIssue {
  readonly code: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly path?: readonly (string | number)[];
}

export interface ApiRefusal {
  readonly appCode: string;
  readonly message: string;
  readonly issues: readonly ApiIssue[];
}

const NETWORK_MESSAGE = 'Không kết nối được tới máy chủ. Kiểm tra mạng rồi thử lại; dữ liệu bạn đã nhập vẫn còn trên trang.';

/** Reads a tRPC error (or anything thrown) as a refusal; without an `appCode` it is a network failure. */
export function refusalOf(error: unknown): ApiRefusal {
  const e = error as { message?: unknown; data?: { appCode?: unknown; issues?: unknown } | null } | null;
  const appCode = typeof e?.data?.appCode === 'string' ? e.data.appCode : null;
  if (!appCode) return { appCode: 'NETWORK', message: NETWORK_MESSAGE, issues: [] };
  return {
    appCode,
    message: typeof e?.message === 'string' ? e.message : NETWORK_MESSAGE,
    issues: Array.isArray(e?.data?.issues) ? (e.data.issues as ApiIssue[]) : [],
  };
}

export const isUnauthenticated = (error: unknown): boolean => refusalOf(error).appCode === 'UNAUTHENTICATED';

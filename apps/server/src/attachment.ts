import type { FastifyReply } from 'fastify';

/** What ketnoi serves as a download. */
export interface Attachment {
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  /** Sent as `x-checksum-sha256` when known (stored documents). */
  readonly sha256?: string;
}

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/**
 * Every file leaves as an attachment, never rendered by the browser in our origin (quality F1),
 * never sniffed, never cached (files may hold personal data).
 */
export function sendAttachment(reply: FastifyReply, file: Attachment) {
  reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
  if (file.sha256) reply.header('x-checksum-sha256', file.sha256);
  return reply.send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}

/** The one answer for a file that does not exist or is out of the user's reach. */
export function fileNotFound(reply: FastifyReply, message: string) {
  return reply.code(404).header('cache-control', 'private, no-store').send({ code: 'NOT_FOUND', message });
}

/**
 * `attachment` with an ASCII `filename` for old clients and the exact UTF-8 name in `filename*`
 * (RFC 6266 §4.3, RFC 8187): "Danh sách tài khoản…" → "Danh sach tai khoan…".
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 ._()-]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

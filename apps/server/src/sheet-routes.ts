import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import { accountExport, accountTemplate, type AccountExportFormat } from '@ketnoi/api';
import type { Database } from '@ketnoi/db';

export interface SheetRouteDeps {
  readonly db: Kysely<Database>;
  readonly now: () => Date;
}

const MEDIA_TYPES: Readonly<Record<AccountExportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Spreadsheet downloads of the account list (part 2): the template, and a dossier's list as
 * .xlsx or .csv. Always attachments, never cached (they may hold personal data); anything
 * outside the user's reach is the same 404 as what does not exist.
 */
export function registerSheetRoutes(app: FastifyInstance, deps: SheetRouteDeps): void {
  app.get('/files/account-template.xlsx', async (req, reply) => {
    if (!req.session?.user) return notFound(reply, 'Không tìm thấy tệp, hoặc bạn chưa đăng nhập.');
    return sendFile(reply, await accountTemplate(deps.db), 'xlsx');
  });

  for (const format of ['xlsx', 'csv'] as const) {
    app.get<{ Params: { dossierId: string }; Querystring: { version?: string | string[] } }>(`/files/dossiers/:dossierId/accounts.${format}`, async (req, reply) => {
      const file = await accountExport(deps.db, req.session?.user ?? null, req.params.dossierId, versionOf(req.query.version), format, String(req.id));
      if (!file) return notFound(reply, 'Không tìm thấy danh sách tài khoản của hồ sơ, hoặc bạn không có quyền tải.');
      return sendFile(reply, file, format);
    });
  }
}

/** `?version=N`; anything else given (text, 0, repeated) is passed on as NaN, which the service refuses and audits. */
function versionOf(raw: string | string[] | undefined): number | undefined {
  if (raw === undefined) return undefined;
  return typeof raw === 'string' && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : Number.NaN;
}

function sendFile(reply: FastifyReply, file: { fileName: string; bytes: Uint8Array }, format: AccountExportFormat) {
  return reply
    .header('content-type', MEDIA_TYPES[format])
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}

function notFound(reply: FastifyReply, message: string) {
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

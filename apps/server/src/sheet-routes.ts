import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { accountExport, accountTemplate } from '@ketnoi/api';
import type { Database } from '@ketnoi/db';
import { fileNotFound, MEDIA_TYPES, sendAttachment } from './attachment.ts';

export interface SheetRouteDeps {
  readonly db: Kysely<Database>;
  readonly now: () => Date;
}

/**
 * Spreadsheet downloads of the account list (part 2): the template, and a dossier's list as
 * .xlsx or .csv. Always attachments, never cached (they may hold personal data); anything
 * outside the user's reach is the same 404 as what does not exist.
 */
export function registerSheetRoutes(app: FastifyInstance, deps: SheetRouteDeps): void {
  app.get('/files/account-template.xlsx', async (req, reply) => {
    if (!req.session?.user) return fileNotFound(reply, 'Không tìm thấy tệp, hoặc bạn chưa đăng nhập.');
    return sendAttachment(reply, { ...(await accountTemplate(deps.db)), mediaType: MEDIA_TYPES.xlsx });
  });

  for (const format of ['xlsx', 'csv'] as const) {
    app.get<{ Params: { dossierId: string }; Querystring: { version?: string | string[] } }>(`/files/dossiers/:dossierId/accounts.${format}`, async (req, reply) => {
      const file = await accountExport(deps.db, req.session?.user ?? null, req.params.dossierId, versionOf(req.query.version), format, String(req.id));
      if (!file) return fileNotFound(reply, 'Không tìm thấy danh sách tài khoản của hồ sơ, hoặc bạn không có quyền tải.');
      return sendAttachment(reply, { ...file, mediaType: MEDIA_TYPES[format] });
    });
  }
}

/** `?version=N`; anything else given (text, 0, repeated) is passed on as NaN, which the service refuses and audits. */
function versionOf(raw: string | string[] | undefined): number | undefined {
  if (raw === undefined) return undefined;
  return typeof raw === 'string' && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : Number.NaN;
}

import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import { importErrorCopy, settledImports } from '@ketnoi/api';
import { fileNotFound, MEDIA_TYPES, sendAttachment } from './attachment.ts';

/** `GET /files/imports/:importId/errors.xlsx` — the uploaded list with an error column, for its unit only. */
export function registerImportRoutes(app: FastifyInstance, options: { readonly db: Kysely<Database> }): void {
  // A closing server lets running imports finish (or fail into their row) before the database goes.
  app.addHook('onClose', async () => {
    await settledImports();
  });
  app.get<{ Params: { importId: string } }>('/files/imports/:importId/errors.xlsx', async (req, reply) => {
    const copy = await importErrorCopy(options.db, req.session?.user ?? null, req.params.importId, String(req.id));
    if (!copy) return fileNotFound(reply, 'Không tìm thấy lần nhập đang chờ sửa lỗi, hoặc bạn không có quyền tải.');
    return sendAttachment(reply, { ...copy, mediaType: MEDIA_TYPES.xlsx });
  });
}

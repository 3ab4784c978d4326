import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import { importErrorCopy, settledImports } from '@ketnoi/api';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `GET /files/imports/:importId/errors.xlsx` — the uploaded list with an error column, for its unit only. */
export function registerImportRoutes(app: FastifyInstance, options: { readonly db: Kysely<Database> }): void {
  // A closing server lets running imports finish (or fail into their row) before the database goes.
  app.addHook('onClose', async () => {
    await settledImports();
  });
  app.get<{ Params: { importId: string } }>('/files/imports/:importId/errors.xlsx', async (req, reply) => {
    const copy = await importErrorCopy(options.db, req.session?.user ?? null, req.params.importId, String(req.id));
    if (!copy) return reply.code(404).send({ code: 'NOT_FOUND', message: 'Không tìm thấy lần nhập đang chờ sửa lỗi, hoặc bạn không có quyền tải.' });
    return reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename="danh-sach-loi.xlsx"; filename*=UTF-8''${encodeURIComponent(copy.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(copy.bytes));
  });
}

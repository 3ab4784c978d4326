import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { DASHBOARD_EXPORT_VIEWS, dashboardExport, type DashboardExportFormat } from '@ketnoi/api';
import type { Database } from '@ketnoi/db';
import { contentDisposition } from './sheet-routes.ts';

export interface DashboardRouteDeps {
  readonly db: Kysely<Database>;
  readonly now: () => Date;
}

const MEDIA_TYPES: Readonly<Record<DashboardExportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Downloads of the national dashboard: `/files/dashboard/<view>.xlsx|.csv?<filters>` for each view
 * of the overview (the whole overview as one workbook), and `dossiers` for the list behind a
 * figure. C06 reviewers only; attachments, never cached; anything refused (not signed in, another
 * role, an unknown view or filter) is the same 404, and is audited.
 */
export function registerDashboardRoutes(app: FastifyInstance, deps: DashboardRouteDeps): void {
  for (const view of DASHBOARD_EXPORT_VIEWS) {
    for (const format of ['xlsx', 'csv'] as const) {
      app.get<{ Querystring: Record<string, string | string[] | undefined> }>(`/files/dashboard/${view}.${format}`, async (req, reply) => {
        const file = await dashboardExport(deps.db, req.session?.user ?? null, view, format, req.query ?? {}, deps.now(), String(req.id));
        if (!file) {
          return reply
            .code(404)
            .header('cache-control', 'private, no-store')
            .send({ code: 'NOT_FOUND', message: 'Không tìm thấy số liệu cần tải, hoặc bạn không có quyền tải.' });
        }
        return reply
          .header('content-type', MEDIA_TYPES[format])
          .header('content-disposition', contentDisposition(file.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
      });
    }
  }
}

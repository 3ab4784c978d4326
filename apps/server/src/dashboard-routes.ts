import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { DASHBOARD_EXPORT_VIEWS, dashboardExport } from '@ketnoi/api';
import type { Database } from '@ketnoi/db';
import { fileNotFound, MEDIA_TYPES, sendAttachment } from './attachment.ts';

export interface DashboardRouteDeps {
  readonly db: Kysely<Database>;
  readonly now: () => Date;
}

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
        if (!file) return fileNotFound(reply, 'Không tìm thấy số liệu cần tải, hoặc bạn không có quyền tải.');
        return sendAttachment(reply, { ...file, mediaType: MEDIA_TYPES[format] });
      });
    }
  }
}

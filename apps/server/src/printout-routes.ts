import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { commitmentPrintout, receiptPrintout, supplementRequestPrintout, type Printout, type SessionUser } from '@ketnoi/api';
import type { Database } from '@ketnoi/db';
import { fileNotFound, MEDIA_TYPES, sendAttachment } from './attachment.ts';

export interface PrintoutRouteDeps {
  readonly db: Kysely<Database>;
  readonly now: () => Date;
}

type PrintoutOf = (db: Kysely<Database>, user: SessionUser | null, dossierId: string, now: Date, requestId: string) => Promise<Printout | null>;

/** URL file name → printout and the message when it is out of reach (the submitter app links to these URLs). */
const PRINTOUTS: readonly { readonly file: string; readonly make: PrintoutOf; readonly missing: string }[] = [
  { file: 'commitment.pdf', make: commitmentPrintout, missing: 'Không tìm thấy hồ sơ để in bản cam kết, hoặc bạn không có quyền in.' },
  { file: 'receipt.pdf', make: receiptPrintout, missing: 'Không tìm thấy phiếu tiếp nhận: hồ sơ chưa được nộp, không tồn tại hoặc bạn không có quyền xem.' },
  { file: 'supplement-request.pdf', make: supplementRequestPrintout, missing: 'Không tìm thấy phiếu yêu cầu bổ sung: hồ sơ chưa bị trả lại, không tồn tại hoặc bạn không có quyền xem.' },
];

/**
 * The official printouts of a dossier as PDF attachments: `GET /files/dossiers/:dossierId/commitment.pdf`,
 * `…/receipt.pdf`, `…/supplement-request.pdf`. Never cached, never sniffed; anything outside the
 * user's jurisdiction is the same 404 as what does not exist.
 */
export function registerPrintoutRoutes(app: FastifyInstance, deps: PrintoutRouteDeps): void {
  for (const printout of PRINTOUTS) {
    app.get<{ Params: { dossierId: string } }>(`/files/dossiers/:dossierId/${printout.file}`, async (req, reply) => {
      const file = await printout.make(deps.db, req.session?.user ?? null, req.params.dossierId, deps.now(), String(req.id));
      if (!file) return fileNotFound(reply, printout.missing);
      return sendAttachment(reply, { ...file, mediaType: MEDIA_TYPES.pdf });
    });
  }
}

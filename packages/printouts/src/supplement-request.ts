import { DOSSIER_PARTS, type DossierPart } from '@ketnoi/domain';
import { formatRowList } from './account-rows.ts';
import { PART_TITLES } from './labels.ts';
import { drawClosing } from './official-closing.ts';
import { OfficialDocument, SIZES } from './official-document.ts';
import { drawAddressees, drawHeader, drawTitle, type IssuingBody } from './official-header.ts';
import { drawTable } from './table.ts';
import { formatLocalDateTime, placeAndDateLineOf, toNfc } from './text-format.ts';

export interface SupplementDeficiency {
  readonly part: DossierPart;
  /** Account-list rows concerned (spreadsheet numbering, the first person is row 2). */
  readonly rows?: readonly number[] | null;
  readonly reason: string;
}

export interface SupplementRequestInput {
  /** The reviewing body that returned the dossier (PC06 of the province, or C06). */
  readonly reviewer: IssuingBody;
  /** The reviewing body as one line, e.g. "Phòng Cảnh sát QLHC về TTXH (PC06) – Công an tỉnh Nghệ An". */
  readonly reviewerLine: string;
  /** Place name of the date line: the reviewing body's province, or "Hà Nội" for C06. */
  readonly place: string;
  readonly dossierCode: string;
  readonly unitName: string;
  readonly systemName: string;
  /** The version that was reviewed and returned. */
  readonly version: number;
  /** When the dossier was returned (ISO instant): the date of the request. */
  readonly returnedAt: string | Date;
  readonly deficiencies: readonly SupplementDeficiency[];
  readonly printedAt: Date | string;
}

export const SUPPLEMENT_REQUEST_TITLE = 'Phiếu yêu cầu bổ sung hồ sơ';
export const SUPPLEMENT_REQUEST_SUBJECT = 'Hồ sơ đăng ký kết nối hệ thống thông tin với Cơ sở dữ liệu quốc gia về dân cư';

/**
 * What the reviewing body (PC06 or C06) asked the unit to complete when it returned the dossier
 * (domain.md §4: a return names deficiencies, each pointing at a part and, for the account list, rows).
 */
export async function renderSupplementRequestPdf(raw: SupplementRequestInput): Promise<Uint8Array> {
  const input = toNfc(raw);
  const doc = new OfficialDocument({ title: `${SUPPLEMENT_REQUEST_TITLE} ${input.dossierCode}`, subject: SUPPLEMENT_REQUEST_SUBJECT, createdAt: new Date(input.printedAt) });
  drawHeader(doc, { issuer: input.reviewer, numberLine: `Mã hồ sơ: ${input.dossierCode}`, placeAndDate: placeAndDateLineOf(input.place, input.returnedAt) });
  drawTitle(doc, SUPPLEMENT_REQUEST_TITLE, SUPPLEMENT_REQUEST_SUBJECT);
  drawAddressees(doc, [input.unitName]);

  doc.paragraph(
    `Sau khi rà soát hồ sơ đăng ký kết nối mã ${input.dossierCode} (phiên bản ${input.version}) của hệ thống thông tin “${input.systemName}”, ` +
      `${input.reviewerLine} đề nghị đơn vị bổ sung, hoàn thiện các nội dung sau:`,
  );

  // Grouped by part in the order of letter 1658, each part's deficiencies in the order written.
  const ordered = DOSSIER_PARTS.flatMap((part) => input.deficiencies.filter((d) => d.part === part));
  drawTable(
    doc,
    [
      { header: 'STT', share: 0.07, align: 'center' },
      { header: 'Thành phần hồ sơ', share: 0.33 },
      { header: 'Dòng', share: 0.13, align: 'center' },
      { header: 'Nội dung cần bổ sung, hoàn thiện', share: 0.47 },
    ],
    ordered.map((d, i) => [String(i + 1), PART_TITLES[d.part], d.rows && d.rows.length > 0 ? formatRowList(d.rows) : '—', d.reason]),
  );
  doc.use('italic', SIZES.recipients).text('Cột “Dòng” chỉ số dòng trong tệp danh sách tài khoản (người đầu tiên ở dòng 2).', doc.left, doc.pdf.y, { width: doc.width });
  doc.pdf.moveDown(0.6);

  doc.paragraph(
    'Đơn vị cập nhật các nội dung nêu trên vào hồ sơ trên hệ thống và nộp lại. Thời hạn thẩm định dừng trong thời gian hồ sơ được trả lại ' +
      'và chỉ chạy lại khi đơn vị nộp lại hồ sơ đã bổ sung.',
  );

  drawClosing(doc, { recipients: ['- Như trên;', `- Lưu: hồ sơ ${input.dossierCode}.`], signature: null });
  doc.use('italic', SIZES.note).text(
    `Phiếu được lập trên hệ thống khi hồ sơ được trả lại và được in lúc ${formatLocalDateTime(input.printedAt)}; không cần chữ ký, đóng dấu.`,
    doc.left,
    doc.pdf.y,
    { width: doc.width },
  );
  return doc.finish();
}

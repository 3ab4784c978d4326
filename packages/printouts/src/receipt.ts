import type { StageKind } from '@ketnoi/domain';
import { PART_TITLES } from './labels.ts';
import { drawClosing } from './official-closing.ts';
import { OfficialDocument, SIZES } from './official-document.ts';
import { drawHeader, drawTitle, type IssuingBody } from './official-header.ts';
import { C06_NAME } from './police-bodies.ts';
import { drawTable } from './table.ts';
import { formatCalendarDate, formatCount, formatLocalDateTime, placeAndDateLineOf, toNfc } from './text-format.ts';

export interface DocumentNumber {
  readonly numberAndSymbol: string;
  /** 'yyyy-MM-dd'. */
  readonly issuedOn: string;
}

export interface ReceiptInput {
  /** The body that received the dossier (PC06 of the province, or C06): the header's issuing body. */
  readonly receiver: IssuingBody;
  /** "Phòng Cảnh sát QLHC về TTXH (PC06) – Công an tỉnh Nghệ An" or C06's name. */
  readonly receivedBy: string;
  /** Place name of the date line: the receiving body's province, or "Hà Nội" for C06. */
  readonly place: string;
  readonly dossierCode: string;
  readonly unitName: string;
  readonly systemName: string;
  /** The submission this receipt is for (ISO instant). */
  readonly receivedAt: string | Date;
  /** Content version received: 1 at the first submission, N+1 when answering a return. */
  readonly version: number;
  /** The review stage the submission started: who, until when, and how many working days that is. */
  readonly stage: { readonly kind: StageKind; readonly dueOn: string; readonly workingDays: number } | null;
  readonly parts: {
    readonly orgCommitment: DocumentNumber | null;
    readonly accountCount: number;
    readonly services: readonly { readonly code: string; readonly name: string }[];
    readonly securityConfirmation: (DocumentNumber & { readonly validUntil: string | null }) | null;
  };
  readonly printedAt: Date | string;
}

export const RECEIPT_TITLE = 'Phiếu tiếp nhận hồ sơ';
export const RECEIPT_SUBJECT = 'Đăng ký kết nối với Cơ sở dữ liệu quốc gia về dân cư';

/**
 * The receipt a unit keeps when its dossier is submitted (letter 1658/CV-TCTTKĐA, point 5: PC06
 * receives and tracks local dossiers, C06 central ones): what was received, when, by whom, the
 * review deadline and what happens next.
 */
export async function renderReceiptPdf(raw: ReceiptInput): Promise<Uint8Array> {
  const input = toNfc(raw);
  const doc = new OfficialDocument({ title: `${RECEIPT_TITLE} ${input.dossierCode}`, subject: RECEIPT_SUBJECT, createdAt: new Date(input.printedAt) });
  drawHeader(doc, { issuer: input.receiver, numberLine: `Mã hồ sơ: ${input.dossierCode}`, placeAndDate: placeAndDateLineOf(input.place, input.receivedAt) });
  drawTitle(doc, RECEIPT_TITLE, RECEIPT_SUBJECT);

  doc.field('Đơn vị chủ quản', input.unitName);
  doc.field('Hệ thống thông tin', input.systemName);
  doc.field('Lần nộp', input.version === 1 ? 'phiên bản 1 (nộp lần đầu)' : `phiên bản ${input.version} (nộp lại sau khi bổ sung theo yêu cầu)`);
  doc.field('Thời điểm tiếp nhận', formatLocalDateTime(input.receivedAt));
  doc.field('Cơ quan tiếp nhận', input.receivedBy);
  if (input.stage) {
    doc.field('Thời hạn thẩm định', `${input.stage.workingDays} ngày làm việc, đến hết ngày ${formatCalendarDate(input.stage.dueOn)}`);
  }

  doc.heading('Thành phần hồ sơ đã tiếp nhận');
  const p = input.parts;
  const state = (present: boolean) => (present ? 'Đã nhận' : 'Chưa có');
  drawTable(
    doc,
    [
      { header: 'Thành phần hồ sơ', share: 0.43 },
      { header: 'Nội dung', share: 0.41 },
      { header: 'Tình trạng', share: 0.16, align: 'center' },
    ],
    [
      [PART_TITLES.ORG_COMMITMENT, p.orgCommitment ? documentLine(p.orgCommitment) : '—', state(!!p.orgCommitment)],
      [PART_TITLES.ACCOUNT_LIST, `${formatCount(p.accountCount)} tài khoản`, state(p.accountCount > 0)],
      [PART_TITLES.SERVICE_REGISTRATION, p.services.length === 0 ? '—' : `${p.services.length} dịch vụ: ${p.services.map((s) => s.name).join('; ')}`, state(p.services.length > 0)],
      [
        PART_TITLES.SECURITY_CONFIRMATION,
        p.securityConfirmation
          ? `${documentLine(p.securityConfirmation)}${p.securityConfirmation.validUntil ? `, hiệu lực đến ${formatCalendarDate(p.securityConfirmation.validUntil)}` : ''}`
          : '—',
        state(!!p.securityConfirmation),
      ],
    ],
  );

  doc.heading('Bước tiếp theo');
  for (const line of nextSteps(input)) doc.paragraph(line);

  drawClosing(doc, { recipients: [`- ${input.unitName};`, `- Lưu: hồ sơ ${input.dossierCode}.`], signature: null });
  doc.use('italic', SIZES.note).text(
    `Phiếu được lập trên hệ thống khi hồ sơ được nộp và được in lúc ${formatLocalDateTime(input.printedAt)}; không cần chữ ký, đóng dấu.`,
    doc.left,
    doc.pdf.y,
    { width: doc.width },
  );
  return doc.finish();
}

function documentLine(d: DocumentNumber): string {
  return `Số ${d.numberAndSymbol} ngày ${formatCalendarDate(d.issuedOn)}`;
}

function nextSteps(input: ReceiptInput): string[] {
  const track = `Đơn vị theo dõi tình trạng hồ sơ trên hệ thống theo mã hồ sơ ${input.dossierCode}.`;
  const returned = 'Nếu cần bổ sung, hồ sơ được trả lại kèm phiếu yêu cầu bổ sung; thời hạn thẩm định dừng cho đến khi đơn vị nộp lại.';
  const review =
    input.stage?.kind === 'PROVINCIAL'
      ? `${input.receivedBy} rà soát hồ sơ trong thời hạn nêu trên; hồ sơ đạt yêu cầu được chuyển ${C06_NAME} thẩm định và đề xuất kết nối chính thức.`
      : `${C06_NAME} thẩm định hồ sơ trong thời hạn nêu trên, phê duyệt và đề xuất kết nối chính thức khi hồ sơ đạt yêu cầu.`;
  return [`${review} ${returned} ${track}`];
}

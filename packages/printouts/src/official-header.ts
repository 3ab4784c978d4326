import { mm, SIZES, type OfficialDocument } from './official-document.ts';
import { upper } from './text-format.ts';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The body that issues a document: its superior body (optional) and its own name (NĐ 30/2020, Điều 10). */
export interface IssuingBody {
  /** E.g. "UBND tỉnh Nghệ An", "Bộ Công an". */
  readonly superior?: string | null;
  /** E.g. "Sở Y tế tỉnh Nghệ An". */
  readonly name: string;
}

export interface HeaderContent {
  readonly issuer: IssuingBody;
  /** "Số: ……/CK-SYT"; omitted when the printout has no number of its own. */
  readonly numberLine?: string | null;
  /** "Nghệ An, ngày …… tháng …… năm 2026". */
  readonly placeAndDate: string;
}

/** Width of the issuing body's column; the national header takes the right-hand side. */
const LEFT_SHARE = 0.41;
const GAP = 8;

/**
 * The top of an administrative document (NĐ 30/2020, Phụ lục I, sơ đồ bố trí, ô 1–4): the issuing
 * body at the top left — superior body in capitals, the body itself in bold capitals, a short rule
 * under it — and the national name and motto at the top right, the motto underlined by a rule as
 * long as itself; under them, the number line on the left and the place and date in italics on the right.
 */
export function drawHeader(doc: OfficialDocument, content: HeaderContent): void {
  const pdf = doc.pdf;
  const top = pdf.page.margins.top;
  const leftWidth = doc.width * LEFT_SHARE;
  const rightWidth = doc.width - leftWidth - GAP;
  const leftX = doc.left;
  const rightX = doc.left + leftWidth + GAP;

  // Left: issuing body.
  let y = top;
  if (content.issuer.superior) {
    doc.use('regular', SIZES.header).text(upper(content.issuer.superior), leftX, y, { width: leftWidth, align: 'center' });
    y = pdf.y;
  }
  const name = upper(content.issuer.name);
  doc.use('bold', SIZES.header).text(name, leftX, y, { width: leftWidth, align: 'center' });
  const nameWidth = Math.min(pdf.widthOfString(name), leftWidth);
  const leftBottom = pdf.y + 4;
  doc.rule(leftX + leftWidth / 2, leftBottom, nameWidth * 0.4);

  // Right: national name and motto.
  doc.use('bold', SIZES.header).text(NATIONAL_NAME, rightX, top, { width: rightWidth, align: 'center' });
  doc.use('bold', SIZES.motto).text(NATIONAL_MOTTO, rightX, pdf.y, { width: rightWidth, align: 'center' });
  const rightBottom = pdf.y + 4;
  doc.rule(rightX + rightWidth / 2, rightBottom, pdf.widthOfString(NATIONAL_MOTTO));

  // Number line and place-and-date line, on one level under both columns.
  const lineY = Math.max(leftBottom, rightBottom) + 10;
  let bottom = lineY;
  if (content.numberLine) {
    doc.use('regular', SIZES.body).text(content.numberLine, leftX, lineY, { width: leftWidth, align: 'center' });
    bottom = Math.max(bottom, pdf.y);
  }
  doc.use('italic', SIZES.body).text(content.placeAndDate, rightX, lineY, { width: rightWidth, align: 'center' });
  bottom = Math.max(bottom, pdf.y);

  pdf.x = doc.left;
  pdf.y = bottom + 12;
}

/**
 * The type of document in bold capitals, then its subject in bold, centred, with a short rule under
 * the subject (NĐ 30/2020, Phụ lục I, II.5.a).
 */
export function drawTitle(doc: OfficialDocument, title: string, subject?: string): void {
  const pdf = doc.pdf;
  doc.use('bold', SIZES.title).text(upper(title), doc.left, pdf.y, { width: doc.width, align: 'center' });
  if (subject) {
    const width = doc.width * 0.86;
    const x = doc.left + (doc.width - width) / 2;
    doc.use('bold', SIZES.title).text(subject, x, pdf.y, { width, align: 'center' });
  }
  const y = pdf.y + 5;
  doc.rule(doc.left + doc.width / 2, y, doc.width / 4);
  pdf.x = doc.left;
  pdf.y = y + 10;
}

/** "Kính gửi:" with one addressee on the same line, or several as a list (NĐ 30/2020, Phụ lục I, II.9). */
export function drawAddressees(doc: OfficialDocument, addressees: readonly string[]): void {
  const pdf = doc.pdf;
  const label = 'Kính gửi:';
  const indent = mm(10);
  doc.use('regular', SIZES.body);
  const labelWidth = pdf.widthOfString(`${label} `);
  const y = pdf.y;
  pdf.text(label, doc.left + indent, y, { lineBreak: false });
  const x = doc.left + indent + labelWidth;
  const width = doc.width - indent - labelWidth;
  pdf.y = y;
  addressees.forEach((a, i) => {
    const text = addressees.length === 1 ? `${a}.` : `- ${a}${i === addressees.length - 1 ? '.' : ';'}`;
    pdf.text(text, x, pdf.y, { width });
  });
  pdf.x = doc.left;
  pdf.moveDown(0.5);
}

import { SIZES, type OfficialDocument } from './official-document.ts';
import { upper } from './text-format.ts';

export interface Signature {
  /** The authority line above the title, e.g. "TM. ỦY BAN NHÂN DÂN" (NĐ 30/2020, Điều 13); optional. */
  readonly authority?: string | null;
  /** The signer's position, printed in capitals ("Giám đốc" → "GIÁM ĐỐC"). */
  readonly position: string;
  /** Under the position, in italics, e.g. "(Ký, ghi rõ họ tên và đóng dấu)". */
  readonly instruction?: string | null;
  /** The signer's full name, when known; otherwise the space is left for it. */
  readonly name?: string | null;
}

export interface ClosingContent {
  /** Lines of "Nơi nhận:" (each ends with ";" and the last with "."). */
  readonly recipients: readonly string[];
  readonly signature: Signature | null;
}

/** Room for the handwritten signature and the seal. */
const SIGNATURE_SPACE = 72;

/**
 * The foot of an administrative document (NĐ 30/2020, Phụ lục I, ô 7 and 9): "Nơi nhận:" at the
 * bottom left (label bold italic 12 pt, lines 11 pt) and the signature block at the bottom right
 * (authority and position in bold capitals, the signer's name in bold), side by side on one page.
 */
export function drawClosing(doc: OfficialDocument, content: ClosingContent): void {
  const pdf = doc.pdf;
  const leftWidth = doc.width * 0.45;
  const rightWidth = doc.width * 0.5;
  const rightX = doc.left + doc.width - rightWidth;

  const recipientsHeight = 20 + content.recipients.length * 15;
  const signatureHeight = content.signature ? 50 + SIGNATURE_SPACE + 20 : 0;
  doc.keepTogether(Math.max(recipientsHeight, signatureHeight) + 12);
  const top = pdf.y + 8;

  doc.use('boldItalic', SIZES.recipientsLabel).text('Nơi nhận:', doc.left, top, { width: leftWidth });
  for (const line of content.recipients) doc.use('regular', SIZES.recipients).text(line, doc.left, pdf.y, { width: leftWidth });
  let bottom = pdf.y;

  if (content.signature) {
    const s = content.signature;
    pdf.y = top;
    if (s.authority) doc.use('bold', SIZES.body).text(upper(s.authority), rightX, pdf.y, { width: rightWidth, align: 'center' });
    doc.use('bold', SIZES.body).text(upper(s.position), rightX, pdf.y, { width: rightWidth, align: 'center' });
    if (s.instruction) doc.use('italic', SIZES.body).text(s.instruction, rightX, pdf.y, { width: rightWidth, align: 'center' });
    pdf.y += SIGNATURE_SPACE;
    if (s.name) doc.use('bold', SIZES.body).text(s.name, rightX, pdf.y, { width: rightWidth, align: 'center' });
    bottom = Math.max(bottom, pdf.y);
  }
  pdf.x = doc.left;
  pdf.y = bottom + 8;
}

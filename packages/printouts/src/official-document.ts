import PDFDocument from 'pdfkit';
import { fontBytes, FONT_STYLES, type FontStyle } from './fonts.ts';

/**
 * An A4 page set up as Nghị định 30/2020/NĐ-CP (Phụ lục I) lays out administrative documents:
 * margins top and bottom 20 mm, left 30 mm, right 15 mm; text 13 pt; page numbers from the second
 * page, centred in the top margin. Everything a printout draws goes through here, so the three
 * printouts share one look.
 */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

export const SIZES = {
  /** Issuing body and the national name (12–13 pt). */
  header: 12,
  /** "Độc lập - Tự do - Hạnh phúc" (13–14 pt). */
  motto: 13,
  /** Body text, number line, place and date (13–14 pt). */
  body: 13,
  /** Type of document and its subject (13–14 pt). */
  title: 14,
  /** "Nơi nhận:" (12 pt) and its lines (11 pt). */
  recipientsLabel: 12,
  recipients: 11,
  /** Notes at the foot of a printout. */
  note: 10,
} as const;

export interface DocumentMeta {
  readonly title: string;
  readonly subject: string;
  /** When the printout was made: the PDF's creation date, so that one input gives the same bytes. */
  readonly createdAt: Date;
}

export type Pdf = PDFKit.PDFDocument;

export class OfficialDocument {
  readonly pdf: Pdf;
  private readonly chunks: Uint8Array[] = [];
  private readonly ended: Promise<void>;

  constructor(meta: DocumentMeta) {
    this.pdf = new PDFDocument({
      size: 'A4',
      margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
      bufferPages: true,
      lang: 'vi-VN',
      displayTitle: true,
      // No default font: pdfkit would otherwise load Helvetica, which cannot write Vietnamese.
      font: null as unknown as string,
      info: { Title: meta.title, Subject: meta.subject, Creator: 'ketnoi', Producer: 'ketnoi', CreationDate: meta.createdAt },
    });
    for (const style of Object.keys(FONT_STYLES) as FontStyle[]) this.pdf.registerFont(style, fontBytes(style));
    this.pdf.font('regular').fontSize(SIZES.body);
    this.pdf.on('data', (chunk: Uint8Array) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.pdf.on('end', resolve);
      this.pdf.on('error', reject);
    });
  }

  get left(): number {
    return this.pdf.page.margins.left;
  }

  get width(): number {
    return this.pdf.page.width - this.pdf.page.margins.left - this.pdf.page.margins.right;
  }

  get bottom(): number {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }

  /** Sets font and size; returns the document for chaining pdfkit calls. */
  use(style: FontStyle, size: number): Pdf {
    return this.pdf.font(style).fontSize(size);
  }

  /** Starts a new page when less than `height` points are left, so a block is never split. */
  keepTogether(height: number): void {
    if (this.pdf.y + height > this.bottom) this.pdf.addPage();
  }

  /** A horizontal rule, centred on `centre`. */
  rule(centre: number, y: number, length: number): void {
    this.pdf.save().lineWidth(0.6).moveTo(centre - length / 2, y).lineTo(centre + length / 2, y).stroke().restore();
  }

  /** A body paragraph: justified, first line indented 1 cm, 6 pt after (NĐ 30/2020, Phụ lục I, II.6). */
  paragraph(text: string, options: { style?: FontStyle; indent?: boolean; gap?: number } = {}): void {
    this.use(options.style ?? 'regular', SIZES.body).text(text, this.left, this.pdf.y, {
      width: this.width,
      align: 'justify',
      indent: options.indent === false ? 0 : mm(10),
      paragraphGap: options.gap ?? 6,
    });
  }

  /** "Label: value" with the label in bold, as one justified paragraph. */
  field(label: string, value: string): void {
    this.use('bold', SIZES.body).text(`${label}: `, this.left, this.pdf.y, { continued: true, width: this.width, align: 'justify', indent: mm(10) });
    this.use('regular', SIZES.body).text(value, { paragraphGap: 3, align: 'justify' });
  }

  /** A heading inside the body (bold, left). */
  heading(text: string): void {
    this.pdf.moveDown(0.3);
    this.use('bold', SIZES.body).text(text, this.left, this.pdf.y, { width: this.width, paragraphGap: 4 });
  }

  /** Ends the document: page numbers from page 2, then the bytes. */
  async finish(): Promise<Uint8Array> {
    const range = this.pdf.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i += 1) {
      this.pdf.switchToPage(i);
      const { top } = this.pdf.page.margins;
      this.use('regular', SIZES.body).text(String(i + 1), this.left, top / 2 - 6, { width: this.width, align: 'center', lineBreak: false });
    }
    this.pdf.end();
    await this.ended;
    const size = this.chunks.reduce((n, c) => n + c.length, 0);
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const c of this.chunks) {
      bytes.set(c, offset);
      offset += c.length;
    }
    return bytes;
  }
}

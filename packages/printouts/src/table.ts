import { SIZES, type OfficialDocument } from './official-document.ts';

export interface TableColumn {
  readonly header: string;
  /** Share of the text width (the shares of a table add up to 1). */
  readonly share: number;
  readonly align?: 'left' | 'center' | 'right';
}

/**
 * A bordered table in body text, header row in bold (pdfkit's own table layout: it measures each row
 * and moves to a new page between rows when one no longer fits).
 */
export function drawTable(doc: OfficialDocument, columns: readonly TableColumn[], rows: readonly (readonly string[])[], size: number = SIZES.recipients): void {
  const pdf = doc.pdf;
  doc.use('regular', size);
  pdf
    .table({
      position: { x: doc.left, y: pdf.y },
      maxWidth: doc.width,
      columnStyles: columns.map((c) => ({ width: doc.width * c.share, align: { x: c.align ?? 'left', y: 'top' } })),
      defaultStyle: { border: 0.6, padding: { top: 2, right: 4, bottom: 2, left: 4 } },
      data: [
        columns.map((c) => ({ text: c.header, font: { src: 'bold', size }, align: { x: 'center', y: 'center' }, type: 'TH' as const })),
        ...rows.map((r) => r.map((text) => ({ text, font: { src: 'regular', size } }))),
      ],
    });
  pdf.x = doc.left;
  pdf.moveDown(0.6);
}

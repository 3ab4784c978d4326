import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF as a reader's copy-paste would give it (pdf.js, the engine of Firefox's
 * viewer): one line per text line, pages in order. For tests (here, in the API and the server) to
 * check what a printout says; pdfjs-dist is a development dependency.
 */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    let line = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { text: lines.join('\n'), pages };
}

/** Text with line breaks and runs of spaces made single spaces, to find phrases that wrap. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');

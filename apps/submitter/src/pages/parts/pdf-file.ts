/**
 * A quick look at a chosen file before sending it: the server checks the PDF properly
 * (packages/api/src/services/pdf-check.ts); this only spares a 10 MB upload that would be refused.
 */
export const MAX_PDF_BYTES = 10 * 1024 * 1024;

export type PdfRead = { readonly ok: true; readonly contentBase64: string } | { readonly ok: false; readonly reason: 'EMPTY' | 'TOO_LARGE' | 'NOT_PDF' };

const MAGIC = '%PDF-';

export async function readPdf(file: Blob): Promise<PdfRead> {
  if (file.size === 0) return { ok: false, reason: 'EMPTY' };
  if (file.size > MAX_PDF_BYTES) return { ok: false, reason: 'TOO_LARGE' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return { ok: false, reason: 'NOT_PDF' };
  return { ok: true, contentBase64: toBase64(bytes) };
}

/** Bytes → base64, in chunks (spreading 10 MB into one call would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

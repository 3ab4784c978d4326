/**
 * Uploaded documents are PDFs, checked by content, never by name (domain.md §5, quality F1):
 * the `%PDF-` signature at the start, an `%%EOF` marker near the end, no encryption dictionary
 * (an encrypted PDF cannot be read by reviewers nor archived), and a size cap.
 */
export const MAX_PDF_BYTES = 10 * 1024 * 1024;

export type PdfCheck = { ok: true } | { ok: false; code: string; message: string };

export function checkPdf(bytes: Uint8Array): PdfCheck {
  if (bytes.length === 0) return refuse('FILE_EMPTY', 'Tệp rỗng. Vui lòng chọn tệp PDF đã ký.');
  if (bytes.length > MAX_PDF_BYTES) return refuse('FILE_TOO_LARGE', `Tệp vượt quá ${MAX_PDF_BYTES / 1024 / 1024} MB. Vui lòng nén hoặc quét lại với độ phân giải thấp hơn.`);
  if (!startsWith(bytes, '%PDF-')) return refuse('FILE_NOT_PDF', 'Tệp không phải PDF (kiểm tra theo nội dung, không theo tên tệp). Vui lòng tải lên bản PDF.');
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (!tail.includes('%%EOF')) return refuse('FILE_PDF_TRUNCATED', 'Tệp PDF không hoàn chỉnh (thiếu phần kết thúc). Vui lòng xuất lại tệp.');
  if (/\/Encrypt\s*[\d<]/.test(latin1(bytes))) return refuse('FILE_PDF_ENCRYPTED', 'Tệp PDF đang được đặt mật khẩu hoặc mã hóa. Vui lòng tải lên bản không mã hóa.');
  const head = latin1(bytes.subarray(0, Math.min(bytes.length, 4096))).toLowerCase();
  // Polyglots: HTML or script riding in front of a PDF body.
  if (head.includes('<html') || head.includes('<script')) return refuse('FILE_PDF_POLYGLOT', 'Tệp chứa nội dung không phải PDF. Vui lòng xuất lại tệp PDF sạch.');
  return { ok: true };
}

function refuse(code: string, message: string): PdfCheck {
  return { ok: false, code, message };
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** File names are kept for display only; stored names are ids. Strip paths and control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'tai-lieu.pdf';
  const cleaned = base.normalize('NFC').replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(0, 150);
  return cleaned.length > 0 ? cleaned : 'tai-lieu.pdf';
}

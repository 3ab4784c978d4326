import { useState, type ChangeEvent, type ReactNode } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { TextField } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { MAX_PDF_BYTES, readPdf } from './pdf-file.ts';
import { formatFileSize } from './whole-number.ts';

/** What `submitter.documents.upload` answers. */
export interface UploadedDocument {
  readonly id: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly fileName: string;
}

/** Sends one PDF; the key stays the same when the same file is sent again after a lost answer. */
export type UploadPdf = (file: { readonly idempotencyKey: string; readonly fileName: string; readonly contentBase64: string }) => Promise<UploadedDocument>;

/** The file a document reference points at; name, size and hash are known when uploaded on this page. */
export interface AttachedFile {
  readonly fileId: string;
  readonly details?: UploadedDocument;
}

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly name: string }
  | { readonly kind: 'uploading'; readonly name: string; readonly size: number }
  | { readonly kind: 'uploaded'; readonly name: string };

/** `/files/<id>` is served by apps/server outside the app's base path. */
export const fileHref = (fileId: string) => `/files/${encodeURIComponent(fileId)}`;

/**
 * A signed PDF: shows the attached one (name, size, SHA-256, download) and uploads a new or
 * replacing one as soon as it is chosen, after a quick local check (PDF signature, 10 MB).
 * The server's refusal (FILE_REFUSED, in Vietnamese) shows next to the input.
 */
export function PdfUploadField({
  id,
  label,
  hint,
  attached,
  onUpload,
  onUploaded,
  unsaved = false,
}: {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly attached: AttachedFile | null;
  readonly onUpload: UploadPdf;
  readonly onUploaded: (document: UploadedDocument) => void;
  /** The attached file is not the one saved in the dossier yet. */
  readonly unsaved?: boolean;
}) {
  const { t, locale } = useT();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  // Kept after a failure so that "Thử lại" sends the same file with the same key.
  const [pending, setPending] = useState<{ key: string; fileName: string; contentBase64: string; size: number } | null>(null);
  const busy = phase.kind === 'reading' || phase.kind === 'uploading';

  const send = async (p: { key: string; fileName: string; contentBase64: string; size: number }) => {
    setError(null);
    setPhase({ kind: 'uploading', name: p.fileName, size: p.size });
    try {
      const document = await onUpload({ idempotencyKey: p.key, fileName: p.fileName, contentBase64: p.contentBase64 });
      setPending(null);
      setPhase({ kind: 'uploaded', name: document.fileName });
      onUploaded(document);
    } catch (e) {
      const r = refusalOf(e);
      // A refused file will stay refused: choose another. A network failure may be retried as is.
      setPending(r.appCode === 'NETWORK' ? p : null);
      setError(r.message);
      setPhase({ kind: 'idle' });
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || busy) return;
    setError(null);
    setPending(null);
    setPhase({ kind: 'reading', name: file.name });
    const read = await readPdf(file);
    if (!read.ok) {
      setPhase({ kind: 'idle' });
      setError(
        read.reason === 'TOO_LARGE'
          ? t('parts.file.tooLarge', { name: file.name, max: formatFileSize(MAX_PDF_BYTES, locale) })
          : read.reason === 'EMPTY'
            ? t('parts.file.empty', { name: file.name })
            : t('parts.file.notPdf', { name: file.name }),
      );
      return;
    }
    await send({ key: newIdempotencyKey(), fileName: file.name, contentBase64: read.contentBase64, size: file.size });
  };

  const details = attached?.details;
  return (
    <>
      {attached ? (
        <div className="kn-file">
          <p className="kn-file__title">{details ? t('parts.file.attachedNamed', { name: details.fileName }) : t('parts.file.attached')}</p>
          {details ? (
            <dl className="kn-facts">
              <dt>{t('parts.file.size')}</dt>
              <dd>{formatFileSize(details.sizeBytes, locale)}</dd>
              <dt>{t('parts.file.sha256')}</dt>
              <dd>
                <span className="kn-hash">{details.sha256.slice(0, 16)}…</span>
              </dd>
            </dl>
          ) : null}
          <p>
            <a href={fileHref(attached.fileId)} download={details?.fileName ?? true}>
              {details ? t('parts.file.download', { name: details.fileName }) : t('parts.file.downloadAttached')}
            </a>
          </p>
          {unsaved ? <p className="kn-warning">{t('parts.file.unsaved')}</p> : null}
        </div>
      ) : null}
      <TextField
        id={id}
        type="file"
        accept="application/pdf,.pdf"
        className="kn-file-input"
        label={attached ? t('parts.file.replaceLabel', { label }) : label}
        hint={hint ?? t('parts.file.hint')}
        error={error}
        aria-busy={busy || undefined}
        onChange={choose}
      />
      <p role="status" className="kn-progress">
        {phase.kind === 'reading'
          ? t('parts.file.reading', { name: phase.name })
          : phase.kind === 'uploading'
            ? t('parts.file.uploading', { name: phase.name, size: formatFileSize(phase.size, locale) })
            : phase.kind === 'uploaded'
              ? t('parts.file.uploaded', { name: phase.name })
              : ''}
      </p>
      {pending && !busy ? (
        <div className="kn-line-actions">
          <button type="button" className="kn-button kn-button--secondary" onClick={() => void send(pending)}>
            {t('parts.file.retry', { name: pending.fileName })}
          </button>
        </div>
      ) : null}
    </>
  );
}

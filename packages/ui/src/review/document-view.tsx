import { useState, type ReactNode } from 'react';
import type { DocumentReference } from '@ketnoi/domain';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n/i18n.tsx';

export interface DocumentViewProps {
  readonly document: DocumentReference | null;
  /** Where the stored PDF is downloaded from (the apps' `/files/:id`). */
  readonly fileHref: (fileId: string) => string;
  /** The file's name in links ("bản cam kết", "văn bản xác nhận"). */
  readonly fileLabel: string;
  /** More rows (`<dt>`, `<dd>`) after the document's facts. */
  readonly children?: ReactNode;
}

/**
 * Opens a stored PDF in a new tab: the server sends files as attachments only (quality F1), so the
 * bytes are fetched with the session and shown from a blob address, which the browser's PDF viewer
 * renders; the tab is opened at the click so popup blockers let it through.
 */
export async function openPdfInNewTab(href: string): Promise<boolean> {
  const tab = window.open('', '_blank');
  try {
    const response = await fetch(href, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(String(response.status));
    const blob = new Blob([await response.arrayBuffer()], { type: 'application/pdf' });
    const url = URL.createObjectURL(blob);
    if (tab) tab.location.href = url;
    else window.location.assign(url);
    // The viewer keeps its copy; the address is freed once it had time to load.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    tab?.close();
    return false;
  }
}

/** A document reference, read only: its facts, and its PDF to view in a new tab or download. */
export function DocumentView({ document, fileHref, fileLabel, children }: DocumentViewProps) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'opening' | 'failed'>('idle');
  if (!document) {
    return (
      <>
        <p>{t('review.doc.none')}</p>
        {children ? <dl className="kn-facts">{children}</dl> : null}
      </>
    );
  }
  const fileId = document.fileId;
  const view = async () => {
    if (!fileId) return;
    setState('opening');
    setState((await openPdfInNewTab(fileHref(fileId))) ? 'idle' : 'failed');
  };
  return (
    <>
      <dl className="kn-facts">
        <dt>{t('review.doc.numberAndSymbol')}</dt>
        <dd>{document.numberAndSymbol}</dd>
        <dt>{t('review.doc.issuedOn')}</dt>
        <dd>{formatDate(document.issuedOn)}</dd>
        <dt>{t('review.doc.issuer')}</dt>
        <dd>{document.issuer}</dd>
        <dt>{t('review.doc.signer')}</dt>
        <dd>{document.signer}</dd>
        <dt>{t('review.doc.signerPosition')}</dt>
        <dd>{document.signerPosition}</dd>
        <dt>{t('review.doc.file')}</dt>
        <dd>
          {fileId ? (
            <span className="kn-doc-links">
              <button type="button" className="kn-button kn-button--secondary" onClick={() => void view()} disabled={state === 'opening'}>
                {t('review.doc.view', { name: fileLabel })}
              </button>
              <a href={fileHref(fileId)} download>
                {t('review.doc.download', { name: fileLabel })}
              </a>
            </span>
          ) : (
            t('review.doc.noFile')
          )}
        </dd>
        {children}
      </dl>
      {state === 'opening' ? <p role="status">{t('review.doc.opening')}</p> : null}
      {state === 'failed' ? (
        <p className="kn-alert kn-alert--error" role="alert">
          {t('review.doc.openFailed')}
        </p>
      ) : null}
    </>
  );
}

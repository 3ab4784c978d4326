import type { ReactNode } from 'react';
import type { DocumentReference } from '@ketnoi/domain';
import { formatDate } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { fileHref } from './pdf-upload-field.tsx';

/** A document reference, read only: the facts and a link to its PDF; `children` adds rows (`<dt>`, `<dd>`). */
export function DocumentReferenceView({ document, children }: { readonly document: DocumentReference | null; readonly children?: ReactNode }) {
  const { t } = useT();
  if (!document) {
    return (
      <>
        <p>{t('parts.doc.none')}</p>
        {children ? <dl className="kn-facts">{children}</dl> : null}
      </>
    );
  }
  return (
    <dl className="kn-facts">
      <dt>{t('parts.doc.numberAndSymbol')}</dt>
      <dd>{document.numberAndSymbol}</dd>
      <dt>{t('parts.doc.issuedOn')}</dt>
      <dd>{formatDate(document.issuedOn)}</dd>
      <dt>{t('parts.doc.issuer')}</dt>
      <dd>{document.issuer}</dd>
      <dt>{t('parts.doc.signer')}</dt>
      <dd>{document.signer}</dd>
      <dt>{t('parts.doc.signerPosition')}</dt>
      <dd>{document.signerPosition}</dd>
      <dt>{t('parts.file.pdf')}</dt>
      <dd>
        {document.fileId ? (
          <a href={fileHref(document.fileId)} download>
            {t('parts.file.downloadAttached')}
          </a>
        ) : (
          t('parts.file.none')
        )}
      </dd>
      {children}
    </dl>
  );
}

import type { DocumentReference } from '@ketnoi/domain';
import { formatDate } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { fileHref } from './pdf-upload-field.tsx';

/** A document reference, read only: the facts and a link to its PDF. */
export function DocumentReferenceView({ document }: { readonly document: DocumentReference | null }) {
  const { t } = useT();
  if (!document) return <p>{t('parts.doc.none')}</p>;
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
    </dl>
  );
}

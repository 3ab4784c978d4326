import type { OrgCommitment } from '@ketnoi/domain';
import { useI18n } from '../i18n/i18n.tsx';
import { DocumentView } from './document-view.tsx';

/** Part 1, read only: the organisation's commitment and its signed PDF. */
export function OrgCommitmentView({ value, fileHref }: { readonly value: OrgCommitment; readonly fileHref: (fileId: string) => string }) {
  const { t } = useI18n();
  return <DocumentView document={value.document} fileHref={fileHref} fileLabel={t('review.doc.commitmentFile')} />;
}

import { useMutation } from '@tanstack/react-query';
import type { OrgCommitment } from '@ketnoi/domain';
import type { ApiIssue } from '@ketnoi/client';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { CommitmentForm } from './commitment-form.tsx';
import { DocumentReferenceView } from './document-reference-view.tsx';
import { PartFrame, ReadOnlyNotice } from './part-frame.tsx';
import type { UploadPdf } from './pdf-upload-field.tsx';
import { usePartData } from './use-part-data.ts';
import './parts.css';

export interface CommitmentBodyProps {
  readonly dossierId: string;
  readonly editable: boolean;
  readonly value: OrgCommitment;
  readonly issues: readonly ApiIssue[] | null;
  readonly onUpload: UploadPdf;
  readonly onSave: (value: OrgCommitment) => Promise<void>;
}

/** The form while the dossier can be edited; otherwise the commitment read only, with why. */
export function CommitmentBody({ dossierId, editable, value, issues, onUpload, onSave }: CommitmentBodyProps) {
  if (!editable) {
    return (
      <>
        <ReadOnlyNotice />
        <DocumentReferenceView document={value.document} />
      </>
    );
  }
  return <CommitmentForm dossierId={dossierId} initial={value} issues={issues} onUpload={onUpload} onSave={onSave} />;
}

/** `/ho-so/:id/cam-ket` — Phần 1, Bản cam kết bảo đảm an ninh, an toàn và bảo mật thông tin của tổ chức. */
export function CommitmentPart({ dossierId }: { readonly dossierId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const part = usePartData(dossierId, 'ORG_COMMITMENT');
  const upload = useMutation(trpc.submitter.documents.upload.mutationOptions());
  const mutation = useMutation(trpc.submitter.dossiers.saveOrgCommitment.mutationOptions());
  const onUpload: UploadPdf = (file) => upload.mutateAsync({ ...file, kind: 'ORG_COMMITMENT' });
  const save = (orgCommitment: OrgCommitment) => part.save(orgCommitment, (target) => mutation.mutateAsync({ ...target, orgCommitment }));

  return (
    <PartFrame dossierId={dossierId} title={t('parts.commitment.title')} dossier={part.dossier}>
      {(d) => <CommitmentBody dossierId={dossierId} editable={part.editable} value={d.orgCommitment} issues={part.issues} onUpload={onUpload} onSave={save} />}
    </PartFrame>
  );
}

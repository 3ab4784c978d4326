import { useMutation } from '@tanstack/react-query';
import type { SecurityConfirmation } from '@ketnoi/domain';
import type { ApiIssue } from '@ketnoi/client';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { PartFrame, ReadOnlyNotice } from './part-frame.tsx';
import type { UploadPdf } from './pdf-upload-field.tsx';
import { SecurityForm } from './security-form.tsx';
import { SecurityView } from './security-view.tsx';
import { usePartData } from './use-part-data.ts';
import './parts.css';

export interface SecurityBodyProps {
  readonly editable: boolean;
  readonly value: SecurityConfirmation;
  readonly issues: readonly ApiIssue[] | null;
  readonly onUpload: UploadPdf;
  readonly onSave: (value: SecurityConfirmation) => Promise<void>;
  readonly today?: string;
}

/** The form while the dossier can be edited; otherwise part 4 read only, with why. */
export function SecurityBody({ editable, value, issues, onUpload, onSave, today }: SecurityBodyProps) {
  if (!editable) {
    return (
      <>
        <ReadOnlyNotice />
        <SecurityView value={value} />
      </>
    );
  }
  return <SecurityForm initial={value} issues={issues} onUpload={onUpload} onSave={onSave} today={today} />;
}

/** `/ho-so/:id/an-ninh` — Phần 4, phiếu khảo sát và văn bản xác nhận an ninh, an toàn thông tin (A05). */
export function SecurityPart({ dossierId }: { readonly dossierId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const part = usePartData(dossierId, 'SECURITY_CONFIRMATION');
  const upload = useMutation(trpc.submitter.documents.upload.mutationOptions());
  const mutation = useMutation(trpc.submitter.dossiers.saveSecurityConfirmation.mutationOptions());
  const onUpload: UploadPdf = (file) => upload.mutateAsync({ ...file, kind: 'SECURITY_CONFIRMATION' });
  const save = (securityConfirmation: SecurityConfirmation) => part.save(securityConfirmation, (target) => mutation.mutateAsync({ ...target, securityConfirmation }));

  return (
    <PartFrame dossierId={dossierId} title={t('parts.security.title')} dossier={part.dossier}>
      {(d) => <SecurityBody editable={part.editable} value={d.securityConfirmation} issues={part.issues} onUpload={onUpload} onSave={save} />}
    </PartFrame>
  );
}

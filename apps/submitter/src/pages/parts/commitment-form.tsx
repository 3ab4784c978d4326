import { useState, type FormEvent } from 'react';
import type { OrgCommitment } from '@ketnoi/domain';
import type { ApiIssue } from '@ketnoi/client';
import { useT } from '../../use-t.ts';
import { DocumentReferenceFields, documentFieldId } from './document-reference-fields.tsx';
import {
  DOCUMENT_REFERENCE_FIELDS,
  checkDocumentReferenceDraft,
  documentReferenceDraftOf,
  documentTarget,
  type DocumentErrors,
  type DocumentReferenceDraft,
} from './document-reference-draft.ts';
import { PartIssues, issuesUnder, useFieldNotes, type IssuePath } from './part-issues.tsx';
import { PdfUploadField, type AttachedFile, type UploadPdf } from './pdf-upload-field.tsx';
import { SavedStatus, SaveRefusal } from './save-feedback.tsx';
import { useSubmitSummary } from './submit-summary.tsx';
import { usePartSave } from './use-part-save.ts';

const PREFIX = 'commitment-document';

/** The commitment letter ketnoi fills for this dossier, to be printed and signed (served by apps/server). */
export const commitmentTemplateHref = (dossierId: string) => `/files/dossiers/${encodeURIComponent(dossierId)}/commitment.pdf`;

const ORDER = ['fileId' as const, ...DOCUMENT_REFERENCE_FIELDS].map((f) => documentFieldId(PREFIX, f));
const idsOf = (errors: DocumentErrors) => Object.fromEntries(Object.entries(errors).map(([f, m]) => [documentFieldId(PREFIX, f as keyof DocumentErrors), m]));

const targetOf = (path: IssuePath) => (path[0] === 'document' ? documentTarget(PREFIX, path.slice(1)) : null);

export interface CommitmentFormProps {
  readonly dossierId: string;
  readonly initial: OrgCommitment;
  readonly issues: readonly ApiIssue[] | null;
  readonly onUpload: UploadPdf;
  readonly onSave: (value: OrgCommitment) => Promise<void>;
}

/** Part 1 — Bản cam kết của tổ chức: download the prepared letter, upload it signed, describe it. */
export function CommitmentForm({ dossierId, initial, issues, onUpload, onSave }: CommitmentFormProps) {
  const { t } = useT();
  const [draft, setDraft] = useState<DocumentReferenceDraft>(() => documentReferenceDraftOf(initial.document));
  const [file, setFile] = useState<AttachedFile | null>(() => (initial.document?.fileId ? { fileId: initial.document.fileId } : null));
  const [savedFileId, setSavedFileId] = useState<string | null>(initial.document?.fileId ?? null);
  const [errors, setErrors] = useState<DocumentErrors>({});
  const save = usePartSave();
  const submitted = useSubmitSummary();
  const notes = useFieldNotes(issues, targetOf);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    const check = checkDocumentReferenceDraft(draft, file?.fileId ?? null, { issuedOnInvalid: t('parts.doc.issuedOnInvalid') });
    if (!check.ok) {
      setErrors(check.errors);
      submitted.show(idsOf(check.errors), ORDER);
      return;
    }
    setErrors({});
    submitted.show({}, []);
    const value: OrgCommitment = { document: check.document };
    const refused = await save.run(() => onSave(value), check.document ? t('parts.commitment.saved', { ref: check.document.numberAndSymbol }) : t('parts.commitment.savedEmpty'));
    if (refused === null) {
      setDraft(documentReferenceDraftOf(value.document));
      setSavedFileId(value.document?.fileId ?? null);
      return;
    }
    const byField: DocumentErrors = {};
    for (const issue of issuesUnder(refused, 'orgCommitment')) {
      const field = issue.path?.[0] === 'document' ? issue.path[1] : undefined;
      if (typeof field === 'string' && field in draft && !byField[field as keyof DocumentErrors]) byField[field as keyof DocumentErrors] = issue.message;
    }
    setErrors(byField);
    submitted.show(idsOf(byField), ORDER);
  };

  return (
    <form className="kn-form" noValidate onSubmit={submit} aria-label={t('parts.commitment.formLabel')}>
      {submitted.summary}
      <SaveRefusal refusal={save.refusal} />
      <PartIssues issues={issues} targetOf={targetOf} />

      <h2>{t('parts.commitment.step1')}</h2>
      <p>{t('parts.commitment.step1Body')}</p>
      <p>
        <a className="kn-button kn-button--secondary" href={commitmentTemplateHref(dossierId)} download>
          {t('parts.commitment.template')}
        </a>
      </p>

      <h2>{t('parts.commitment.step2')}</h2>
      <PdfUploadField
        id={documentFieldId(PREFIX, 'fileId')}
        label={t('parts.commitment.file')}
        hint={notes(documentFieldId(PREFIX, 'fileId'), t('parts.file.hint'))}
        attached={file}
        unsaved={file !== null && file.fileId !== savedFileId}
        onUpload={onUpload}
        onUploaded={(document) => {
          setFile({ fileId: document.id, details: document });
          setErrors(({ fileId: _done, ...rest }) => rest);
        }}
      />

      <h2>{t('parts.commitment.step3')}</h2>
      <DocumentReferenceFields
        idPrefix={PREFIX}
        draft={draft}
        errors={errors}
        hints={{ issuer: t('parts.commitment.issuerHint'), signer: t('parts.commitment.signerHint'), signerPosition: t('parts.commitment.signerPositionHint') }}
        notes={notes}
        onChange={setDraft}
        onFieldError={(field, message) =>
          setErrors((e) => {
            const { [field]: _old, ...rest } = e;
            return message ? { ...rest, [field]: message } : rest;
          })
        }
      />
      <SavedStatus saved={save.saved} />
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={save.busy}>
          {save.busy ? t('common.saving') : t('parts.commitment.save')}
        </button>
      </div>
    </form>
  );
}

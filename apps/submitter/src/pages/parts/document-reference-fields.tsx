import type { ReactNode } from 'react';
import { TextField } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { checkDocumentField, type DocumentErrors, type DocumentReferenceDraft, type DocumentReferenceField } from './document-reference-draft.ts';

/** Ids of the fields: `${idPrefix}-numberAndSymbol`… (ErrorSummary and the checklist link to them). */
export const documentFieldId = (idPrefix: string, field: DocumentReferenceField | 'fileId') => `${idPrefix}-${field}`;

/**
 * Number and symbol, issue date, issuer, signer and position of a signed document (domain.md §5
 * "Document reference"). Number and date are checked as the user leaves them.
 */
export function DocumentReferenceFields({
  idPrefix,
  draft,
  errors,
  hints,
  notes,
  onChange,
  onFieldError,
}: {
  readonly idPrefix: string;
  readonly draft: DocumentReferenceDraft;
  readonly errors: DocumentErrors;
  /** Hints of this document's fields (who signs, who issues). */
  readonly hints?: Partial<Record<DocumentReferenceField, string>>;
  /** Adds the completeness notes of a field to its hint. */
  readonly notes: (fieldId: string, hint?: ReactNode) => ReactNode;
  readonly onChange: (next: DocumentReferenceDraft) => void;
  readonly onFieldError: (field: DocumentReferenceField, message: string | null) => void;
}) {
  const { t } = useT();
  const messages = { issuedOnInvalid: t('parts.doc.issuedOnInvalid') };
  const bind = (field: DocumentReferenceField, hint?: string) => {
    const id = documentFieldId(idPrefix, field);
    return {
      id,
      name: id,
      value: draft[field],
      error: errors[field] ?? null,
      hint: notes(id, hints?.[field] ?? hint),
      onChange: (e: { target: { value: string } }) => {
        onChange({ ...draft, [field]: e.target.value });
        // Once a field is marked, the mark follows the typing so it goes away when fixed.
        if (errors[field]) onFieldError(field, checkDocumentField(field, e.target.value, messages));
      },
      onBlur: (e: { target: { value: string } }) => onFieldError(field, checkDocumentField(field, e.target.value, messages)),
    };
  };
  return (
    <>
      <TextField label={t('parts.doc.numberAndSymbol')} spellCheck={false} {...bind('numberAndSymbol', t('parts.doc.numberAndSymbolHint'))} />
      <TextField label={t('parts.doc.issuedOn')} inputMode="numeric" placeholder="dd/MM/yyyy" {...bind('issuedOn', t('parts.doc.issuedOnHint'))} />
      <TextField label={t('parts.doc.issuer')} {...bind('issuer')} />
      <TextField label={t('parts.doc.signer')} autoComplete="off" {...bind('signer')} />
      <TextField label={t('parts.doc.signerPosition')} {...bind('signerPosition')} />
    </>
  );
}

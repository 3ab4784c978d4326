import { documentReferenceSchema, parseDocumentNumber, type DocumentReference } from '@ketnoi/domain';
import { displayOfIsoDate, isoOfDisplayDate } from './display-date.ts';

/** A document reference as typed: the issue date `dd/MM/yyyy`; the PDF is held apart (`fileId`). */
export interface DocumentReferenceDraft {
  readonly numberAndSymbol: string;
  readonly issuedOn: string;
  readonly issuer: string;
  readonly signer: string;
  readonly signerPosition: string;
}

export type DocumentReferenceField = keyof DocumentReferenceDraft;
export const DOCUMENT_REFERENCE_FIELDS: readonly DocumentReferenceField[] = ['numberAndSymbol', 'issuedOn', 'issuer', 'signer', 'signerPosition'];
export type DocumentErrors = Partial<Record<DocumentReferenceField | 'fileId', string>>;

export const emptyDocumentReferenceDraft = (): DocumentReferenceDraft => ({ numberAndSymbol: '', issuedOn: '', issuer: '', signer: '', signerPosition: '' });

export const documentReferenceDraftOf = (doc: DocumentReference | null): DocumentReferenceDraft =>
  doc
    ? { numberAndSymbol: doc.numberAndSymbol, issuedOn: displayOfIsoDate(doc.issuedOn), issuer: doc.issuer, signer: doc.signer, signerPosition: doc.signerPosition }
    : emptyDocumentReferenceDraft();

export const isBlankDocumentDraft = (d: DocumentReferenceDraft) => DOCUMENT_REFERENCE_FIELDS.every((f) => d[f].trim() === '');

export interface DocumentMessages {
  /** The schema words bad dates as yyyy-MM-dd; the form asks for dd/MM/yyyy. */
  readonly issuedOnInvalid: string;
}

export type DocumentCheck = { readonly ok: true; readonly document: DocumentReference | null } | { readonly ok: false; readonly errors: DocumentErrors };

/**
 * Checks a typed reference with the domain's `documentReferenceSchema` (the API's own check), so the
 * Vietnamese messages are the domain's. Nothing typed and no file: no document yet (null).
 */
export function checkDocumentReferenceDraft(draft: DocumentReferenceDraft, fileId: string | null, messages: DocumentMessages): DocumentCheck {
  if (isBlankDocumentDraft(draft) && fileId === null) return { ok: true, document: null };
  const iso = isoOfDisplayDate(draft.issuedOn);
  const parsed = documentReferenceSchema.safeParse({ ...draft, issuedOn: iso ?? draft.issuedOn, fileId });
  if (parsed.success) return { ok: true, document: parsed.data };
  const errors: DocumentErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as DocumentReferenceField | 'fileId';
    if (errors[field]) continue;
    errors[field] = field === 'issuedOn' ? messages.issuedOnInvalid : issue.message;
  }
  if (!iso) errors.issuedOn = messages.issuedOnInvalid;
  return { ok: false, errors };
}

/** The message for one field when the user leaves it (null: nothing to say yet). */
export function checkDocumentField(field: DocumentReferenceField, value: string, messages: DocumentMessages): string | null {
  if (value.trim() === '') return null;
  if (field === 'numberAndSymbol') {
    const parsed = parseDocumentNumber(value);
    return parsed.ok ? null : (parsed.issues[0]?.message ?? null);
  }
  if (field === 'issuedOn') return isoOfDisplayDate(value) ? null : messages.issuedOnInvalid;
  return null;
}

/** Where an issue under a document reference (`['numberAndSymbol']`, `['fileId']`, or `[]` when missing) points. */
export function documentTarget(idPrefix: string, rest: readonly (string | number)[]): string {
  const field = rest[0];
  return typeof field === 'string' && (DOCUMENT_REFERENCE_FIELDS as readonly string[]).includes(field) ? `${idPrefix}-${field}` : `${idPrefix}-fileId`;
}

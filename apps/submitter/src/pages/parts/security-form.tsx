import { useState, type FormEvent, type ReactNode } from 'react';
import { CONFIRMATION_RESULTS, HOSTING_KINDS, SECURITY_LEVELS, VULNERABILITY_TEST_KINDS, securityConfirmationSchema, type SecurityConfirmation } from '@ketnoi/domain';
import { SelectField, TextAreaField, TextField, formatDate, todayInVietnam } from '@ketnoi/ui';
import type { ApiIssue } from '@ketnoi/client';
import { useT } from '../../use-t.ts';
import { CheckboxField } from './checkbox-field.tsx';
import { displayOfIsoDate, isoOfDisplayDate } from './display-date.ts';
import { DocumentReferenceFields, documentFieldId } from './document-reference-fields.tsx';
import { DOCUMENT_REFERENCE_FIELDS, checkDocumentReferenceDraft, documentReferenceDraftOf, documentTarget, type DocumentReferenceDraft } from './document-reference-draft.ts';
import { PartIssues, issuesUnder, useFieldNotes, type IssuePath } from './part-issues.tsx';
import { PdfUploadField, type AttachedFile, type UploadPdf } from './pdf-upload-field.tsx';
import { SavedStatus, SaveRefusal } from './save-feedback.tsx';
import { useSubmitSummary } from './submit-summary.tsx';
import {
  SURVEY_FIELDS,
  checkSurveyDraft,
  checkSurveyField,
  surveyDraftOf,
  surveyFieldId,
  surveyFieldOfPath,
  type SurveyDraft,
  type SurveyFlag,
  type SurveyTextField,
} from './security-survey-draft.ts';
import { usePartSave } from './use-part-save.ts';
import { validityOf } from './validity.ts';

const DOC = 'confirmation-document';
const RESULT_ID = 'confirmation-result';
const VALID_UNTIL_ID = 'confirmation-validUntil';
const ORDER = [...SURVEY_FIELDS.map(surveyFieldId), documentFieldId(DOC, 'fileId'), ...DOCUMENT_REFERENCE_FIELDS.map((f) => documentFieldId(DOC, f)), RESULT_ID, VALID_UNTIL_ID];

/** Where an issue of part 4 (path relative to the part) belongs. */
export function securityTarget(path: IssuePath): string | null {
  if (path[0] === 'survey') return surveyFieldId(surveyFieldOfPath(path.slice(1)) ?? 'informationTypes');
  if (path[0] !== 'confirmation') return null;
  if (path[1] === 'document') return documentTarget(DOC, path.slice(2));
  if (path[1] === 'result') return RESULT_ID;
  if (path[1] === 'validUntil') return VALID_UNTIL_ID;
  return documentFieldId(DOC, 'fileId');
}

export interface SecurityFormProps {
  readonly initial: SecurityConfirmation;
  readonly issues: readonly ApiIssue[] | null;
  readonly onUpload: UploadPdf;
  readonly onSave: (value: SecurityConfirmation) => Promise<void>;
  /** Today in Vietnam (`yyyy-MM-dd`), for the validity warning. */
  readonly today?: string;
}

/**
 * Part 4 — the security assessment survey the unit fills, and A05's confirmation it attaches
 * (domain.md §5 "Security survey and confirmation"), saved together.
 */
export function SecurityForm({ initial, issues, onUpload, onSave, today = todayInVietnam() }: SecurityFormProps) {
  const { t } = useT();
  const [survey, setSurvey] = useState<SurveyDraft>(() => surveyDraftOf(initial.survey));
  const [doc, setDoc] = useState<DocumentReferenceDraft>(() => documentReferenceDraftOf(initial.confirmation.document));
  const [file, setFile] = useState<AttachedFile | null>(() => (initial.confirmation.document?.fileId ? { fileId: initial.confirmation.document.fileId } : null));
  const [savedFileId, setSavedFileId] = useState<string | null>(initial.confirmation.document?.fileId ?? null);
  const [result, setResult] = useState<string>(initial.confirmation.result ?? '');
  const [validUntil, setValidUntil] = useState(displayOfIsoDate(initial.confirmation.validUntil));
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const save = usePartSave();
  const submitted = useSubmitSummary();
  const notes = useFieldNotes(issues, securityTarget);
  const dateInvalid = t('parts.doc.issuedOnInvalid');

  const setError = (id: string, message: string | null) =>
    setErrors((e) => {
      if ((e[id] ?? null) === message) return e;
      const { [id]: _old, ...rest } = e;
      return message ? { ...rest, [id]: message } : rest;
    });

  const text = (field: SurveyTextField, hint?: ReactNode) => {
    const id = surveyFieldId(field);
    return {
      id,
      name: id,
      value: survey[field],
      error: errors[id] ?? null,
      hint: notes(id, hint),
      onChange: (e: { target: { value: string } }) => {
        setSurvey((s) => ({ ...s, [field]: e.target.value }));
        if (errors[id]) setError(id, checkSurveyField(field, e.target.value, { dateInvalid }));
      },
      onBlur: (e: { target: { value: string } }) => setError(id, checkSurveyField(field, e.target.value, { dateInvalid })),
    };
  };
  const flag = (field: SurveyFlag, hint?: ReactNode) => ({
    id: surveyFieldId(field),
    checked: survey[field],
    hint: notes(surveyFieldId(field), hint),
    onChange: (checked: boolean) => setSurvey((s) => ({ ...s, [field]: checked })),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    const next: Record<string, string> = {};
    const surveyCheck = checkSurveyDraft(survey, {
      dateInvalid,
      hostingRequired: t('parts.survey.hostingRequired'),
      monthsInvalid: t('parts.survey.monthsInvalid'),
      testKindRequired: t('parts.survey.testKindRequired'),
    });
    if (!surveyCheck.ok) for (const [f, m] of Object.entries(surveyCheck.errors)) next[surveyFieldId(f as keyof SurveyDraft)] = m;
    const docCheck = checkDocumentReferenceDraft(doc, file?.fileId ?? null, { issuedOnInvalid: dateInvalid });
    if (!docCheck.ok) for (const [f, m] of Object.entries(docCheck.errors)) next[documentFieldId(DOC, f as keyof DocumentReferenceDraft)] = m;
    const validUntilIso = validUntil.trim() === '' ? null : isoOfDisplayDate(validUntil);
    if (validUntil.trim() !== '' && !validUntilIso) next[VALID_UNTIL_ID] = t('parts.security.validUntilInvalid');
    if (!surveyCheck.ok || !docCheck.ok || Object.keys(next).length > 0) {
      setErrors(next);
      submitted.show(next, ORDER);
      return;
    }
    const parsed = securityConfirmationSchema.safeParse({
      survey: surveyCheck.survey,
      confirmation: { document: docCheck.document, result: result === '' ? null : result, validUntil: validUntilIso },
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const id = securityTarget(issue.path as (string | number)[]);
        if (id && !next[id]) next[id] = issue.message;
      }
      setErrors(next);
      submitted.show(next, ORDER);
      return;
    }
    setErrors({});
    submitted.show({}, []);
    const value = parsed.data;
    const refused = await save.run(() => onSave(value), t('parts.security.saved'));
    if (refused === null) {
      setSurvey(surveyDraftOf(value.survey));
      setDoc(documentReferenceDraftOf(value.confirmation.document));
      setSavedFileId(value.confirmation.document?.fileId ?? null);
      return;
    }
    const byField: Record<string, string> = {};
    for (const issue of issuesUnder(refused, 'securityConfirmation')) {
      const id = issue.path ? securityTarget(issue.path) : null;
      if (id && !byField[id]) byField[id] = issue.message;
    }
    setErrors(byField);
    submitted.show(byField, ORDER);
  };

  const validUntilIso = isoOfDisplayDate(validUntil);
  const validity = validityOf(validUntilIso, today);
  const validityHint = (
    <>
      <span className="kn-note">{t('parts.security.validUntilHint')}</span>
      {validity ? (
        <span className="kn-note kn-warning">
          {validity.kind === 'expired'
            ? t('parts.security.expired', { date: formatDate(validUntilIso!), n: validity.days })
            : t('parts.security.expiring', { date: formatDate(validUntilIso!), n: validity.days })}
        </span>
      ) : null}
    </>
  );

  return (
    <form className="kn-form" noValidate onSubmit={submit} aria-label={t('parts.security.formLabel')}>
      {submitted.summary}
      <SaveRefusal refusal={save.refusal} />
      <PartIssues issues={issues} targetOf={securityTarget} />

      <h2>{t('parts.survey.title')}</h2>
      <p>{t('parts.survey.intro')}</p>
      <fieldset className="kn-fieldset">
        <legend>{t('parts.survey.general')}</legend>
        <TextAreaField label={t('parts.survey.informationTypes')} {...text('informationTypes', t('parts.survey.informationTypesHint'))} />
        <TextField label={t('parts.survey.systemType')} {...text('systemType', t('parts.survey.systemTypeHint'))} />
        <SelectField label={t('parts.survey.securityLevel')} required {...text('securityLevel', t('parts.survey.securityLevelHint'))}>
          <option value="">{t('system.securityLevelChoose')}</option>
          {SECURITY_LEVELS.map((n) => (
            <option key={n} value={String(n)}>
              {t('system.securityLevelOption', { n })}
            </option>
          ))}
        </SelectField>
        <TextField label={t('parts.survey.approvalNumber')} spellCheck={false} {...text('approvalNumber', t('parts.survey.approvalNumberHint'))} />
        <TextField label={t('parts.survey.approvalDate')} required inputMode="numeric" placeholder="dd/MM/yyyy" {...text('approvalDate', t('parts.doc.issuedOnHint'))} />
      </fieldset>

      <fieldset className="kn-fieldset">
        <legend>{t('parts.survey.protection')}</legend>
        <SelectField label={t('parts.survey.hosting')} required {...text('hosting')}>
          <option value="">{t('parts.survey.hostingChoose')}</option>
          {HOSTING_KINDS.map((h) => (
            <option key={h} value={h}>
              {t(`parts.survey.hosting.${h}`)}
            </option>
          ))}
        </SelectField>
        <fieldset className="kn-fieldset">
          <legend>{t('parts.survey.network')}</legend>
          <CheckboxField label={t('parts.survey.firewall')} {...flag('firewall')} />
          <CheckboxField label={t('parts.survey.ips')} {...flag('ips')} />
          <CheckboxField label={t('parts.survey.waf')} {...flag('waf')} />
        </fieldset>
        <CheckboxField label={t('parts.survey.malwareProtection')} {...flag('malwareProtection')} />
        <CheckboxField label={t('parts.survey.monitoringSoc')} {...flag('monitoringSoc')} />
      </fieldset>

      <fieldset className="kn-fieldset">
        <legend>{t('parts.survey.logging')}</legend>
        <CheckboxField label={t('parts.survey.loggingEnabled')} {...flag('loggingEnabled')} />
        <TextField label={t('parts.survey.retentionMonths')} inputMode="numeric" {...text('retentionMonths', t('parts.survey.retentionMonthsHint'))} />
      </fieldset>

      <fieldset className="kn-fieldset">
        <legend>{t('parts.survey.test')}</legend>
        <SelectField label={t('parts.survey.testKind')} {...text('testKind')}>
          <option value="">{t('parts.survey.testNone')}</option>
          {VULNERABILITY_TEST_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`parts.survey.test.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('parts.survey.testOn')} inputMode="numeric" placeholder="dd/MM/yyyy" {...text('testOn', t('parts.doc.issuedOnHint'))} />
      </fieldset>

      <fieldset className="kn-fieldset">
        <legend>{t('parts.survey.backup')}</legend>
        <CheckboxField label={t('parts.survey.backupEnabled')} {...flag('backupEnabled')} />
        <CheckboxField label={t('parts.survey.backupTested')} {...flag('backupTested')} />
      </fieldset>

      <fieldset className="kn-fieldset">
        <legend>{t('parts.survey.officer')}</legend>
        <TextField label={t('parts.survey.officerName')} autoComplete="off" {...text('officerName')} />
        <TextField label={t('parts.survey.officerPosition')} {...text('officerPosition')} />
        <TextField label={t('parts.survey.officerEmail')} type="email" autoComplete="off" spellCheck={false} {...text('officerEmail', t('parts.survey.officerEmailHint'))} />
        <TextField label={t('parts.survey.officerPhone')} type="tel" autoComplete="off" {...text('officerPhone', t('parts.survey.officerPhoneHint'))} />
      </fieldset>

      <h2>{t('parts.security.confirmationTitle')}</h2>
      <p>{t('parts.security.confirmationIntro')}</p>
      <PdfUploadField
        id={documentFieldId(DOC, 'fileId')}
        label={t('parts.security.file')}
        hint={notes(documentFieldId(DOC, 'fileId'), t('parts.file.hint'))}
        attached={file}
        unsaved={file !== null && file.fileId !== savedFileId}
        onUpload={onUpload}
        onUploaded={(document) => {
          setFile({ fileId: document.id, details: document });
          setError(documentFieldId(DOC, 'fileId'), null);
        }}
      />
      <DocumentReferenceFields
        idPrefix={DOC}
        draft={doc}
        errors={Object.fromEntries(DOCUMENT_REFERENCE_FIELDS.flatMap((f) => (errors[documentFieldId(DOC, f)] ? [[f, errors[documentFieldId(DOC, f)]]] : [])))}
        hints={{ issuer: t('parts.security.issuerHint'), numberAndSymbol: t('parts.security.numberHint') }}
        notes={notes}
        onChange={setDoc}
        onFieldError={(field, message) => setError(documentFieldId(DOC, field), message)}
      />
      <SelectField
        id={RESULT_ID}
        name={RESULT_ID}
        label={t('parts.security.result')}
        value={result}
        error={errors[RESULT_ID] ?? null}
        hint={notes(RESULT_ID)}
        onChange={(e) => setResult(e.target.value)}
      >
        <option value="">{t('parts.security.resultNone')}</option>
        {CONFIRMATION_RESULTS.map((r) => (
          <option key={r} value={r}>
            {t(`parts.security.result.${r}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={VALID_UNTIL_ID}
        name={VALID_UNTIL_ID}
        label={t('parts.security.validUntil')}
        inputMode="numeric"
        placeholder="dd/MM/yyyy"
        value={validUntil}
        error={errors[VALID_UNTIL_ID] ?? null}
        hint={notes(VALID_UNTIL_ID, validityHint)}
        onChange={(e) => {
          setValidUntil(e.target.value);
          if (errors[VALID_UNTIL_ID] && isoOfDisplayDate(e.target.value)) setError(VALID_UNTIL_ID, null);
        }}
        onBlur={(e) => setError(VALID_UNTIL_ID, e.target.value.trim() === '' || isoOfDisplayDate(e.target.value) ? null : t('parts.security.validUntilInvalid'))}
      />
      <SavedStatus saved={save.saved} />
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={save.busy}>
          {save.busy ? t('common.saving') : t('parts.security.save')}
        </button>
      </div>
    </form>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ServiceCatalogueEntry, ServiceRegistration } from '@ketnoi/domain';
import { SelectField, TextAreaField, TextField } from '@ketnoi/ui';
import type { ApiIssue } from '@ketnoi/client';
import { useT } from '../../use-t.ts';
import { PartIssues, issuesUnder, useFieldNotes } from './part-issues.tsx';
import { SavedStatus, SaveRefusal } from './save-feedback.tsx';
import { useSubmitSummary } from './submit-summary.tsx';
import {
  ADD_LINE_ID,
  addProcedureId,
  checkServiceDraft,
  draftOfServiceRegistration,
  emptyLine,
  emptyProcedure,
  lineFieldId,
  procedureCodeError,
  procedureFieldId,
  targetOfSaved,
  targetOfSent,
  type LineTextField,
  type ProcedureDraft,
  type ServiceLineDraft,
} from './service-registration-draft.ts';
import { usePartSave } from './use-part-save.ts';
import { tidyViNumber } from './whole-number.ts';

export interface ServiceRegistrationFormProps {
  readonly initial: ServiceRegistration;
  /** The catalogue's active services (`reference.services`). */
  readonly services: readonly ServiceCatalogueEntry[];
  /** Completeness issues of this part, paths relative to it; null when not checked. */
  readonly issues: readonly ApiIssue[] | null;
  /** Saves; rejects with the API's error. */
  readonly onSave: (value: ServiceRegistration) => Promise<void>;
}

/** The ids of the fields in the order of the page (the error summary follows it). */
function fieldOrder(lines: readonly ServiceLineDraft[]): string[] {
  return lines.flatMap((line) => [
    lineFieldId(line.key, 'serviceCode'),
    ...line.procedures.flatMap((p) => [procedureFieldId(line.key, p.key, 'code'), procedureFieldId(line.key, p.key, 'name')]),
    ...(['purpose', 'legalBasis', 'volumePerDay', 'peakPerSecond'] as const).map((f) => lineFieldId(line.key, f)),
  ]);
}

/** Part 3 — Phiếu đăng ký sử dụng dịch vụ: lines of service × administrative procedures. */
export function ServiceRegistrationForm({ initial, services, issues, onSave }: ServiceRegistrationFormProps) {
  const { t } = useT();
  const [lines, setLines] = useState<ServiceLineDraft[]>(() => draftOfServiceRegistration(initial));
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const save = usePartSave();
  const submitted = useSubmitSummary();
  const targetOf = targetOfSaved(lines);
  const notes = useFieldNotes(issues, targetOf);

  // After adding or removing, focus goes where the user continues (WCAG 2.4.3).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const setError = (id: string, message: string | null) =>
    setErrors((e) => {
      if ((e[id] ?? null) === message) return e;
      const { [id]: _old, ...rest } = e;
      return message ? { ...rest, [id]: message } : rest;
    });
  const updateLine = (key: string, change: (l: ServiceLineDraft) => ServiceLineDraft) => setLines((ls) => ls.map((l) => (l.key === key ? change(l) : l)));
  const updateProcedure = (line: string, key: string, change: Partial<ProcedureDraft>) =>
    updateLine(line, (l) => ({ ...l, procedures: l.procedures.map((p) => (p.key === key ? { ...p, ...change } : p)) }));

  const addLine = () => {
    const line = emptyLine();
    setLines((ls) => [...ls, line]);
    focusNext.current = lineFieldId(line.key, 'serviceCode');
  };
  const removeLine = (key: string) => {
    setLines((ls) => ls.filter((l) => l.key !== key));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([id]) => !id.startsWith(`svc-${key}-`))));
    focusNext.current = ADD_LINE_ID;
  };
  const addProcedure = (line: string) => {
    const p = emptyProcedure();
    updateLine(line, (l) => ({ ...l, procedures: [...l.procedures, p] }));
    focusNext.current = procedureFieldId(line, p.key, 'code');
  };
  const removeProcedure = (line: string, key: string) => {
    updateLine(line, (l) => ({ ...l, procedures: l.procedures.filter((p) => p.key !== key) }));
    setError(procedureFieldId(line, key, 'code'), null);
    focusNext.current = addProcedureId(line);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    const check = checkServiceDraft(lines, {
      serviceRequired: t('parts.services.serviceRequired'),
      serviceDuplicate: (n) => t('parts.services.serviceDuplicate', { n }),
      numberRequired: t('parts.services.numberRequired'),
      numberUnreadable: t('parts.services.numberUnreadable'),
    });
    if (!check.ok) {
      setErrors(check.errors);
      submitted.show(check.errors, fieldOrder(lines));
      return;
    }
    setErrors({});
    submitted.show({}, []);
    const refused = await save.run(() => onSave(check.value), t('parts.services.saved', { n: check.value.lines.length }));
    if (refused === null) {
      // The saved part is the new origin of the completeness issues that will come back.
      setLines(draftOfServiceRegistration(check.value));
      return;
    }
    const target = targetOfSent(lines);
    const byField: Record<string, string> = {};
    for (const issue of issuesUnder(refused, 'serviceRegistration')) {
      const id = issue.path ? target(issue.path) : null;
      if (id && !byField[id]) byField[id] = issue.message;
    }
    setErrors(byField);
    submitted.show(byField, fieldOrder(lines));
  };

  const known = new Set(services.map((s) => s.code));
  const nameOf = (code: string) => services.find((s) => s.code === code)?.name;

  return (
    <form className="kn-form" noValidate onSubmit={submit} aria-label={t('parts.services.formLabel')}>
      {submitted.summary}
      <SaveRefusal refusal={save.refusal} />
      <PartIssues issues={issues} targetOf={targetOf} />
      <p>{t('parts.services.intro')}</p>
      {lines.length === 0 ? <p>{t('parts.services.noLines')}</p> : null}
      {lines.map((line, i) => {
        const n = i + 1;
        const bind = (field: LineTextField, hint?: string) => {
          const id = lineFieldId(line.key, field);
          return {
            id,
            name: id,
            value: line[field],
            error: errors[id] ?? null,
            hint: notes(id, hint),
            onChange: (e: { target: { value: string } }) => {
              updateLine(line.key, (l) => ({ ...l, [field]: e.target.value }));
              if (errors[id]) setError(id, null);
            },
          };
        };
        const number = (field: 'volumePerDay' | 'peakPerSecond', hint: string) => ({
          ...bind(field, hint),
          inputMode: 'numeric' as const,
          onBlur: () => updateLine(line.key, (l) => ({ ...l, [field]: tidyViNumber(l[field]) })),
        });
        const chosenElsewhere = new Set(lines.filter((l) => l.key !== line.key).map((l) => l.serviceCode));
        const ctx = (text: string) => (
          <>
            {text}
            <span className="visually-hidden"> ({t('parts.services.lineN', { n })})</span>
          </>
        );
        return (
          <fieldset key={line.key} className="kn-fieldset">
            <legend>
              {t('parts.services.line', { n })}
              {nameOf(line.serviceCode) ? (
                <>
                  : <span lang="vi">{nameOf(line.serviceCode)}</span>
                </>
              ) : null}
            </legend>
            <SelectField label={ctx(t('parts.services.service'))} required {...bind('serviceCode')}>
              <option value="">{t('parts.services.chooseService')}</option>
              {services.map((s) => (
                <option key={s.code} value={s.code} disabled={chosenElsewhere.has(s.code)} lang="vi">
                  {s.name} ({s.code})
                </option>
              ))}
              {line.serviceCode && !known.has(line.serviceCode) ? <option value={line.serviceCode}>{t('parts.services.notInCatalogue', { code: line.serviceCode })}</option> : null}
            </SelectField>

            <fieldset className="kn-fieldset">
              <legend>{t('parts.services.procedures')}</legend>
              <p className="kn-field__hint" id={`${addProcedureId(line.key)}-hint`}>
                {notes(addProcedureId(line.key), t('parts.services.proceduresHint'))}
              </p>
              {line.procedures.map((p, j) => {
                const codeId = procedureFieldId(line.key, p.key, 'code');
                const nameId = procedureFieldId(line.key, p.key, 'name');
                const where = t('parts.services.procedureOf', { n, m: j + 1 });
                return (
                  <div key={p.key}>
                    <TextField
                      id={codeId}
                      name={codeId}
                      label={
                        <>
                          {t('parts.services.procedureCode')}
                          <span className="visually-hidden"> ({where})</span>
                        </>
                      }
                      spellCheck={false}
                      autoComplete="off"
                      value={p.code}
                      error={errors[codeId] ?? null}
                      hint={notes(codeId)}
                      onChange={(e) => {
                        const code = e.target.value;
                        updateProcedure(line.key, p.key, { code });
                        if (errors[codeId]) setError(codeId, procedureCodeError({ code, name: p.name }));
                      }}
                      onBlur={() => setError(codeId, procedureCodeError(p))}
                    />
                    <TextField
                      id={nameId}
                      name={nameId}
                      label={
                        <>
                          {t('parts.services.procedureName')}
                          <span className="visually-hidden"> ({where})</span>
                        </>
                      }
                      value={p.name}
                      error={errors[nameId] ?? null}
                      hint={notes(nameId)}
                      onChange={(e) => updateProcedure(line.key, p.key, { name: e.target.value })}
                    />
                    <div className="kn-line-actions">
                      <button type="button" className="kn-button kn-button--secondary" onClick={() => removeProcedure(line.key, p.key)}>
                        {t('parts.services.removeProcedure', { m: j + 1 })}
                        <span className="visually-hidden"> ({t('parts.services.lineN', { n })})</span>
                      </button>
                    </div>
                  </div>
                );
              })}
              <div className="kn-line-actions">
                <button type="button" id={addProcedureId(line.key)} aria-describedby={`${addProcedureId(line.key)}-hint`} className="kn-button kn-button--secondary" onClick={() => addProcedure(line.key)}>
                  {t('parts.services.addProcedure')}
                  <span className="visually-hidden"> ({t('parts.services.lineN', { n })})</span>
                </button>
              </div>
            </fieldset>

            <TextAreaField label={ctx(t('parts.services.purpose'))} {...bind('purpose')} />
            <TextAreaField label={ctx(t('parts.services.legalBasis'))} {...bind('legalBasis', t('parts.services.legalBasisHint'))} />
            <TextField label={ctx(t('parts.services.volumePerDay'))} {...number('volumePerDay', t('parts.services.numberHint'))} />
            <TextField label={ctx(t('parts.services.peakPerSecond'))} {...number('peakPerSecond', t('parts.services.numberHint'))} />
            <div className="kn-line-actions">
              <button type="button" className="kn-button kn-button--secondary" onClick={() => removeLine(line.key)}>
                {t('parts.services.removeLine', { n })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="kn-line-actions">
        <button type="button" id={ADD_LINE_ID} className="kn-button kn-button--secondary" onClick={addLine}>
          {t('parts.services.addLine')}
        </button>
      </div>
      <SavedStatus saved={save.saved} />
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={save.busy}>
          {save.busy ? t('common.saving') : t('parts.services.save')}
        </button>
      </div>
    </form>
  );
}

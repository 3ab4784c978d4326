import { useState, type FormEvent } from 'react';
import { CONNECTION_CHANNELS, SECURITY_LEVELS, type System } from '@ketnoi/domain';
import { Alert, ErrorSummary, SelectField, TextAreaField, TextField } from '@ketnoi/ui';
import { refusalOf } from '@ketnoi/client';
import { useT } from '../use-t.ts';
import { checkSystemDraft, draftOf, emptySystemDraft, fieldOfPath, type SystemDraft, type SystemDraftField } from './system-draft.ts';

export interface SystemFormProps {
  readonly title: string;
  readonly initial?: System;
  /** Saves; rejects with the API's error (message and per-field issues are shown). */
  readonly onSave: (system: System) => Promise<void>;
  readonly onCancel: () => void;
}

const ORDER: readonly SystemDraftField[] = ['name', 'purpose', 'host', 'operator', 'securityLevel', 'decisionNumber', 'decisionDate', 'connectionChannel'];
const idOf = (field: SystemDraftField) => `system-${field}`;

export function SystemForm({ title, initial, onSave, onCancel }: SystemFormProps) {
  const { t } = useT();
  const [draft, setDraft] = useState<SystemDraft>(() => (initial ? draftOf(initial) : emptySystemDraft()));
  const [errors, setErrors] = useState<Partial<Record<SystemDraftField, string>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const bind = (field: SystemDraftField) => ({
    id: idOf(field),
    name: field,
    value: draft[field],
    error: errors[field] ?? null,
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value })),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const check = checkSystemDraft(draft, { decisionDateInvalid: t('system.decisionDateInvalid'), decisionIncomplete: t('system.decisionIncomplete') });
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSave(check.system);
    } catch (error) {
      // The draft stays as typed; the API's field issues go next to their fields.
      const r = refusalOf(error);
      const byField: Partial<Record<SystemDraftField, string>> = {};
      for (const issue of r.issues) {
        const f = issue.path ? fieldOfPath(issue.path) : null;
        if (f && !byField[f]) byField[f] = issue.message;
      }
      setErrors(byField);
      setRefusal(r.message);
    } finally {
      setBusy(false);
    }
  };

  const summary = ORDER.flatMap((f) => (errors[f] ? [{ fieldId: idOf(f), message: errors[f] }] : []));
  return (
    <form className="kn-form kn-card" noValidate onSubmit={submit} aria-labelledby="system-form-title">
      <h2 id="system-form-title">{title}</h2>
      <ErrorSummary errors={summary} />
      {refusal ? (
        <Alert>
          <span lang="vi">{refusal}</span>
        </Alert>
      ) : null}
      <TextField label={t('system.name')} required {...bind('name')} />
      <TextAreaField label={t('system.purpose')} {...bind('purpose')} />
      <TextField label={t('system.host')} spellCheck={false} {...bind('host')} />
      <TextField label={t('system.operator')} {...bind('operator')} />
      <SelectField label={t('system.securityLevel')} hint={t('system.securityLevelHint')} required {...bind('securityLevel')}>
        <option value="">{t('system.securityLevelChoose')}</option>
        {SECURITY_LEVELS.map((n) => (
          <option key={n} value={String(n)}>
            {t('system.securityLevelOption', { n })}
          </option>
        ))}
      </SelectField>
      <TextField label={t('system.decisionNumber')} hint={t('system.decisionNumberHint')} {...bind('decisionNumber')} />
      <TextField label={t('system.decisionDate')} hint={t('system.decisionDateHint')} inputMode="numeric" placeholder="dd/MM/yyyy" {...bind('decisionDate')} />
      <SelectField label={t('system.channel')} required {...bind('connectionChannel')}>
        {CONNECTION_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(`system.channel.${c}`)}
          </option>
        ))}
      </SelectField>
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="kn-button kn-button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

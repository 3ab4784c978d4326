import { useId, useState, type FormEvent } from 'react';
import { reasonSchema } from '@ketnoi/domain';
import { ErrorSummary, TextAreaField, type FieldError } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { ConfirmStep } from './confirm-step.tsx';

export interface ReasonFormProps {
  readonly label: string;
  readonly hint: string;
  readonly submitLabel: string;
  /** Irreversible decisions (reject, revoke) ask for a confirmation with this question first. */
  readonly confirm?: { readonly question: string; readonly label: string };
  readonly submitting: boolean;
  readonly onSubmit: (reason: string) => void;
}

/**
 * A decision that carries a reason (reject, suspend, revoke): the reason is checked as the domain
 * checks it (reasonSchema: 1–1000 characters once trimmed) before anything is sent.
 */
export function ReasonForm({ label, hint, submitLabel, confirm, submitting, onSubmit }: ReasonFormProps) {
  const { t } = useT();
  const fieldId = `reason-${useId().replaceAll(':', '')}`;
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [confirming, setConfirming] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = reasonSchema.safeParse(reason);
    const found = parsed.success ? [] : [{ fieldId, message: parsed.error.issues[0]!.message }];
    setErrors(found);
    if (found.length > 0 || !parsed.success) return;
    if (confirm) setConfirming(true);
    else onSubmit(parsed.data);
  };

  return (
    <form className="kn-form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} />
      <TextAreaField id={fieldId} label={label} hint={hint} required rows={3} maxLength={1000} value={reason} readOnly={confirming} onChange={(e) => setReason(e.target.value)} error={errors[0]?.message ?? null} lang="vi" />
      {confirming && confirm ? (
        <ConfirmStep question={confirm.question} confirmLabel={confirm.label} submitting={submitting} onConfirm={() => onSubmit(reason.trim())} onCancel={() => setConfirming(false)} />
      ) : (
        <div className="kn-actions">
          <button type="submit" className={confirm ? 'kn-button kn-button--danger' : 'kn-button'} disabled={submitting}>
            {submitting ? t('dossier.working') : submitLabel}
          </button>
        </div>
      )}
    </form>
  );
}

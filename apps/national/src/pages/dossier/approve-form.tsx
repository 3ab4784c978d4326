import { useState, type FormEvent } from 'react';
import { decisionSchema } from '@ketnoi/domain';
import { ErrorSummary, TextField, displayOfIsoDate, isoOfDisplayDate, todayInVietnam, type FieldError } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';

export interface ApproveFormProps {
  readonly submitting: boolean;
  readonly onApprove: (decision: { numberAndSymbol: string; issuedOn: string }) => void;
}

/**
 * Approval (đề xuất kết nối chính thức): the reference of C06's decision — its number and symbol
 * (`123/QĐ-C06`, checked by the domain's parser) and its date (dd/MM/yyyy, not after today).
 */
export function ApproveForm({ submitting, onApprove }: ApproveFormProps) {
  const { t } = useT();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(displayOfIsoDate(todayInVietnam()));
  const [errors, setErrors] = useState<FieldError[]>([]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    const issuedOn = isoOfDisplayDate(date);
    if (!number.trim()) found.push({ fieldId: 'approve-number', message: t('dossier.approve.numberRequired') });
    const parsed = decisionSchema.safeParse({ numberAndSymbol: number, issuedOn: issuedOn ?? '' });
    if (number.trim() && !parsed.success && parsed.error.issues.some((i) => i.path[0] === 'numberAndSymbol')) {
      found.push({ fieldId: 'approve-number', message: parsed.error.issues.find((i) => i.path[0] === 'numberAndSymbol')!.message });
    }
    if (!issuedOn) found.push({ fieldId: 'approve-date', message: t('dossier.dateInvalid') });
    else if (issuedOn > todayInVietnam()) found.push({ fieldId: 'approve-date', message: t('dossier.approve.dateFuture') });
    setErrors(found);
    if (found.length === 0 && parsed.success) onApprove(parsed.data);
  };
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message ?? null;

  return (
    <form className="kn-form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} />
      <TextField id="approve-number" label={t('dossier.approve.number')} hint={t('dossier.approve.numberHint')} required autoComplete="off" spellCheck={false} value={number} onChange={(e) => setNumber(e.target.value)} error={errorOf('approve-number')} />
      <TextField id="approve-date" label={t('dossier.approve.date')} hint={t('dossier.dateHint')} required inputMode="numeric" autoComplete="off" value={date} onChange={(e) => setDate(e.target.value)} error={errorOf('approve-date')} />
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={submitting}>
          {submitting ? t('dossier.working') : t('dossier.approve.submit')}
        </button>
      </div>
    </form>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { isIsoDate } from '@ketnoi/domain';
import { Alert, ErrorSummary, formatDate, SelectField, TextField, type FieldError } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import type { ProvinceRow } from './admin-types.ts';

type Field = 'validTo' | 'successorCode';

export interface ProvinceValidityFormProps {
  readonly province: ProvinceRow;
  /** Every province: the successor is one of the others. */
  readonly provinces: readonly ProvinceRow[];
  readonly onDone: (message: string) => void;
  readonly onCancel: () => void;
}

/**
 * A province's end of validity and successor (`admin.reference.provinceValidity`): empty end = a
 * current province, without successor. The API also refuses a loop of successors.
 */
export function ProvinceValidityForm({ province, provinces, onDone, onCancel }: ProvinceValidityFormProps) {
  const { t } = useT();
  const trpc = useTRPC();
  const save = useMutation(trpc.admin.reference.provinceValidity.mutationOptions());
  const prefix = `province-${useId().replaceAll(':', '')}`;
  const [validTo, setValidTo] = useState(province.validTo ?? '');
  const [successorCode, setSuccessorCode] = useState(province.successorCode ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const ending = validTo !== '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    const found: Partial<Record<Field, string>> = {};
    if (ending && !isIsoDate(validTo)) found.validTo = t('admin.province.error.date');
    else if (ending && validTo <= province.validFrom) found.validTo = t('admin.province.error.afterStart', { from: formatDate(province.validFrom) });
    if (ending && successorCode === '') found.successorCode = t('admin.province.error.successor');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await save.mutateAsync({ idempotencyKey: key.current, code: province.code, validTo: ending ? validTo : null, successorCode: ending ? successorCode : null });
      onDone(t('admin.province.saved', { name: province.name }));
    } catch (error) {
      setRefusal(refusalOf(error).message);
    }
  };

  const summary: FieldError[] = (Object.entries(errors) as [Field, string][]).map(([f, message]) => ({ fieldId: `${prefix}-${f}`, message }));
  return (
    <form className="kn-admin-form" aria-labelledby={`${prefix}-title`} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={`${prefix}-title`}>{t('admin.province.editTitle', { name: province.name })}</h3>
      <p>{t('admin.province.editBody', { from: formatDate(province.validFrom) })}</p>
      <ErrorSummary errors={summary} />
      {refusal ? (
        <Alert>
          <span lang="vi">{refusal}</span>
        </Alert>
      ) : null}
      <TextField
        id={`${prefix}-validTo`}
        type="date"
        label={t('admin.province.validTo')}
        hint={t('admin.province.validToHint')}
        value={validTo}
        error={errors.validTo ?? null}
        onChange={(e) => {
          setValidTo(e.target.value);
          key.current = newIdempotencyKey();
        }}
      />
      {ending ? (
        <SelectField
          id={`${prefix}-successorCode`}
          label={t('admin.province.successor')}
          required
          value={successorCode}
          error={errors.successorCode ?? null}
          onChange={(e) => {
            setSuccessorCode(e.target.value);
            key.current = newIdempotencyKey();
          }}
        >
          <option value="">{t('admin.province.successorChoose')}</option>
          {provinces
            .filter((p) => p.code !== province.code)
            .map((p) => (
              <option key={p.code} value={p.code}>
                {p.validTo === null ? `${p.name} (${p.code})` : t('admin.province.formerOption', { name: p.name, code: p.code })}
              </option>
            ))}
        </SelectField>
      ) : null}
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={save.isPending}>
          {save.isPending ? t('admin.saving') : t('admin.save')}
        </button>
        <button type="button" className="kn-button kn-button--secondary" onClick={onCancel} disabled={save.isPending}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

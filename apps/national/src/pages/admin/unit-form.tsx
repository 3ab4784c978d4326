import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { Alert, ErrorSummary, SelectField, TextField, type FieldError } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import type { ProvinceRow, UnitRow } from './admin-types.ts';

/** The three kinds of unit an administrator creates: a central body, a local owner unit, a province's PC06. */
export const UNIT_CHOICES = ['CENTRAL', 'LOCAL', 'PC06'] as const;
type UnitChoice = (typeof UNIT_CHOICES)[number];

interface Values {
  choice: UnitChoice;
  provinceCode: string;
  name: string;
  parentBody: string;
  address: string;
  headName: string;
  headTitle: string;
}
type Field = keyof Values;

const valuesOf = (unit: UnitRow | undefined): Values => ({
  choice: unit ? (unit.kind === 'PC06' ? 'PC06' : unit.level === 'LOCAL' ? 'LOCAL' : 'CENTRAL') : 'CENTRAL',
  provinceCode: unit?.provinceCode ?? '',
  name: unit?.name ?? '',
  parentBody: unit?.parentBody ?? '',
  address: unit?.address ?? '',
  headName: unit?.headName ?? '',
  headTitle: unit?.headTitle ?? '',
});

export interface UnitFormProps {
  /** Current provinces (valid_to empty): a new local unit or PC06 belongs to one of them. */
  readonly provinces: readonly ProvinceRow[];
  /** The unit being edited; absent for a new one. Kind, level and province decide routing: they stay. */
  readonly unit?: UnitRow;
  readonly onDone: (message: string) => void;
  readonly onCancel: () => void;
}

/**
 * Creates a unit or edits one (`admin.units.create` / `admin.units.update`). Errors show inline, in
 * Vietnamese, with a summary; a refusal from the server keeps every value typed.
 */
export function UnitForm({ provinces, unit, onDone, onCancel }: UnitFormProps) {
  const { t } = useT();
  const trpc = useTRPC();
  const create = useMutation(trpc.admin.units.create.mutationOptions());
  const update = useMutation(trpc.admin.units.update.mutationOptions());
  const prefix = `unit-${useId().replaceAll(':', '')}`;
  const idOf = (field: Field) => `${prefix}-${field}`;
  const [values, setValues] = useState<Values>(() => valuesOf(unit));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const busy = create.isPending || update.isPending;
  const editing = unit !== undefined;
  const needsProvince = values.choice !== 'CENTRAL';

  const set = (field: Field) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    key.current = newIdempotencyKey();
  };

  const check = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (values.name.trim().length < 3) found.name = t('admin.unit.error.name');
    if (!editing && needsProvince && values.provinceCode === '') found.provinceCode = t('admin.unit.error.province');
    return found;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const details = { name: values.name.trim(), parentBody: values.parentBody, address: values.address, headName: values.headName, headTitle: values.headTitle };
    try {
      if (unit) {
        await update.mutateAsync({ idempotencyKey: key.current, unitId: unit.id, ...details });
        onDone(t('admin.unit.updated', { name: details.name }));
      } else {
        await create.mutateAsync({
          idempotencyKey: key.current,
          kind: values.choice === 'PC06' ? 'PC06' : 'OWNER',
          level: values.choice === 'CENTRAL' ? 'CENTRAL' : 'LOCAL',
          provinceCode: needsProvince ? values.provinceCode : null,
          ...details,
        });
        onDone(t('admin.unit.created', { name: details.name }));
      }
    } catch (error) {
      const r = refusalOf(error);
      if (r.appCode === 'DUPLICATE') setErrors({ name: r.message });
      else setRefusal(r.message);
    }
  };

  const summary: FieldError[] = (Object.entries(errors) as [Field, string][]).map(([field, message]) => ({ fieldId: idOf(field), message }));
  const titleId = `${prefix}-title`;
  return (
    <form className="kn-admin-form" aria-labelledby={titleId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={titleId}>{editing ? t('admin.unit.editTitle', { name: unit.name }) : t('admin.unit.createTitle')}</h3>
      <ErrorSummary errors={summary} />
      {refusal ? (
        <Alert>
          <span lang="vi">{refusal}</span>
        </Alert>
      ) : null}
      <SelectField id={idOf('choice')} label={t('admin.unit.kind')} value={values.choice} onChange={set('choice')} disabled={editing} hint={editing ? t('admin.unit.kindFixed') : undefined}>
        {UNIT_CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`admin.unit.kind.${c}`)}
          </option>
        ))}
      </SelectField>
      {needsProvince ? (
        <SelectField id={idOf('provinceCode')} label={t('admin.unit.province')} required={!editing} value={values.provinceCode} onChange={set('provinceCode')} disabled={editing} error={errors.provinceCode ?? null}>
          <option value="">{t('admin.unit.provinceChoose')}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField id={idOf('name')} label={t('admin.unit.name')} required value={values.name} onChange={set('name')} error={errors.name ?? null} autoComplete="off" />
      <TextField id={idOf('parentBody')} label={t('admin.unit.parentBody')} value={values.parentBody} onChange={set('parentBody')} autoComplete="off" />
      <TextField id={idOf('address')} label={t('admin.unit.address')} value={values.address} onChange={set('address')} autoComplete="off" />
      <TextField id={idOf('headName')} label={t('admin.unit.headName')} value={values.headName} onChange={set('headName')} autoComplete="off" />
      <TextField id={idOf('headTitle')} label={t('admin.unit.headTitle')} value={values.headTitle} onChange={set('headTitle')} autoComplete="off" />
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={busy}>
          {busy ? t('admin.saving') : editing ? t('admin.save') : t('admin.unit.create')}
        </button>
        <button type="button" className="kn-button kn-button--secondary" onClick={onCancel} disabled={busy}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import type { Role } from '@ketnoi/domain';
import { Alert, ErrorSummary, SelectField, TextField, type FieldError } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import type { UnitChoice } from './admin-types.ts';
import { passwordProblemKey, ROLE_CHOICES, unitsForRole } from './user-roles.ts';

interface Values {
  username: string;
  displayName: string;
  email: string;
  role: Role;
  unitId: string;
  password: string;
}
type Field = keyof Values;

const USERNAME = /^[a-z0-9._-]{3,64}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface UserFormProps {
  /** Every unit (admin.units.list): the unit list follows the role chosen. */
  readonly units: readonly UnitChoice[];
  /** The unit the list was showing, chosen first when it fits the role. */
  readonly unitId?: string;
  readonly onDone: (message: string) => void;
  readonly onCancel: () => void;
}

/**
 * Creates an account (`admin.users.create`): the administrator sets the initial password, which the
 * API stores only hashed; it is never shown again, so the form says to hand it over in person.
 * Errors show inline in Vietnamese; a refusal keeps everything typed.
 */
export function UserForm({ units, unitId, onDone, onCancel }: UserFormProps) {
  const { t } = useT();
  const trpc = useTRPC();
  const create = useMutation(trpc.admin.users.create.mutationOptions());
  const prefix = `user-${useId().replaceAll(':', '')}`;
  const idOf = (field: Field) => `${prefix}-${field}`;
  const initialUnit = units.find((u) => u.id === unitId && u.active);
  const initialRole: Role = initialUnit?.kind === 'PC06' ? 'PROVINCIAL_REVIEWER' : initialUnit?.kind === 'C06' ? 'NATIONAL_REVIEWER' : 'SUBMITTER';
  const [values, setValues] = useState<Values>({ username: '', displayName: '', email: '', role: initialRole, unitId: initialUnit?.id ?? '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const choices = unitsForRole(units, values.role);

  const set = (field: Field) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setValues((v) => {
      const next = { ...v, [field]: value };
      // A role the chosen unit does not admit clears the unit rather than sending a refused pair.
      if (field === 'role' && !unitsForRole(units, value as Role).some((u) => u.id === v.unitId)) next.unitId = '';
      return next;
    });
    key.current = newIdempotencyKey();
  };

  const check = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (!USERNAME.test(values.username.trim())) found.username = t('admin.user.error.username');
    if (values.displayName.trim().length < 2) found.displayName = t('admin.user.error.displayName');
    if (values.email.trim() !== '' && !EMAIL.test(values.email.trim())) found.email = t('admin.user.error.email');
    if (values.unitId === '') found.unitId = t('admin.user.error.unit');
    const problem = passwordProblemKey(values.password);
    if (problem) found.password = t(problem);
    return found;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const created = await create.mutateAsync({
        idempotencyKey: key.current,
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        email: values.email.trim() === '' ? null : values.email.trim(),
        role: values.role,
        unitId: values.unitId,
        password: values.password,
      });
      onDone(t('admin.user.created', { username: created.username }));
    } catch (error) {
      const r = refusalOf(error);
      if (r.appCode === 'DUPLICATE') setErrors({ username: r.message });
      else setRefusal(r.message);
    }
  };

  const summary: FieldError[] = (Object.entries(errors) as [Field, string][]).map(([field, message]) => ({ fieldId: idOf(field), message }));
  const titleId = `${prefix}-title`;
  return (
    <form className="kn-admin-form" aria-labelledby={titleId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={titleId}>{t('admin.user.createTitle')}</h3>
      <ErrorSummary errors={summary} />
      {refusal ? (
        <Alert>
          <span lang="vi">{refusal}</span>
        </Alert>
      ) : null}
      <TextField id={idOf('username')} label={t('admin.user.username')} hint={t('admin.user.usernameHint')} required value={values.username} onChange={set('username')} error={errors.username ?? null} autoComplete="off" spellCheck={false} />
      <TextField id={idOf('displayName')} label={t('admin.user.displayName')} required value={values.displayName} onChange={set('displayName')} error={errors.displayName ?? null} autoComplete="off" />
      <TextField id={idOf('email')} type="email" label={t('admin.user.email')} value={values.email} onChange={set('email')} error={errors.email ?? null} autoComplete="off" />
      <SelectField id={idOf('role')} label={t('admin.user.role')} required value={values.role} onChange={set('role')}>
        {ROLE_CHOICES.map((r) => (
          <option key={r} value={r}>
            {t(`admin.role.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField id={idOf('unitId')} label={t('admin.user.unit')} hint={t('admin.user.unitHint')} required value={values.unitId} onChange={set('unitId')} error={errors.unitId ?? null}>
        <option value="">{t('admin.user.unitChoose')}</option>
        {choices.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </SelectField>
      <TextField id={idOf('password')} type="password" label={t('admin.user.password')} hint={t('admin.user.passwordHint')} required value={values.password} onChange={set('password')} error={errors.password ?? null} autoComplete="new-password" />
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={create.isPending}>
          {create.isPending ? t('admin.saving') : t('admin.user.create')}
        </button>
        <button type="button" className="kn-button kn-button--secondary" onClick={onCancel} disabled={create.isPending}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

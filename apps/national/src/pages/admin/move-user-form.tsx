import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { Alert, SelectField } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import type { UnitChoice, UserRow } from './admin-types.ts';
import { unitsForRole } from './user-roles.ts';

/** Moves a user to another unit of a kind their role admits (`admin.users.moveToUnit`); their sessions end at once. */
export function MoveUserForm({ user, units, onDone, onCancel }: { readonly user: UserRow; readonly units: readonly UnitChoice[]; readonly onDone: (message: string) => void; readonly onCancel: () => void }) {
  const { t } = useT();
  const trpc = useTRPC();
  const move = useMutation(trpc.admin.users.moveToUnit.mutationOptions());
  const id = `move-${useId().replaceAll(':', '')}`;
  const [unitId, setUnitId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const choices = unitsForRole(units, user.role).filter((u) => u.id !== user.unitId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    if (unitId === '') {
      setError(t('admin.user.error.unit'));
      return;
    }
    setError(null);
    try {
      await move.mutateAsync({ idempotencyKey: key.current, userId: user.id, unitId });
      onDone(t('admin.user.moved', { username: user.username, unit: choices.find((u) => u.id === unitId)?.name ?? '' }));
    } catch (err) {
      setRefusal(refusalOf(err).message);
    }
  };

  return (
    <form className="kn-admin-form" aria-labelledby={`${id}-title`} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={`${id}-title`}>{t('admin.user.moveTitle', { username: user.username })}</h3>
      <p>{t('admin.user.moveBody', { unit: user.unitName })}</p>
      {refusal ? (
        <Alert>
          <span lang="vi">{refusal}</span>
        </Alert>
      ) : null}
      <SelectField
        id={`${id}-unit`}
        label={t('admin.user.moveTo')}
        required
        value={unitId}
        error={error}
        onChange={(e) => {
          setUnitId(e.target.value);
          key.current = newIdempotencyKey();
        }}
      >
        <option value="">{t('admin.user.unitChoose')}</option>
        {choices.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </SelectField>
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={move.isPending}>
          {move.isPending ? t('admin.saving') : t('admin.user.move')}
        </button>
        <button type="button" className="kn-button kn-button--secondary" onClick={onCancel} disabled={move.isPending}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

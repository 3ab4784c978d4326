import { SelectField } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { versionList, type VersionPair } from './change-versions.ts';

export interface VersionPickerProps {
  readonly latest: number;
  /** The version the unit is editing (a draft, or the answer to a return), marked in the options. */
  readonly editableVersion: number | null;
  readonly value: VersionPair;
  readonly onChange: (value: VersionPair) => void;
}

/** Two selects, "from" and "to"; choosing one changes the comparison below (not the page). */
export function VersionPicker({ latest, editableVersion, value, onChange }: VersionPickerProps) {
  const { t } = useT();
  const options = versionList(latest).map((n) => (
    <option key={n} value={n}>
      {n === editableVersion ? t('follow.changes.versionEditable', { n }) : t('follow.changes.version', { n })}
    </option>
  ));
  const orderError = value.from >= value.to ? t('follow.changes.orderHint') : null;
  return (
    <fieldset>
      <legend>{t('follow.changes.versions')}</legend>
      <SelectField id="changes-from" label={t('follow.changes.from')} value={value.from} error={orderError} onChange={(e) => onChange({ ...value, from: Number(e.target.value) })}>
        {options}
      </SelectField>
      <SelectField id="changes-to" label={t('follow.changes.to')} value={value.to} onChange={(e) => onChange({ ...value, to: Number(e.target.value) })}>
        {options}
      </SelectField>
    </fieldset>
  );
}

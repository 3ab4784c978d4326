import { useState, type FormEvent } from 'react';
import type { DossierStatus } from '@ketnoi/domain';
import { ErrorSummary, type FieldError } from '../error-summary.tsx';
import { SelectField, TextField } from '../form-field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { displayOfIsoDate, isoOfDisplayDate } from './display-date.ts';
import { DEADLINE_FILTERS, NO_FILTERS, type DeadlineFilter, type QueueFilters } from './queue-view.ts';

export interface FilterOptions {
  readonly units: readonly { readonly id: string; readonly name: string }[];
  readonly systems: readonly { readonly id: string; readonly name: string; readonly unitId: string }[];
  /** C06 only: provinces to filter by (none: no province field). */
  readonly provinces?: readonly { readonly code: string; readonly name: string }[];
}

export interface QueueFiltersFormProps {
  /** The filters in force (from the URL); the form starts from them. */
  readonly filters: QueueFilters;
  /** Units and systems the reviewer may see (the app's `filterOptions`); empty while loading. */
  readonly options: FilterOptions;
  /** The statuses offered (those the reviewer can meet). */
  readonly statuses: readonly DossierStatus[];
  /** Applies the filters (the search text is the search box's, kept as it is). */
  readonly onApply: (filters: Omit<QueueFilters, 'q'>) => void;
}

/**
 * Status, unit, system, (for C06) province, submission dates and deadline state. Nothing is sent
 * until "Lọc": dates are checked first (dd/MM/yyyy, a real day, "from" not after "to"), each error
 * tied to its field. Rendered with `key` = the URL's filters, so Back/Forward resets what the fields show.
 */
export function QueueFiltersForm({ filters, options, statuses, onApply }: QueueFiltersFormProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string>(filters.status.length === 1 ? filters.status[0]! : '');
  const [unitId, setUnitId] = useState(filters.unitId ?? '');
  const [systemId, setSystemId] = useState(filters.systemId ?? '');
  const [provinceCode, setProvinceCode] = useState(filters.provinceCode ?? '');
  const [from, setFrom] = useState(displayOfIsoDate(filters.submittedFrom));
  const [to, setTo] = useState(displayOfIsoDate(filters.submittedTo));
  const [deadline, setDeadline] = useState<string>(filters.deadline ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);

  const systems = unitId ? options.systems.filter((s) => s.unitId === unitId) : options.systems;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    const fromIso = from.trim() ? isoOfDisplayDate(from) : null;
    const toIso = to.trim() ? isoOfDisplayDate(to) : null;
    if (from.trim() && !fromIso) found.push({ fieldId: 'queue-from', message: t('queue.filter.dateInvalid') });
    if (to.trim() && !toIso) found.push({ fieldId: 'queue-to', message: t('queue.filter.dateInvalid') });
    if (fromIso && toIso && toIso < fromIso) found.push({ fieldId: 'queue-to', message: t('queue.filter.dateOrder') });
    setErrors(found);
    if (found.length > 0) return;
    onApply({
      // A status chosen here narrows the tab; several statuses can only come from a link.
      status: status ? [status as DossierStatus] : filters.status.length > 1 ? filters.status : [],
      unitId: unitId || null,
      systemId: systemId && systems.some((s) => s.id === systemId) ? systemId : null,
      ...(provinceCode ? { provinceCode } : {}),
      submittedFrom: fromIso,
      submittedTo: toIso,
      deadline: (deadline || null) as DeadlineFilter | null,
    });
  };

  const clear = () => {
    setErrors([]);
    const { q: _q, ...none } = NO_FILTERS;
    onApply(none);
  };

  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message ?? null;

  return (
    <form className="kn-queue-filters" noValidate onSubmit={submit} aria-label={t('queue.filters')}>
      <ErrorSummary errors={errors} />
      <div className="kn-queue-filters__grid">
        <SelectField id="queue-status" label={t('queue.filter.status')} value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('queue.filter.anyStatus')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        {options.provinces ? (
          <SelectField id="queue-province" label={t('queue.filter.province')} value={provinceCode} onChange={(e) => setProvinceCode(e.target.value)}>
            <option value="">{t('queue.filter.anyProvince')}</option>
            {options.provinces.map((p) => (
              <option key={p.code} value={p.code} lang="vi">
                {p.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          id="queue-unit"
          label={t('queue.filter.unit')}
          value={unitId}
          onChange={(e) => {
            setUnitId(e.target.value);
            setSystemId('');
          }}
        >
          <option value="">{t('queue.filter.anyUnit')}</option>
          {options.units.map((u) => (
            <option key={u.id} value={u.id} lang="vi">
              {u.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="queue-system" label={t('queue.filter.system')} value={systemId} onChange={(e) => setSystemId(e.target.value)}>
          <option value="">{t('queue.filter.anySystem')}</option>
          {systems.map((s) => (
            <option key={s.id} value={s.id} lang="vi">
              {s.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="queue-deadline" label={t('queue.filter.deadline')} value={deadline} onChange={(e) => setDeadline(e.target.value)}>
          <option value="">{t('queue.filter.anyDeadline')}</option>
          {DEADLINE_FILTERS.map((d) => (
            <option key={d} value={d}>
              {t(`queue.filter.deadline.${d}`)}
            </option>
          ))}
        </SelectField>
        <TextField id="queue-from" label={t('queue.filter.from')} hint={t('queue.filter.dateHint')} inputMode="numeric" autoComplete="off" value={from} onChange={(e) => setFrom(e.target.value)} error={errorOf('queue-from')} />
        <TextField id="queue-to" label={t('queue.filter.to')} hint={t('queue.filter.dateHint')} inputMode="numeric" autoComplete="off" value={to} onChange={(e) => setTo(e.target.value)} error={errorOf('queue-to')} />
      </div>
      <div className="kn-actions">
        <button type="submit" className="kn-button">
          {t('queue.filter.apply')}
        </button>
        <button type="button" className="kn-button kn-button--secondary" onClick={clear}>
          {t('queue.filter.clear')}
        </button>
      </div>
    </form>
  );
}

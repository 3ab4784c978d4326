import { useState, type FormEvent } from 'react';
import { SelectField } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { GRANULARITIES, PERIOD_CHOICES, type DashboardView, type Granularity, type Overview } from './dashboard-view.ts';

export interface DashboardFiltersProps {
  readonly view: DashboardView;
  /** The provinces and central bodies to choose from (the overview lists all of them). */
  readonly overview: Overview | undefined;
  readonly onApply: (change: Pick<DashboardView, 'granularity' | 'periods' | 'provinceCode' | 'centralBodyId'>) => void;
}

const scopeValue = (v: Pick<DashboardView, 'provinceCode' | 'centralBodyId'>) => (v.provinceCode ? `p:${v.provinceCode}` : v.centralBodyId ? `b:${v.centralBodyId}` : '');

/** Period (month or week, how many) and scope (the country, a province, a central body), applied together. */
export function DashboardFilters({ view, overview, onApply }: DashboardFiltersProps) {
  const { t } = useT();
  const [granularity, setGranularity] = useState<Granularity>(view.granularity);
  const [periods, setPeriods] = useState(view.periods);
  const [scope, setScope] = useState(scopeValue(view));
  const periodChoices = (PERIOD_CHOICES as readonly number[]).includes(view.periods) ? PERIOD_CHOICES : [...PERIOD_CHOICES, view.periods].sort((a, b) => a - b);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({
      granularity,
      periods,
      provinceCode: scope.startsWith('p:') ? scope.slice(2) : null,
      centralBodyId: scope.startsWith('b:') ? scope.slice(2) : null,
    });
  };
  return (
    <form className="db-filters" onSubmit={submit} aria-label={t('dashboard.filters')}>
      <SelectField label={t('dashboard.filter.granularity')} value={granularity} onChange={(e) => setGranularity(e.target.value as Granularity)}>
        {GRANULARITIES.map((g) => (
          <option key={g} value={g}>
            {t(`dashboard.filter.${g}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('dashboard.filter.periods')} value={String(periods)} onChange={(e) => setPeriods(Number(e.target.value))}>
        {periodChoices.map((n) => (
          <option key={n} value={n}>
            {t('dashboard.filter.periodsN', { n })}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('dashboard.filter.scope')} value={scope} onChange={(e) => setScope(e.target.value)}>
        <option value="">{t('dashboard.filter.country')}</option>
        <optgroup label={t('dashboard.filter.provinces')}>
          {(overview?.byProvince ?? []).map((p) => (
            <option key={p.provinceCode} value={`p:${p.provinceCode}`}>
              {p.provinceName}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('dashboard.filter.centralBodies')}>
          {(overview?.byCentralBody ?? []).map((b) => (
            <option key={b.centralBodyId} value={`b:${b.centralBodyId}`}>
              {b.name}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <button type="submit" className="kn-button">
        {t('dashboard.filter.apply')}
      </button>
    </form>
  );
}

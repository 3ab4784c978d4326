import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { isIsoDate } from '@ketnoi/domain';
import { Alert, ErrorSummary, type FieldError } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import type { CalendarDayRow } from './admin-types.ts';

type Kind = CalendarDayRow['kind'];
interface DayDraft {
  readonly key: number;
  day: string;
  kind: Kind;
  name: string;
}
type RowField = 'day' | 'name';
type RowErrors = Partial<Record<RowField, string>>;

const KINDS: readonly Kind[] = ['HOLIDAY', 'WORKING_WEEKEND'];
const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
/** The API's limit on one year's list (admin.reference.calendar.replaceYear). */
const MAX_DAYS = 60;

export interface CalendarEditorProps {
  readonly year: number;
  readonly days: readonly CalendarDayRow[];
  readonly onSaved: (message: string) => void;
}

/**
 * One year's days off and compensatory working weekends, as the Government announces them, edited
 * as a list and saved whole (`admin.reference.calendar.replaceYear`): deadlines in working days
 * follow it. Each row is checked as the API checks it (in the year, once, a working weekend on a
 * Saturday or Sunday, a name); a refusal keeps the list as typed.
 */
export function CalendarEditor({ year, days, onSaved }: CalendarEditorProps) {
  const { t } = useT();
  const trpc = useTRPC();
  const replace = useMutation(trpc.admin.reference.calendar.replaceYear.mutationOptions());
  const prefix = `cal-${useId().replaceAll(':', '')}`;
  const next = useRef(days.length);
  const [rows, setRows] = useState<DayDraft[]>(() => days.map((d, i) => ({ key: i, day: d.day, kind: d.kind, name: d.name })));
  const [errors, setErrors] = useState<Record<number, RowErrors>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const idOf = (row: DayDraft, field: RowField | 'kind') => `${prefix}-${row.key}-${field}`;

  const change = (k: number, patch: Partial<DayDraft>) => {
    setRows((rs) => rs.map((r) => (r.key === k ? { ...r, ...patch } : r)));
    key.current = newIdempotencyKey();
  };
  const add = () => {
    const k = next.current++;
    setRows((rs) => [...rs, { key: k, day: '', kind: 'HOLIDAY', name: '' }]);
    key.current = newIdempotencyKey();
    // Focus the new row's date once drawn.
    setTimeout(() => document.getElementById(`${prefix}-${k}-day`)?.focus(), 0);
  };
  const remove = (k: number) => {
    setRows((rs) => rs.filter((r) => r.key !== k));
    key.current = newIdempotencyKey();
  };

  const check = (): Record<number, RowErrors> => {
    const found: Record<number, RowErrors> = {};
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const line = i + 1;
      const e: RowErrors = {};
      if (!isIsoDate(r.day)) e.day = t('admin.calendar.error.day', { line });
      else if (!r.day.startsWith(`${year}-`)) e.day = t('admin.calendar.error.year', { line, year: String(year) });
      else if (seen.has(r.day)) e.day = t('admin.calendar.error.twice', { line });
      else if (r.kind === 'WORKING_WEEKEND' && !isWeekend(r.day)) e.day = t('admin.calendar.error.weekend', { line });
      if (isIsoDate(r.day)) seen.add(r.day);
      if (r.name.trim().length < 2) e.name = t('admin.calendar.error.name', { line });
      if (e.day || e.name) found[r.key] = e;
    });
    return found;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const sorted = [...rows].sort((a, b) => a.day.localeCompare(b.day));
    try {
      await replace.mutateAsync({ idempotencyKey: key.current, year, days: sorted.map((r) => ({ day: r.day, kind: r.kind, name: r.name.trim() })) });
      onSaved(t('admin.calendar.saved', { year: String(year), n: sorted.length }));
    } catch (error) {
      setRefusal(refusalOf(error).message);
    }
  };

  const summary: FieldError[] = rows.flatMap((r) => (['day', 'name'] as const).flatMap((f) => (errors[r.key]?.[f] ? [{ fieldId: idOf(r, f), message: errors[r.key]![f]! }] : [])));
  const described = (r: DayDraft, f: RowField) => (errors[r.key]?.[f] ? `${idOf(r, f)}-error` : undefined);
  return (
    <form aria-labelledby={`${prefix}-title`} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={`${prefix}-title`}>{t('admin.calendar.editTitle', { year: String(year) })}</h3>
      <ErrorSummary errors={summary} />
      {refusal ? (
        <Alert>
          <span lang="vi">{refusal}</span>
        </Alert>
      ) : null}
      <div className="kn-table-frame" role="region" aria-labelledby={`${prefix}-title`} tabIndex={0}>
        <table className="kn-admin-days">
          <thead>
            <tr>
              <th scope="col">{t('admin.calendar.day')}</th>
              <th scope="col">{t('admin.calendar.kind')}</th>
              <th scope="col">{t('admin.calendar.name')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={4} className="kn-table__empty">
                  {t('admin.calendar.empty', { year: String(year) })}
                </td>
              </tr>
            ) : null}
            {rows.map((r, i) => (
              <tr key={r.key}>
                <td className={errors[r.key]?.day ? 'kn-field--invalid' : undefined}>
                  <label className="visually-hidden" htmlFor={idOf(r, 'day')}>
                    {t('admin.calendar.dayOf', { line: i + 1 })}
                  </label>
                  {errors[r.key]?.day ? (
                    <p className="kn-field__error" id={`${idOf(r, 'day')}-error`}>
                      {errors[r.key]!.day}
                    </p>
                  ) : null}
                  <input id={idOf(r, 'day')} className="kn-input" type="date" min={`${year}-01-01`} max={`${year}-12-31`} value={r.day} aria-invalid={errors[r.key]?.day ? true : undefined} aria-describedby={described(r, 'day')} onChange={(e) => change(r.key, { day: e.target.value })} />
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={idOf(r, 'kind')}>
                    {t('admin.calendar.kindOf', { line: i + 1 })}
                  </label>
                  <select id={idOf(r, 'kind')} className="kn-input" value={r.kind} onChange={(e) => change(r.key, { kind: e.target.value as Kind })}>
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`admin.calendar.kind.${k}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className={errors[r.key]?.name ? 'kn-field--invalid' : undefined}>
                  <label className="visually-hidden" htmlFor={idOf(r, 'name')}>
                    {t('admin.calendar.nameOf', { line: i + 1 })}
                  </label>
                  {errors[r.key]?.name ? (
                    <p className="kn-field__error" id={`${idOf(r, 'name')}-error`}>
                      {errors[r.key]!.name}
                    </p>
                  ) : null}
                  <input id={idOf(r, 'name')} className="kn-input" value={r.name} aria-invalid={errors[r.key]?.name ? true : undefined} aria-describedby={described(r, 'name')} onChange={(e) => change(r.key, { name: e.target.value })} autoComplete="off" />
                </td>
                <td>
                  <button type="button" className="kn-button kn-button--secondary" aria-label={t('admin.calendar.removeOf', { line: i + 1 })} onClick={() => remove(r.key)}>
                    {t('admin.calendar.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="kn-actions">
        <button type="button" className="kn-button kn-button--secondary" onClick={add} disabled={rows.length >= MAX_DAYS}>
          {t('admin.calendar.add')}
        </button>
        <button type="submit" className="kn-button" disabled={replace.isPending}>
          {replace.isPending ? t('admin.saving') : t('admin.calendar.save', { year: String(year) })}
        </button>
      </div>
    </form>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { refusalOf } from '@ketnoi/client';
import { Alert, SelectField, todayInVietnam } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { CalendarEditor } from './calendar-editor.tsx';

/** `quan-tri/lich-nghi`: the holiday calendar of one year (last year to two years ahead), viewed and replaced whole. */
export function CalendarSection() {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];
  const [year, setYear] = useState(thisYear);
  const [notice, setNotice] = useState<string | null>(null);
  const days = useQuery(trpc.admin.reference.calendar.list.queryOptions({ year }));
  return (
    <>
      <h2>{t('admin.section.lich-nghi')}</h2>
      <p>{t('admin.calendar.intro')}</p>
      <div className="kn-admin-toolbar">
        <SelectField label={t('admin.calendar.year')} value={String(year)} onChange={(e) => { setNotice(null); setYear(Number(e.target.value)); }}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {days.isError ? <Alert>{refusalOf(days.error).message}</Alert> : null}
      {days.data ? (
        <CalendarEditor
          key={`${year}:${days.dataUpdatedAt}`}
          year={year}
          days={days.data}
          onSaved={(message) => {
            setNotice(message);
            void queryClient.invalidateQueries({ queryKey: trpc.admin.reference.calendar.pathKey() });
          }}
        />
      ) : days.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : null}
    </>
  );
}

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, useRouter } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { AXIS_TICK, chartProps, SERIES } from './chart-style.ts';
import { useDrillHref } from './figure-link.tsx';
import { TABLE_STAGES, type StageRow } from './stage-table.tsx';

export interface StageBarsProps {
  readonly name: string;
  readonly rows: readonly StageRow[];
}

/**
 * One horizontal bar per province or central body, stacked by stage (the rest as "Khác"). A click
 * on a stage's segment opens its list, as the table's links do (the keyboard's way).
 */
export function StageBars({ name, rows }: StageBarsProps) {
  const { t, locale } = useT();
  const data = rows.map((r) => {
    const stages = Object.fromEntries(TABLE_STAGES.map((s) => [s, r.byStatus[s]]));
    const listed = TABLE_STAGES.reduce((n, s) => n + r.byStatus[s], 0);
    return { name: r.name, ...stages, others: r.dossiers - listed };
  });
  const height = Math.max(160, rows.length * 28 + 80);
  const fmt = (v: unknown) => formatNumber(Number(v), locale);
  const { navigate } = useRouter();
  const drillHref = useDrillHref();
  const open = (stage: (typeof TABLE_STAGES)[number]) => (_: unknown, index: number) => {
    const row = rows[index];
    if (row) navigate(drillHref({ ...row.figure, stage }));
  };
  // Room for the longest name on one line (about 9 px a character at 13 px), within reason on a phone.
  const yAxisWidth = Math.min(220, Math.max(...rows.map((r) => r.name.length), 10) * 9 + 16);
  return (
    <BarChart {...chartProps(name, height)} data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid horizontal={false} stroke="#c9ced6" />
      <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickFormatter={fmt} />
      <YAxis type="category" dataKey="name" width={yAxisWidth} interval={0} tick={AXIS_TICK} />
      <Tooltip formatter={fmt} isAnimationActive={false} />
      <Legend itemSorter={null} />
      {TABLE_STAGES.map((s) => (
        <Bar key={s} dataKey={s} name={t(`dashboard.stage.${s}`)} stackId="stage" fill={SERIES[s]} isAnimationActive={false} onClick={open(s)} className="db-bar--link" />
      ))}
      <Bar dataKey="others" name={t('dashboard.col.others')} stackId="stage" fill={SERIES.others} isAnimationActive={false} />
    </BarChart>
  );
}

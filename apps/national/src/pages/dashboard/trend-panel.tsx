import { useId } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { ChartFigure } from './chart-figure.tsx';
import { ChartPanel } from './chart-panel.tsx';
import { AXIS_TICK, chartProps, SERIES } from './chart-style.ts';
import { useDashboard } from './dashboard-context.ts';
import type { PeriodEvent } from './dashboard-view.ts';
import { FigureLink } from './figure-link.tsx';
import { periodLabel } from './period-label.ts';

const SERIES_OF = [
  ['submitted', 'SUBMITTED', SERIES.PROVINCIAL_REVIEW],
  ['approved', 'APPROVED', SERIES.APPROVED],
  ['connected', 'CONNECTED', SERIES.NATIONAL_REVIEW],
] as const satisfies readonly (readonly [string, PeriodEvent, string])[];

/** Per period: first submissions, approvals, connections recorded; each figure lists its dossiers. */
export function TrendPanel() {
  const { t, locale } = useT();
  const { view, overview } = useDashboard();
  const captionId = `db-caption-${useId().replaceAll(':', '')}`;
  const label = (from: string, to: string) => periodLabel(t, overview.granularity, from, to);
  const what = t('dashboard.trend.what');
  const data = overview.trend.map((p) => ({ ...p, label: label(p.from, p.to) }));
  const fmt = (v: unknown) => formatNumber(Number(v), locale);
  return (
    <ChartPanel
      panel="trend"
      title={t('dashboard.trend.title')}
      what={what}
      exportView="trend"
      chart={
        <ChartFigure what={what} caption={t('dashboard.trend.caption')}>
          <LineChart {...chartProps(t('dashboard.trend.caption'), 300)} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid stroke="#c9ced6" />
            <XAxis dataKey="label" tick={AXIS_TICK} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} tickFormatter={fmt} />
            <Tooltip formatter={fmt} isAnimationActive={false} />
            <Legend itemSorter={null} />
            {SERIES_OF.map(([key, , colour]) => (
              <Line key={key} dataKey={key} name={t(`dashboard.trend.${key}`)} stroke={colour} strokeWidth={2} isAnimationActive={false} />
            ))}
          </LineChart>
        </ChartFigure>
      }
      table={
        <div className="kn-table-frame" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="kn-table db-table">
            <caption id={captionId}>{t('dashboard.trend.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.col.period')}</th>
                {SERIES_OF.map(([key]) => (
                  <th key={key} scope="col">
                    {t(`dashboard.trend.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {overview.trend.map((p) => (
                <tr key={p.from}>
                  <th scope="row">{label(p.from, p.to)}</th>
                  {SERIES_OF.map(([key, event]) => (
                    <td key={key} className="db-num">
                      <FigureLink n={p[key]} figure={{ period: { granularity: view.granularity, start: p.from, event } }} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    />
  );
}

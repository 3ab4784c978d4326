import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { ChartFigure } from './chart-figure.tsx';
import { ChartPanel } from './chart-panel.tsx';
import { AXIS_TICK, chartProps, SERIES } from './chart-style.ts';
import { useDashboard } from './dashboard-context.ts';
import { FigureLink } from './figure-link.tsx';

/** Open dossiers by working days waiting in their current stage (0–3, 4–5, 6–10, > 10), PC06 and C06. */
export function AgeingPanel() {
  const { t, locale } = useT();
  const { overview } = useDashboard();
  const captionId = `db-caption-${useId().replaceAll(':', '')}`;
  const what = t('dashboard.ageing.what');
  const bucketLabel = (min: number, max: number | null) => (max === null ? t('dashboard.ageing.over', { n: min - 1 }) : t('dashboard.ageing.range', { min, max }));
  const data = overview.ageing.map((a) => ({ label: bucketLabel(a.minDays, a.maxDays), provincial: a.provincial, national: a.national }));
  const fmt = (v: unknown) => formatNumber(Number(v), locale);
  return (
    <ChartPanel
      panel="ageing"
      title={t('dashboard.ageing.title')}
      what={what}
      exportView="ageing"
      intro={t('dashboard.ageing.intro')}
      chart={
        <ChartFigure what={what} caption={t('dashboard.ageing.caption')}>
          <BarChart {...chartProps(t('dashboard.ageing.caption'), 260)} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid vertical={false} stroke="#c9ced6" />
            <XAxis dataKey="label" tick={AXIS_TICK} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} tickFormatter={fmt} />
            <Tooltip formatter={fmt} isAnimationActive={false} />
            <Legend itemSorter={null} />
            <Bar dataKey="provincial" name={t('dashboard.ageing.pc06')} stackId="age" fill={SERIES.PROVINCIAL_REVIEW} isAnimationActive={false} />
            <Bar dataKey="national" name={t('dashboard.ageing.c06')} stackId="age" fill={SERIES.NATIONAL_REVIEW} isAnimationActive={false} />
          </BarChart>
        </ChartFigure>
      }
      table={
        <div className="kn-table-frame" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="kn-table db-table">
            <caption id={captionId}>{t('dashboard.ageing.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.ageing.bucket')}</th>
                <th scope="col">{t('dashboard.ageing.pc06')}</th>
                <th scope="col">{t('dashboard.ageing.c06')}</th>
                <th scope="col">{t('dashboard.ageing.total')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.ageing.map((a) => (
                <tr key={a.bucket}>
                  <th scope="row">{bucketLabel(a.minDays, a.maxDays)}</th>
                  <td className="db-num">
                    <FigureLink n={a.provincial} figure={{ ageBucket: a.bucket, stage: 'PROVINCIAL_REVIEW' }} />
                  </td>
                  <td className="db-num">
                    <FigureLink n={a.national} figure={{ ageBucket: a.bucket, stage: 'NATIONAL_REVIEW' }} />
                  </td>
                  <td className="db-num">
                    <FigureLink n={a.total} figure={{ ageBucket: a.bucket }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    />
  );
}

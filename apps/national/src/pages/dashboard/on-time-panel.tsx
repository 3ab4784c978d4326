import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import { ChartFigure } from './chart-figure.tsx';
import { ChartPanel } from './chart-panel.tsx';
import { AXIS_TICK, chartProps, SERIES } from './chart-style.ts';
import { useDashboard } from './dashboard-context.ts';
import type { DashboardFilter } from './dashboard-view.ts';
import { FigureLink } from './figure-link.tsx';
import { periodLabel } from './period-label.ts';
import { formatShare } from './share-format.ts';

/**
 * The share of review stages completed by their due date: over all the periods shown (the
 * headline), and per period (a bar chart, or the table with PC06 and C06 apart). Completed and late
 * stages list their dossiers.
 */
export function OnTimePanel() {
  const { t, locale } = useT();
  const { view, overview } = useDashboard();
  const captionId = `db-caption-${useId().replaceAll(':', '')}`;
  const label = (from: string, to: string) => periodLabel(t, overview.granularity, from, to);
  const completed = overview.onTime.reduce((n, p) => n + p.completed, 0);
  const onTime = overview.onTime.reduce((n, p) => n + p.onTime, 0);
  const what = t('dashboard.onTime.what');
  const data = overview.onTime.map((p) => ({ label: label(p.from, p.to), share: p.share === null ? null : Math.round(p.share * 1000) / 10 }));
  const period = (from: string, event: 'COMPLETED' | 'LATE', stageKind?: 'PROVINCIAL' | 'NATIONAL'): DashboardFilter => ({
    period: { granularity: view.granularity, start: from, event, ...(stageKind ? { stageKind } : {}) },
  });
  return (
    <ChartPanel
      panel="onTime"
      title={t('dashboard.onTime.title')}
      what={what}
      exportView="on-time"
      intro={t('dashboard.onTime.intro')}
      lead={
        <p className="db-headline">
          {completed === 0 ? (
            t('dashboard.onTime.none')
          ) : (
            <>
              <strong>{t('dashboard.onTime.headline', { periods: overview.onTime.length, share: formatShare(onTime / completed, locale) })}</strong>{' '}
              <span>({t('dashboard.onTime.headlineDetail', { onTime, completed })})</span>
            </>
          )}
        </p>
      }
      chart={
        <ChartFigure what={what} caption={t('dashboard.onTime.caption')}>
          <BarChart {...chartProps(t('dashboard.onTime.caption'), 260)} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid vertical={false} stroke="#c9ced6" />
            <XAxis dataKey="label" tick={AXIS_TICK} />
            <YAxis domain={[0, 100]} tick={AXIS_TICK} tickFormatter={(v: number) => formatShare(v / 100, locale)} />
            <Tooltip formatter={(v: unknown) => formatShare(Number(v) / 100, locale)} isAnimationActive={false} />
            <Bar dataKey="share" name={t('dashboard.onTime.share')} fill={SERIES.APPROVED} isAnimationActive={false} />
          </BarChart>
        </ChartFigure>
      }
      table={
        <div className="kn-table-frame" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="kn-table db-table">
            <caption id={captionId}>{t('dashboard.onTime.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.col.period')}</th>
                <th scope="col">{t('dashboard.onTime.pc06Completed')}</th>
                <th scope="col">{t('dashboard.onTime.pc06Late')}</th>
                <th scope="col">{t('dashboard.onTime.c06Completed')}</th>
                <th scope="col">{t('dashboard.onTime.c06Late')}</th>
                <th scope="col">{t('dashboard.onTime.completed')}</th>
                <th scope="col">{t('dashboard.onTime.onTime')}</th>
                <th scope="col">{t('dashboard.onTime.late')}</th>
                <th scope="col">{t('dashboard.onTime.share')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.onTime.map((p) => (
                <tr key={p.from}>
                  <th scope="row">{label(p.from, p.to)}</th>
                  <td className="db-num">
                    <FigureLink n={p.provincial.completed} figure={period(p.from, 'COMPLETED', 'PROVINCIAL')} />
                  </td>
                  <td className="db-num">
                    <FigureLink n={p.provincial.completed - p.provincial.onTime} figure={period(p.from, 'LATE', 'PROVINCIAL')} />
                  </td>
                  <td className="db-num">
                    <FigureLink n={p.national.completed} figure={period(p.from, 'COMPLETED', 'NATIONAL')} />
                  </td>
                  <td className="db-num">
                    <FigureLink n={p.national.completed - p.national.onTime} figure={period(p.from, 'LATE', 'NATIONAL')} />
                  </td>
                  <td className="db-num">
                    <FigureLink n={p.completed} figure={period(p.from, 'COMPLETED')} />
                  </td>
                  <td className="db-num">{formatNumber(p.onTime, locale)}</td>
                  <td className="db-num">
                    <FigureLink n={p.completed - p.onTime} figure={period(p.from, 'LATE')} />
                  </td>
                  <td className="db-num">{p.share === null ? t('dashboard.onTime.noShare') : formatShare(p.share, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    />
  );
}

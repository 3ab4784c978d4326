import type { ReactNode } from 'react';
import { useT } from '../../use-t.ts';

export interface ChartFigureProps {
  /** What the chart shows: its caption and its accessible name. */
  readonly what: string;
  readonly caption: string;
  readonly children: ReactNode;
  readonly tall?: boolean;
}

/** A chart as a named figure; its data are in the panel's table (the toggle) or beside it. */
export function ChartFigure({ what, caption, children, tall }: ChartFigureProps) {
  const { t } = useT();
  return (
    <figure className={tall ? 'db-chart db-chart--tall' : 'db-chart'} aria-label={t('dashboard.chartAlt', { what })}>
      <figcaption className="db-chart__caption">{caption}</figcaption>
      {children}
    </figure>
  );
}

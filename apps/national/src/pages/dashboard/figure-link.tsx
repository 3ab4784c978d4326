import { formatNumber, Link } from '@ketnoi/ui';
import { ROUTES } from '../../routes.ts';
import { useT } from '../../use-t.ts';
import { useDashboard } from './dashboard-context.ts';
import { dashboardSearchOf, drillInto, type DashboardFilter } from './dashboard-view.ts';
import { filterText } from './filter-text.ts';

export interface FigureLinkProps {
  readonly n: number;
  /** What the figure counts (the view's scope is added unless the figure has its own). */
  readonly figure: DashboardFilter;
  readonly className?: string;
}

/** The address of the list behind a figure, within the view in force. */
export function useDrillHref(): (figure: DashboardFilter) => string {
  const { view } = useDashboard();
  return (figure) => `${ROUTES.dashboard}${dashboardSearchOf(drillInto(view, figure))}`;
}

/**
 * A figure (vi-VN digits) that opens the list behind it: read as "12 hồ sơ: trạng thái …". A zero
 * is plain text: its list is empty.
 */
export function FigureLink({ n, figure, className }: FigureLinkProps) {
  const { t, locale } = useT();
  const { view, overview } = useDashboard();
  const drillHref = useDrillHref();
  const text = formatNumber(n, locale);
  if (n === 0) return <span className={className}>{text}</span>;
  return (
    <Link to={drillHref(figure)} className={className}>
      {text}
      <span className="visually-hidden">{t('dashboard.figure.suffix', { what: filterText(t, drillInto(view, figure).drill!, overview) })}</span>
    </Link>
  );
}

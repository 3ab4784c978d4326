import { useT } from '../../use-t.ts';
import { exportHref, type DashboardView, type ExportView } from './dashboard-view.ts';

export interface ExportLinksProps {
  readonly exportView: ExportView;
  /** What the file holds, in words ("số hồ sơ theo tỉnh, thành phố"). */
  readonly what: string;
  /** The view in force: its period and scope, or the list's filter. */
  readonly view: DashboardView;
}

/**
 * Downloads of one view as .xlsx and .csv through the server's export routes
 * (`/files/dashboard/<view>.<format>`), with the same period, scope or list filter as the screen.
 */
export function ExportLinks({ exportView, what, view }: ExportLinksProps) {
  const { t } = useT();
  return (
    <p className="db-exports">
      <a href={exportHref(exportView, 'xlsx', view)} download>
        {t('dashboard.export.xlsx', { what })}
      </a>
      <a href={exportHref(exportView, 'csv', view)} download>
        {t('dashboard.export.csv', { what })}
      </a>
    </p>
  );
}

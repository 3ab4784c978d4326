import type { DeadlineState } from '@ketnoi/domain';
import { formatDate } from './format.ts';
import { useI18n } from './i18n/i18n.tsx';

export interface DeadlineBadgeProps {
  /** `yyyy-MM-dd`, or null when the dossier's clock is not running (draft, returned, final). */
  readonly dueOn: string | null;
  /**
   * The domain's `deadlineState` for today. Counting working days needs the holiday calendar, which
   * the browser does not have yet: without it the badge shows the due date only.
   */
  readonly state?: DeadlineState | null;
}

export function DeadlineBadge({ dueOn, state }: DeadlineBadgeProps) {
  const { t } = useI18n();
  if (!dueOn) return <span className="kn-deadline kn-deadline--none">{t('deadline.none')}</span>;
  const date = formatDate(dueOn);
  if (!state) return <span className="kn-deadline">{t('deadline.dueOn', { date })}</span>;
  const [kind, text] =
    state.kind === 'ON_TIME'
      ? (['on-time', t('deadline.onTime', { n: state.remaining })] as const)
      : state.kind === 'DUE_TODAY'
        ? (['due-today', t('deadline.dueToday')] as const)
        : (['overdue', t('deadline.overdue', { n: state.by })] as const);
  return (
    <span className={`kn-deadline kn-deadline--${kind}`}>
      {text} <span className="kn-deadline__date">({date})</span>
    </span>
  );
}

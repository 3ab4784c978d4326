import type { ReactNode } from 'react';
import { DeadlineBadge, StatusBadge, formatDateTime } from '@ketnoi/ui';
import type { DossierView } from './dossier-view.ts';
import { useReviewT } from './use-review-t.ts';

export interface DossierFactsProps {
  readonly dossier: DossierView;
  readonly userId: string;
  /** The role's own rows (dt/dd pairs) after the system's name, e.g. where the dossier comes from. */
  readonly afterSystem?: ReactNode;
  /** The role's own rows (dt/dd pairs) after the version. */
  readonly children?: ReactNode;
}

/** The dossier's overview: unit, system, status, dates, deadline, holder and version, with the role's own rows. */
export function DossierFacts({ dossier: d, userId, afterSystem, children }: DossierFactsProps) {
  const { t } = useReviewT();
  return (
    <dl className="kn-facts">
      <dt>{t('dossier.unit')}</dt>
      <dd lang="vi">{d.ownerUnitName}</dd>
      <dt>{t('dossier.system')}</dt>
      <dd lang="vi">{d.systemName}</dd>
      {afterSystem}
      <dt>{t('dossier.status')}</dt>
      <dd>
        <StatusBadge status={d.status} />
      </dd>
      <dt>{t('dossier.submittedAt')}</dt>
      <dd>{d.submittedAt ? formatDateTime(d.submittedAt) : '—'}</dd>
      <dt>{t('dossier.deadline')}</dt>
      <dd>
        <DeadlineBadge dueOn={d.stageDueOn} state={d.deadline} />
      </dd>
      <dt>{t('dossier.holder')}</dt>
      <dd>{d.holderName === null ? t('dossier.holderNone') : d.holderUserId === userId ? `${d.holderName} (${t('dossier.holderMe')})` : d.holderName}</dd>
      <dt>{t('dossier.version')}</dt>
      <dd>{d.version}</dd>
      {children}
    </dl>
  );
}

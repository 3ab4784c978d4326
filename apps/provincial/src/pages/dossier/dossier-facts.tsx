import { DeadlineBadge, StatusBadge, formatDateTime } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';
import type { DossierView } from './dossier-view.ts';

/** The dossier's overview: unit, system, status, dates, deadline, holder and version. */
export function DossierFacts({ dossier: d, userId }: { readonly dossier: DossierView; readonly userId: string }) {
  const { t } = useT();
  return (
    <dl className="kn-facts">
      <dt>{t('dossier.unit')}</dt>
      <dd>{d.ownerUnitName}</dd>
      <dt>{t('dossier.system')}</dt>
      <dd>{d.systemName}</dd>
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
    </dl>
  );
}

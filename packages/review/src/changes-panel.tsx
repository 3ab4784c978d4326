import { useQuery } from '@tanstack/react-query';
import { refusalOf } from '@ketnoi/client';
import { useTRPC } from '@ketnoi/client/react';
import { Alert, ChangesView } from '@ketnoi/ui';
import { REVIEW_SECTION_IDS } from './dossier-view.ts';
import { useReviewT } from './use-review-t.ts';

export interface ChangesPanelProps {
  readonly dossierId: string;
  readonly version: number;
  readonly serviceName: (code: string) => string | undefined;
  readonly sectionClassName: string;
}

/** What changed in the version under review against the one before it (the unit's answer to a return). */
export function ChangesPanel({ dossierId, version, serviceName, sectionClassName }: ChangesPanelProps) {
  const { t } = useReviewT();
  const trpc = useTRPC();
  const comparable = version >= 2;
  const diff = useQuery(trpc.dossier.diff.queryOptions({ dossierId, from: version - 1, to: version }, { enabled: comparable }));
  return (
    <section aria-labelledby={REVIEW_SECTION_IDS.changes} className={`kn-card ${sectionClassName}`}>
      <h2 id={REVIEW_SECTION_IDS.changes}>{t('dossier.changes.title')}</h2>
      {!comparable ? (
        <p>{t('dossier.changes.onlyOne')}</p>
      ) : diff.isError ? (
        <Alert>
          <span lang="vi">{refusalOf(diff.error).message}</span>
        </Alert>
      ) : diff.data ? (
        <ChangesView diff={diff.data} from={version - 1} to={version} serviceName={serviceName} />
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </section>
  );
}

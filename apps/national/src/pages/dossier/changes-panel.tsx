import { useQuery } from '@tanstack/react-query';
import { refusalOf } from '@ketnoi/client';
import { Alert, ChangesView } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { SECTION_IDS } from './dossier-view.ts';

/** What changed in the version under review against the one before it (the unit's answer to a return). */
export function ChangesPanel({ dossierId, version, serviceName }: { readonly dossierId: string; readonly version: number; readonly serviceName: (code: string) => string | undefined }) {
  const { t } = useT();
  const trpc = useTRPC();
  const diff = useQuery(trpc.dossier.diff.queryOptions({ dossierId, from: version - 1, to: version }));
  return (
    <section aria-labelledby={SECTION_IDS.changes} className="kn-card c06-section">
      <h2 id={SECTION_IDS.changes}>{t('dossier.changes.title')}</h2>
      {diff.isError ? (
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

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Alert, Link, useRouter } from '@ketnoi/ui';
import { refusalOf } from '@ketnoi/client';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { FOLLOW_SEGMENTS, dossierPath } from '../dossier-routes.ts';
import { chooseVersions, versionsQuery, type VersionPair } from './change-versions.ts';
import { ChangesView } from './changes-view.tsx';
import { VersionPicker } from './version-picker.tsx';

/** `/ho-so/:id/thay-doi?tu=1&den=2`: what changed between two versions (the views do the rendering). */
export function ChangesPage({ dossierId }: { readonly dossierId: string }) {
  const { t } = useT();
  const trpc = useTRPC();
  const { search, navigate } = useRouter();
  const dossier = useQuery(trpc.dossier.get.queryOptions({ dossierId }));
  // The latest version this user sees: the one being edited after a return, else the submitted one.
  const latest = dossier.data ? (dossier.data.editableVersion ?? dossier.data.version) : 0;
  const pair = chooseVersions(search, latest);
  const comparable = latest >= 2 && pair.from < pair.to;
  const diff = useQuery(trpc.dossier.diff.queryOptions({ dossierId, ...pair }, { enabled: comparable }));
  const services = useQuery({ ...trpc.reference.services.queryOptions(), staleTime: 10 * 60_000, enabled: latest >= 2 });
  const names = useMemo(() => new Map((services.data ?? []).map((s) => [s.code, s.name])), [services.data]);

  if (dossier.isError) {
    return (
      <>
        <h1>{t('notFound.title')}</h1>
        <Alert>
          <span lang="vi">{refusalOf(dossier.error).message}</span>
        </Alert>
        <Link to="/">{t('dossier.back')}</Link>
      </>
    );
  }
  if (!dossier.data) return <p role="status">{t('common.loading')}</p>;
  const d = dossier.data;
  const choose = (next: VersionPair) => navigate(`${dossierPath(dossierId, FOLLOW_SEGMENTS.changes)}${versionsQuery(next)}`, { replace: true });

  return (
    <>
      <p>
        <Link to={dossierPath(dossierId)}>{t('follow.backToDossier', { code: d.code })}</Link>
      </p>
      <h1>{t('follow.changes.title', { code: d.code })}</h1>
      {latest < 2 ? (
        <p>{t('follow.changes.onlyOne')}</p>
      ) : (
        <>
          <p>{t('follow.changes.intro')}</p>
          <VersionPicker latest={latest} editableVersion={d.editableVersion} value={pair} onChange={choose} />
          {!comparable ? null : diff.isError ? (
            <Alert>
              <span lang="vi">{refusalOf(diff.error).message}</span>
            </Alert>
          ) : diff.data ? (
            <ChangesView key={`${pair.from}-${pair.to}`} diff={diff.data} from={pair.from} to={pair.to} serviceName={(code) => names.get(code)} />
          ) : (
            <p role="status">{t('common.loading')}</p>
          )}
        </>
      )}
    </>
  );
}

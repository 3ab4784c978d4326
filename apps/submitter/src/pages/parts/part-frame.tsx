import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Alert, Link } from '@ketnoi/ui';
import { refusalOf } from '@ketnoi/client';
import { useT } from '../../use-t.ts';
import { dossierPath } from '../dossier-routes.ts';
import type { DossierView } from './use-part-data.ts';

/** The frame of a part's screen: the way back to the dossier, the title, and the dossier once loaded. */
export function PartFrame({
  dossierId,
  title,
  dossier,
  children,
}: {
  readonly dossierId: string;
  readonly title: string;
  readonly dossier: UseQueryResult<DossierView, unknown>;
  readonly children: (d: DossierView) => ReactNode;
}) {
  const { t } = useT();
  const d = dossier.data;
  return (
    <>
      <p>
        <Link to={dossierPath(dossierId)}>{d ? t('parts.backTo', { code: d.code }) : t('parts.back')}</Link>
      </p>
      <h1>{title}</h1>
      {dossier.isError ? (
        <Alert>
          <span lang="vi">{refusalOf(dossier.error).message}</span>
        </Alert>
      ) : !d ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <p className="kn-part-context">{t('parts.context', { code: d.code, system: d.systemName })}</p>
          {children(d)}
        </>
      )}
    </>
  );
}

/** Why a part is shown without fields: only a draft or a dossier returned for completion can be edited. */
export function ReadOnlyNotice() {
  const { t } = useT();
  return <p className="kn-alert kn-alert--info">{t('parts.readOnly')}</p>;
}

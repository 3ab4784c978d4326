import type { ReactNode } from 'react';
import { DOSSIER_PARTS, isEmptyDiff, type DossierDiff, type DossierPart } from '@ketnoi/domain';
import { useT } from '../../use-t.ts';
import { AccountChanges } from './account-changes.tsx';

/** How many things changed in each part (a document swap, the survey, each service, each account row). */
export function changeCounts(diff: DossierDiff): Record<DossierPart, number> {
  const documents = (part: DossierDiff['documents'][number]['part']) => diff.documents.filter((d) => d.part === part).length;
  return {
    ORG_COMMITMENT: documents('ORG_COMMITMENT'),
    ACCOUNT_LIST: diff.accounts.added.length + diff.accounts.removed.length + diff.accounts.changed.length,
    SERVICE_REGISTRATION: diff.services.added.length + diff.services.removed.length + diff.services.changed.length,
    SECURITY_CONFIRMATION: documents('SECURITY_CONFIRMATION') + (diff.survey ? 1 : 0),
  };
}

export interface ChangesViewProps {
  readonly diff: DossierDiff;
  readonly from: number;
  readonly to: number;
  /** The catalogue's name of a service code, when known. */
  readonly serviceName?: (code: string) => string | undefined;
}

/** What changed from one version to another, part by part in the letter's order, with a count for each. */
export function ChangesView({ diff, from, to, serviceName }: ChangesViewProps) {
  const { t } = useT();
  if (isEmptyDiff(diff)) return <p>{t('follow.changes.noneBetween', { from, to })}</p>;
  const counts = changeCounts(diff);
  const total = DOSSIER_PARTS.reduce((n, p) => n + counts[p], 0);

  const documentChanges = (part: DossierDiff['documents'][number]['part']) =>
    diff.documents
      .filter((d) => d.part === part)
      .map((d) => (
        <li key={`${d.part}-${d.change}`}>
          {t(`follow.changes.document.${d.part}`)}: {t(`follow.changes.document.${d.change}`)}
        </li>
      ));

  const serviceList = (title: string, codes: readonly string[]) =>
    codes.length === 0 ? null : (
      <>
        <h3>
          {title} ({codes.length})
        </h3>
        <ul className="kn-checklist">
          {codes.map((code) => {
            const name = serviceName?.(code);
            return (
              <li key={code}>
                {name ? `${name} ` : null}
                <span className="kn-code">{name ? `(${code})` : code}</span>
              </li>
            );
          })}
        </ul>
      </>
    );

  const content: Record<DossierPart, () => ReactNode> = {
    ORG_COMMITMENT: () => <ul className="kn-checklist">{documentChanges('ORG_COMMITMENT')}</ul>,
    ACCOUNT_LIST: () => <AccountChanges accounts={diff.accounts} from={from} to={to} />,
    SERVICE_REGISTRATION: () => (
      <>
        {serviceList(t('follow.changes.servicesAdded'), diff.services.added)}
        {serviceList(t('follow.changes.servicesRemoved'), diff.services.removed)}
        {serviceList(t('follow.changes.servicesChanged'), diff.services.changed)}
      </>
    ),
    SECURITY_CONFIRMATION: () => (
      <ul className="kn-checklist">
        {documentChanges('SECURITY_CONFIRMATION')}
        {diff.survey ? <li>{t('follow.changes.survey')}</li> : null}
      </ul>
    ),
  };

  return (
    <>
      <p>{t('follow.changes.summary', { from, to, n: total })}</p>
      {DOSSIER_PARTS.map((part) => (
        <section key={part} className="kn-card" aria-labelledby={`changes-${part}`}>
          <h2 id={`changes-${part}`}>{t(`part.${part}`)}</h2>
          <p>{counts[part] > 0 ? t('follow.changes.count', { n: counts[part] }) : t('follow.changes.none')}</p>
          {counts[part] > 0 ? content[part]() : null}
        </section>
      ))}
    </>
  );
}

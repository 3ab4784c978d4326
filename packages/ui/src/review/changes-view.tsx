import { useState, type ReactNode } from 'react';
import type { DossierDiff, DossierPart } from '@ketnoi/domain';
import { DataTable, type Column } from '../data-table.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Pagination, pageCount } from '../pagination.tsx';
import { knownKey } from './message-key.ts';
import { REVIEW_PARTS } from './review-parts.ts';

const ACCOUNT_PAGE = 20;

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

interface AccountChangeRow {
  readonly kind: 'added' | 'changed' | 'removed';
  readonly rowNumber: number;
  readonly personalIdMasked: string;
  readonly fields: readonly string[];
}

function AccountChanges({ accounts, from, to }: { readonly accounts: DossierDiff['accounts']; readonly from: number; readonly to: number }) {
  const { t } = useI18n();
  const byRow = (a: { rowNumber: number }, b: { rowNumber: number }) => a.rowNumber - b.rowNumber;
  const rows: AccountChangeRow[] = [
    ...[...accounts.added].sort(byRow).map((a) => ({ kind: 'added' as const, rowNumber: a.rowNumber, personalIdMasked: a.personalIdMasked, fields: [] })),
    ...[...accounts.changed].sort(byRow).map((a) => ({ kind: 'changed' as const, rowNumber: a.rowNumber, personalIdMasked: a.personalIdMasked, fields: a.fields })),
    ...[...accounts.removed].sort(byRow).map((a) => ({ kind: 'removed' as const, rowNumber: a.rowNumber, personalIdMasked: a.personalIdMasked, fields: [] })),
  ];
  const [page, setPage] = useState(1);
  const current = Math.min(page, pageCount(rows.length, ACCOUNT_PAGE));
  const columns: Column<AccountChangeRow>[] = [
    { key: 'id', header: t('review.changes.accountId'), rowHeader: true, cell: (r) => <span className="kn-code">{r.personalIdMasked}</span> },
    { key: 'kind', header: t('review.changes.accountChange'), cell: (r) => t(`review.changes.${r.kind}`) },
    { key: 'row', header: t('review.changes.accountRow'), cell: (r) => r.rowNumber },
    { key: 'fields', header: t('review.changes.accountFields'), cell: (r) => r.fields.map((f) => { const k = knownKey(`review.field.${f}`); return k ? t(k) : f; }).join(', ') },
  ];
  return (
    <>
      <p>{t('review.changes.accountsSummary', { added: accounts.added.length, removed: accounts.removed.length, changed: accounts.changed.length })}</p>
      <DataTable
        caption={t('review.changes.accountsCaption', { from, to })}
        columns={columns}
        rows={rows.slice((current - 1) * ACCOUNT_PAGE, current * ACCOUNT_PAGE)}
        rowKey={(r) => `${r.kind}-${r.rowNumber}`}
        empty={t('review.changes.none')}
      />
      {rows.length > ACCOUNT_PAGE ? <Pagination page={current} pageSize={ACCOUNT_PAGE} total={rows.length} onPageChange={setPage} /> : null}
    </>
  );
}

export interface ChangesViewProps {
  readonly diff: DossierDiff;
  readonly from: number;
  readonly to: number;
  /** The catalogue's name of a service code, when known. */
  readonly serviceName?: (code: string) => string | undefined;
  readonly headingLevel?: 3 | 4;
}

/**
 * What changed from one version to the next, part by part in the letter's order with a count each;
 * account rows by masked ID number and the columns that changed, never the old or new values.
 */
export function ChangesView({ diff, from, to, serviceName, headingLevel = 3 }: ChangesViewProps) {
  const { t } = useI18n();
  const Heading = `h${headingLevel}` as const;
  const counts = changeCounts(diff);
  const total = REVIEW_PARTS.reduce((n, p) => n + counts[p], 0);
  if (total === 0) return <p>{t('review.changes.noneBetween', { from, to })}</p>;

  const documentChanges = (part: DossierDiff['documents'][number]['part']) =>
    diff.documents
      .filter((d) => d.part === part)
      .map((d) => (
        <li key={`${d.part}-${d.change}`}>
          {t(`review.changes.document.${d.part}`)}: {t(`review.changes.document.${d.change}`)}
        </li>
      ));
  const serviceList = (title: string, codes: readonly string[]) =>
    codes.length === 0 ? null : (
      <li>
        {title} ({codes.length}):{' '}
        {codes.map((code, i) => {
          const name = serviceName?.(code);
          return (
            <span key={code}>
              {i > 0 ? ', ' : null}
              {name ? `${name} ` : null}
              <span className="kn-code">{name ? `(${code})` : code}</span>
            </span>
          );
        })}
      </li>
    );
  const content: Record<DossierPart, () => ReactNode> = {
    ORG_COMMITMENT: () => <ul className="kn-checklist">{documentChanges('ORG_COMMITMENT')}</ul>,
    ACCOUNT_LIST: () => <AccountChanges accounts={diff.accounts} from={from} to={to} />,
    SERVICE_REGISTRATION: () => (
      <ul className="kn-checklist">
        {serviceList(t('review.changes.servicesAdded'), diff.services.added)}
        {serviceList(t('review.changes.servicesRemoved'), diff.services.removed)}
        {serviceList(t('review.changes.servicesChanged'), diff.services.changed)}
      </ul>
    ),
    SECURITY_CONFIRMATION: () => (
      <ul className="kn-checklist">
        {documentChanges('SECURITY_CONFIRMATION')}
        {diff.survey ? <li>{t('review.changes.survey')}</li> : null}
      </ul>
    ),
  };
  return (
    <>
      <p>{t('review.changes.summary', { from, to, n: total })}</p>
      {REVIEW_PARTS.map((part) => (
        <div key={part} className="kn-review-line">
          <Heading>{t(`review.part.${part}`)}</Heading>
          <p>{counts[part] > 0 ? t('review.changes.count', { n: counts[part] }) : t('review.changes.none')}</p>
          {counts[part] > 0 ? content[part]() : null}
        </div>
      ))}
    </>
  );
}

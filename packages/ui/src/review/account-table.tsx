import { useEffect, useId, useState, type FormEvent } from 'react';
import { DataTable, type Column } from '../data-table.tsx';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Pagination } from '../pagination.tsx';

/** A row of `dossier.accounts` as reviewers get it: masked ID number and phone, and the two flags. */
export interface ReviewedAccountRow {
  readonly rowNumber: number;
  readonly fullName: string;
  readonly personalId: string;
  readonly dateOfBirth: string;
  readonly position: string;
  readonly workUnit: string;
  readonly phone: string;
  readonly email: string;
  readonly username: string;
  readonly services: readonly string[];
  /** Added or changed since the previous version. */
  readonly changedSinceVersion?: boolean;
  /** How many other systems (that the reviewer may see) list the same person. */
  readonly listedElsewhere?: number;
}

export interface AccountTableProps {
  readonly rows: readonly ReviewedAccountRow[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly onPageChange: (page: number) => void;
  /** The search in force (the server searches: name without diacritics, username, last digits of the ID). */
  readonly query: string;
  readonly onSearch: (query: string) => void;
  /** The version the "changed" flags compare with; null for a first version. */
  readonly previousVersion?: number | null;
  /** While a page is being fetched. */
  readonly busy?: boolean;
}

/**
 * The account list for reviewers: masked ID numbers and contacts only, a badge for a person already
 * listed by another connected system and for a row changed since the previous version, a server-side
 * search and pages. Rows are numbered as in the spreadsheet (the first person is row 2).
 */
export function AccountTable({ rows, total, page, pageSize, onPageChange, query, onSearch, previousVersion, busy }: AccountTableProps) {
  const { t } = useI18n();
  const searchId = `accounts-q-${useId().replaceAll(':', '')}`;
  const [draft, setDraft] = useState(query);
  useEffect(() => setDraft(query), [query]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(draft.trim());
  };
  const columns: Column<ReviewedAccountRow>[] = [
    { key: 'row', header: t('review.accounts.row'), cell: (r) => r.rowNumber },
    { key: 'name', header: t('review.accounts.fullName'), rowHeader: true, cell: (r) => r.fullName },
    { key: 'id', header: t('review.accounts.personalId'), cell: (r) => <span className="kn-code">{r.personalId}</span> },
    { key: 'dob', header: t('review.accounts.dateOfBirth'), cell: (r) => formatDate(r.dateOfBirth) },
    {
      key: 'position',
      header: t('review.accounts.position'),
      cell: (r) => (
        <>
          {r.position}
          <br />
          {r.workUnit}
        </>
      ),
    },
    {
      key: 'contact',
      header: t('review.accounts.contact'),
      cell: (r) => (
        <>
          <span className="kn-code">{r.phone}</span>
          <br />
          {r.email}
        </>
      ),
    },
    { key: 'username', header: t('review.accounts.username'), cell: (r) => <span className="kn-code">{r.username}</span> },
    { key: 'services', header: t('review.accounts.services'), cell: (r) => r.services.join(', ') },
    {
      key: 'notes',
      header: t('review.accounts.notes'),
      cell: (r) => (
        <span className="kn-badges">
          {r.listedElsewhere ? (
            <span className="kn-badge kn-badge--warning">{r.listedElsewhere > 1 ? t('review.accounts.listedElsewhereCount', { n: r.listedElsewhere }) : t('review.accounts.listedElsewhere')}</span>
          ) : null}
          {r.changedSinceVersion ? <span className="kn-badge kn-badge--changed">{t('review.accounts.changed')}</span> : null}
        </span>
      ),
    },
  ];
  return (
    <div aria-busy={busy ? true : undefined}>
      <form className="kn-search" role="search" aria-label={t('review.accounts.searchButton')} onSubmit={submit}>
        <label className="kn-field__label" htmlFor={searchId}>
          {t('review.accounts.search')}
        </label>
        <div className="kn-search__row">
          <input id={searchId} type="search" className="kn-input" value={draft} maxLength={100} onChange={(e) => setDraft(e.target.value)} />
          <button type="submit" className="kn-button">
            {t('review.accounts.searchButton')}
          </button>
          {query ? (
            <button type="button" className="kn-button kn-button--secondary" onClick={() => onSearch('')}>
              {t('review.accounts.clear')}
            </button>
          ) : null}
        </div>
      </form>
      {previousVersion ? <p>{t('review.accounts.comparedWith', { n: previousVersion })}</p> : null}
      <DataTable
        caption={query ? t('review.accounts.captionSearched', { q: query, total }) : t('review.accounts.caption', { total })}
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.rowNumber)}
        empty={query ? t('review.accounts.emptySearch') : t('review.accounts.empty')}
      />
      {total > pageSize ? <Pagination page={page} pageSize={pageSize} total={total} onPageChange={onPageChange} label={t('review.accounts.pagination')} /> : null}
    </div>
  );
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { refusalOf } from '@ketnoi/client';
import { useTRPC } from '@ketnoi/client/react';
import { AccountTable, Alert } from '@ketnoi/ui';
import { REVIEW_SECTION_IDS } from './dossier-view.ts';
import { useReviewT } from './use-review-t.ts';

export const ACCOUNT_PAGE_SIZE = 20;

/**
 * The account list of the version under review, one server page at a time, searched on the server
 * (`q`); IDs and phones masked, rows changed since the previous version and people listed elsewhere
 * flagged (the shared AccountTable). Each read is audited by the API.
 */
export function AccountsPanel({ dossierId, version, sectionClassName }: { readonly dossierId: string; readonly version: number; readonly sectionClassName: string }) {
  const { t } = useReviewT();
  const trpc = useTRPC();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const accounts = useQuery({
    ...trpc.dossier.accounts.queryOptions({ dossierId, version, page, pageSize: ACCOUNT_PAGE_SIZE, ...(q ? { q } : {}) }),
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby={REVIEW_SECTION_IDS.accounts} className={sectionClassName}>
      <h2 id={REVIEW_SECTION_IDS.accounts}>{t('dossier.accounts.title')}</h2>
      {accounts.isError ? (
        <Alert>
          <span lang="vi">{refusalOf(accounts.error).message}</span>
        </Alert>
      ) : !accounts.data ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <AccountTable
          rows={accounts.data.items}
          total={accounts.data.total}
          page={page}
          pageSize={ACCOUNT_PAGE_SIZE}
          onPageChange={setPage}
          query={q}
          onSearch={(next) => {
            setQ(next);
            setPage(1);
          }}
          previousVersion={accounts.data.previousVersion ?? null}
          busy={accounts.isFetching}
        />
      )}
    </section>
  );
}

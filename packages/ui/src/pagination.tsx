import { useI18n } from './i18n/i18n.tsx';

export interface PaginationProps {
  /** 1-based, as the API's `page`. */
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly onPageChange: (page: number) => void;
  /** Names the control when a page has more than one paginated list (landmarks must differ). */
  readonly label?: string;
}

export const pageCount = (total: number, pageSize: number): number => Math.max(1, Math.ceil(total / pageSize));

/** Server-side pagination: the list asks the API for one page; this control only moves the page number. */
export function Pagination({ page, pageSize, total, onPageChange, label }: PaginationProps) {
  const { t } = useI18n();
  const pages = pageCount(total, pageSize);
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="kn-pagination" aria-label={label ?? t('pagination.label')}>
      <button type="button" className="kn-button kn-button--secondary" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
        {t('pagination.previous')}
      </button>
      <p className="kn-pagination__status" aria-live="polite">
        {total === 0 ? t('pagination.empty') : t('pagination.status', { page, pages, from, to, total })}
      </p>
      <button type="button" className="kn-button kn-button--secondary" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
        {t('pagination.next')}
      </button>
    </nav>
  );
}

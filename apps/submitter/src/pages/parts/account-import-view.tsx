import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';
import { Alert, DataTable, Pagination } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';

export type AccountImport = inferRouterOutputs<AppRouter>['submitter']['accountImports']['get'];

export interface AccountImportViewProps {
  readonly imp: AccountImport;
  readonly page: number;
  readonly pageSize: number;
  readonly onPageChange: (page: number) => void;
  readonly onKeepValid: () => void;
  readonly onDiscard: () => void;
  readonly busy: boolean;
}

/** Where an import is: a progress bar while it runs, then what it found, by spreadsheet row and column. */
export function AccountImportView({ imp, page, pageSize, onPageChange, onKeepValid, onDiscard, busy }: AccountImportViewProps) {
  const { t } = useT();
  const file = imp.fileName;

  if (imp.status === 'READING') return <ImportProgress phase={imp.phase} done={imp.progress.done} total={imp.progress.total} />;
  if (imp.status === 'UNREADABLE' || imp.status === 'FAILED') {
    return (
      <Alert>
        <strong>{t(imp.status === 'UNREADABLE' ? 'accounts.import.unreadable' : 'accounts.import.failed', { file })}</strong>: <span lang="vi">{imp.refusal?.message}</span>
      </Alert>
    );
  }
  if (imp.status === 'STORED') {
    return (
      <Alert tone="success">
        {t('accounts.import.stored', { n: imp.storedCount ?? 0, file })}
        {imp.warningCount > 0 ? ` ${t('accounts.import.storedWarnings', { n: imp.warningCount })}` : ''}
      </Alert>
    );
  }
  if (imp.status === 'DISCARDED') return <Alert tone="info">{t('accounts.import.discarded')}</Alert>;

  // HAS_ERRORS: nothing stored; the user fixes the file, or keeps the valid rows.
  const valid = imp.validCount ?? 0;
  return (
    <section className="kn-card" aria-labelledby="import-errors-title">
      <h3 id="import-errors-title">{t('accounts.import.hasErrors', { file, errors: imp.errorCount })}</h3>
      <p>
        {imp.sheetName ? `${t('accounts.import.sheet', { sheet: imp.sheetName })} ` : ''}
        {t('accounts.import.counts', { rows: imp.rowCount ?? 0, valid })}
      </p>
      <p>{t('accounts.import.fixHint')}</p>
      <p>
        <a href={`/files/imports/${imp.id}/errors.xlsx`} download>
          {t('accounts.import.errorCopy')}
        </a>
      </p>
      <DataTable
        caption={t('accounts.import.errorsCaption')}
        columns={[
          { key: 'row', header: t('accounts.import.row'), rowHeader: true, cell: (f: AccountImport['findings'][number]) => f.row },
          { key: 'column', header: t('accounts.import.column'), cell: (f) => <span lang="vi">{f.column}</span> },
          { key: 'severity', header: t('accounts.import.severity'), cell: (f) => t(`accounts.import.severity.${f.severity}`) },
          { key: 'message', header: t('accounts.import.problem'), cell: (f) => <span lang="vi">{f.message}</span> },
        ]}
        rows={imp.findings}
        rowKey={(f) => `${f.row}-${f.column}-${f.code}`}
        empty=""
      />
      <Pagination page={page} pageSize={pageSize} total={imp.findingsTotal} onPageChange={onPageChange} label={t('accounts.import.pagination')} />
      <div className="kn-actions">
        {valid > 0 ? (
          <button type="button" className="kn-button" onClick={onKeepValid} disabled={busy}>
            {t('accounts.import.keepValid', { n: valid })}
          </button>
        ) : null}
        <button type="button" className="kn-button kn-button--secondary" onClick={onDiscard} disabled={busy}>
          {t('accounts.import.discard')}
        </button>
      </div>
    </section>
  );
}

/** A determinate bar when the size of the work is known, otherwise an indeterminate one with the rows read. */
export function ImportProgress({ phase, done, total }: { readonly phase: string | null; readonly done: number; readonly total: number | null }) {
  const { t } = useT();
  const label =
    phase === 'parse'
      ? t('accounts.import.phase.parse', { n: done })
      : phase === 'validate'
        ? t('accounts.import.phase.validate', { n: total ?? 0 })
        : phase === 'store'
          ? t('accounts.import.phase.store', { n: total ?? 0 })
          : phase === 'inspect'
            ? t('accounts.import.phase.inspect')
            : t('accounts.import.phase.upload');
  const determinate = phase === 'inspect' && total !== null && total > 0;
  return (
    <div className="kn-card" role="status" aria-live="polite">
      <label htmlFor="import-progress">{t('accounts.import.progressLabel')}</label>
      {determinate ? <progress id="import-progress" className="kn-progress" max={total} value={Math.min(done, total)} /> : <progress id="import-progress" className="kn-progress" />}
      <p>{label}</p>
    </div>
  );
}

import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { Alert } from '@ketnoi/ui';
import { toBase64 } from './pdf-file.ts';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { AccountImportView, ImportProgress } from './account-import-view.tsx';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPTED = /\.(xlsx|csv)$/i;
const FINDINGS_PAGE = 50;

export interface AccountImportPanelProps {
  readonly dossierId: string;
  readonly revision: number;
  readonly accountCount: number;
  /** Called when an import stored rows, so the page reloads the list and the checklist. */
  readonly onStored: () => void;
}

/**
 * Upload → read and check on the server (progress polled) → stored at once when wholly valid,
 * otherwise the errors by row and column, a copy of the file with an error column, and the choice
 * to keep only the valid rows. A reload picks the latest import up again.
 */
export function AccountImportPanel({ dossierId, revision, accountCount, onStored }: AccountImportPanelProps) {
  const { t } = useT();
  const trpc = useTRPC();
  const fileInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [importId, setImportId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<string | null>(null);

  const latest = useQuery(trpc.submitter.accountImports.latest.queryOptions({ dossierId }));
  const shownId = importId ?? latest.data?.importId ?? null;
  const imp = useQuery(
    trpc.submitter.accountImports.get.queryOptions(
      { importId: shownId ?? '00000000-0000-0000-0000-000000000000', page, pageSize: FINDINGS_PAGE },
      { enabled: shownId !== null, refetchInterval: (q) => (q.state.data?.status === 'READING' ? 500 : false), placeholderData: (previous) => previous },
    ),
  );
  const start = useMutation(trpc.submitter.accountImports.start.mutationOptions());
  const keepValid = useMutation(trpc.submitter.accountImports.keepValid.mutationOptions());
  const discard = useMutation(trpc.submitter.accountImports.discard.mutationOptions());

  // An import started here that finished storing refreshes the page, once.
  const status = imp.data?.id === shownId ? imp.data?.status : undefined;
  const notified = useRef<string | null>(null);
  useEffect(() => {
    if (importId !== null && status === 'STORED' && notified.current !== importId) {
      notified.current = importId;
      onStored();
    }
  }, [importId, status, onStored]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const file = fileInput.current?.files?.[0];
    if (!file) return setProblem(t('accounts.import.chooseFile'));
    if (!ACCEPTED.test(file.name)) return setProblem(t('accounts.import.wrongType'));
    if (file.size > MAX_BYTES) return setProblem(t('accounts.import.tooLarge'));
    setProblem(null);
    setUploading(true);
    try {
      const contentBase64 = toBase64(new Uint8Array(await file.arrayBuffer()));
      const started = await start.mutateAsync({ dossierId, expectedRevision: revision, idempotencyKey: newIdempotencyKey(), fileName: file.name, contentBase64 });
      setPage(1);
      setImportId(started.importId);
    } catch (error) {
      setProblem(refusalOf(error).message);
    } finally {
      setUploading(false);
    }
  };

  const decide = async (action: 'keep' | 'discard') => {
    if (!shownId) return;
    setProblem(null);
    try {
      if (action === 'keep') {
        const kept = await keepValid.mutateAsync({ importId: shownId, expectedRevision: revision, idempotencyKey: newIdempotencyKey() });
        setNotice(t('accounts.import.kept', { stored: kept.stored, skipped: kept.skipped }));
        onStored();
      } else {
        await discard.mutateAsync({ importId: shownId, idempotencyKey: newIdempotencyKey() });
        setNotice(t('accounts.import.discarded'));
      }
      setImportId(null);
      await latest.refetch();
    } catch (error) {
      setProblem(refusalOf(error).message);
    }
  };

  const reading = uploading || imp.data?.status === 'READING';
  // After keep/discard the import's own message is replaced by the notice.
  const showImport = imp.data && imp.data.id === shownId && !(notice && (imp.data.status === 'DISCARDED' || imp.data.status === 'STORED'));
  // An old finished import is not news after a reload; one with errors still waits for a decision.
  const worthShowing = importId !== null || imp.data?.status === 'READING' || imp.data?.status === 'HAS_ERRORS';

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('accounts.import.title')}</h2>
      <form className="kn-form" onSubmit={submit} noValidate>
        <div className={`kn-field${problem ? ' kn-field--invalid' : ''}`}>
          <label className="kn-field__label" htmlFor="account-file">
            {t('accounts.import.file')}
          </label>
          <p className="kn-field__hint" id="account-file-hint">
            {t('accounts.import.fileHint')}
            {accountCount > 0 ? ` ${t('accounts.import.replaces', { n: accountCount })}` : ''}
          </p>
          {problem ? (
            <p className="kn-field__error" id="account-file-error" role="alert">
              {problem}
            </p>
          ) : null}
          <input
            ref={fileInput}
            id="account-file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby={problem ? 'account-file-hint account-file-error' : 'account-file-hint'}
            aria-invalid={problem ? true : undefined}
            disabled={reading}
          />
        </div>
        <div className="kn-actions">
          <button type="submit" className="kn-button" disabled={reading}>
            {t('accounts.import.start')}
          </button>
        </div>
      </form>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {uploading ? <ImportProgress phase="upload" done={0} total={null} /> : null}
      {!uploading && showImport && worthShowing ? (
        <AccountImportView
          imp={imp.data!}
          page={page}
          pageSize={FINDINGS_PAGE}
          onPageChange={setPage}
          onKeepValid={() => void decide('keep')}
          onDiscard={() => void decide('discard')}
          busy={keepValid.isPending || discard.isPending}
        />
      ) : null}
    </section>
  );
}

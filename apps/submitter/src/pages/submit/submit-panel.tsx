import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { Alert, useRouter } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import { dossierPath, FOLLOW_SEGMENTS } from '../dossier-routes.ts';
import { CheckboxField } from '../parts/checkbox-field.tsx';

export interface SubmitPanelProps {
  readonly dossierId: string;
  readonly revision: number;
  readonly kind: 'SUBMIT' | 'RESUBMIT';
  /** Errors the completeness check still finds: submitting waits until there are none. */
  readonly blockingIssues: number | null;
}

/** Where the dossier goes and the deadline, a confirmation, then the receipt. */
export function SubmitPanel({ dossierId, revision, kind, blockingIssues }: SubmitPanelProps) {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { navigate } = useRouter();
  const destination = useQuery(trpc.submitter.dossiers.submission.queryOptions({ dossierId }));
  const submit = useMutation(trpc.submitter.dossiers.submit.mutationOptions());
  const resubmit = useMutation(trpc.submitter.dossiers.resubmit.mutationOptions());
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // One key per confirmed attempt: a retry after a lost answer does not submit twice.
  const [key, setKey] = useState(newIdempotencyKey);
  const sending = submit.isPending || resubmit.isPending;
  const blocked = blockingIssues === null || blockingIssues > 0;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) return setProblem(t('submit.confirmRequired'));
    setProblem(null);
    try {
      const input = { dossierId, expectedRevision: revision, idempotencyKey: key };
      await (kind === 'SUBMIT' ? submit.mutateAsync(input) : resubmit.mutateAsync(input));
      await queryClient.invalidateQueries({ queryKey: trpc.dossier.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.submitter.dossiers.pathKey() });
      navigate(dossierPath(dossierId, FOLLOW_SEGMENTS.receipt));
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal.appCode === 'VERSION_CONFLICT') {
        setKey(newIdempotencyKey());
        await queryClient.invalidateQueries({ queryKey: trpc.dossier.pathKey() });
        setProblem(t('submit.conflict'));
      } else {
        setProblem(refusal.message);
      }
    }
  };

  const d = destination.data;
  return (
    <section className="kn-card" aria-labelledby="submit-title">
      <h2 id="submit-title">{kind === 'SUBMIT' ? t('submit.title') : t('submit.resubmitTitle')}</h2>
      {d ? (
        <>
          <p>
            <strong>{d.receiverName ? t('submit.goesTo', { receiver: d.receiverName }) : null}</strong>{' '}
            {d.route === 'NATIONAL' ? t('submit.goesToNational') : t('submit.goesToProvincial')}
          </p>
          <p>{t('submit.deadline', { days: d.reviewWorkingDays })}</p>
        </>
      ) : null}
      {blocked && blockingIssues !== null ? <p className="kn-alert kn-alert--info">{t('submit.blocked', { n: blockingIssues })}</p> : null}
      {problem ? (
        <Alert>
          <span lang="vi">{problem}</span>
        </Alert>
      ) : null}
      <form onSubmit={send} noValidate>
        <CheckboxField id="submit-confirm" label={t('submit.confirm')} checked={confirmed} disabled={blocked} onChange={setConfirmed} />
        <div className="kn-actions">
          <button type="submit" className="kn-button" disabled={blocked || sending}>
            {sending ? t('submit.sending') : kind === 'SUBMIT' ? t('submit.button') : t('submit.resubmitButton')}
          </button>
        </div>
      </form>
    </section>
  );
}

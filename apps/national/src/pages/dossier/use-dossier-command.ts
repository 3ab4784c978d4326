import { useMutation } from '@tanstack/react-query';
import type { ConnectionChannel, Deficiency } from '@ketnoi/domain';
import { useReviewCommand } from '@ketnoi/review';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import type { DossierView } from './dossier-view.ts';

/** One command on the open dossier, with what it carries. */
export type DossierCommand =
  | { readonly kind: 'CLAIM' | 'RELEASE' | 'RESUME' }
  | { readonly kind: 'RETURN'; readonly deficiencies: Deficiency[] }
  | { readonly kind: 'REJECT' | 'SUSPEND' | 'REVOKE'; readonly reason: string }
  | { readonly kind: 'APPROVE'; readonly decision: { readonly numberAndSymbol: string; readonly issuedOn: string } }
  | { readonly kind: 'RECORD_CONNECTION'; readonly connectedOn: string; readonly channel: ConnectionChannel; readonly technicalReference: string };
export type CommandKind = DossierCommand['kind'];

/**
 * C06's commands on the open dossier (`national.*`), run by the shared useReviewCommand (revision,
 * idempotency key kept for a retry after a network failure, reload of the dossier and the C06 queue,
 * conflict and refusal messages).
 */
export function useDossierCommand(dossier: DossierView) {
  const { t } = useT();
  const trpc = useTRPC();
  const m = {
    CLAIM: useMutation(trpc.national.claim.mutationOptions()),
    RELEASE: useMutation(trpc.national.release.mutationOptions()),
    RETURN: useMutation(trpc.national.return.mutationOptions()),
    REJECT: useMutation(trpc.national.reject.mutationOptions()),
    APPROVE: useMutation(trpc.national.approve.mutationOptions()),
    RECORD_CONNECTION: useMutation(trpc.national.recordConnection.mutationOptions()),
    SUSPEND: useMutation(trpc.national.suspend.mutationOptions()),
    RESUME: useMutation(trpc.national.resume.mutationOptions()),
    REVOKE: useMutation(trpc.national.revoke.mutationOptions()),
  };
  return useReviewCommand<DossierCommand>(dossier, {
    namespace: 'national',
    send: (command, target) => {
      switch (command.kind) {
        case 'CLAIM':
        case 'RELEASE':
        case 'RESUME':
          return m[command.kind].mutateAsync(target);
        case 'RETURN':
          return m.RETURN.mutateAsync({ ...target, deficiencies: command.deficiencies });
        case 'REJECT':
        case 'SUSPEND':
        case 'REVOKE':
          return m[command.kind].mutateAsync({ ...target, reason: command.reason });
        case 'APPROVE':
          return m.APPROVE.mutateAsync({ ...target, decision: command.decision });
        case 'RECORD_CONNECTION': {
          const { kind: _kind, ...connection } = command;
          return m.RECORD_CONNECTION.mutateAsync({ ...target, ...connection });
        }
      }
    },
    doneText: (kind, code) => (kind === 'CLAIM' ? t('dossier.claimed', { code }) : kind === 'RELEASE' ? t('dossier.released', { code }) : t(`dossier.done.${kind}`, { code })),
    conflictText: (code) => t('dossier.conflict', { code }),
  });
}

import { useMutation } from '@tanstack/react-query';
import type { Deficiency, Opinion } from '@ketnoi/domain';
import { useReviewCommand } from '@ketnoi/review';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';
import type { DossierView } from './dossier-view.ts';

/** One PC06 command on the open dossier, with what it carries. */
export type DossierCommand = { readonly kind: 'CLAIM' | 'RELEASE' } | { readonly kind: 'RETURN'; readonly deficiencies: Deficiency[] } | { readonly kind: 'FORWARD'; readonly opinion: Opinion };
export type CommandKind = DossierCommand['kind'];

const DONE = { CLAIM: 'dossier.claimed', RELEASE: 'dossier.released', RETURN: 'dossier.return.done', FORWARD: 'dossier.forward.done' } as const;

/**
 * The reviewer's commands on the open dossier (`provincial.claim|release|return|forward`), run by the
 * shared useReviewCommand (revision, idempotency key kept for a retry after a network failure,
 * reload of the dossier and the PC06 queue, conflict and refusal messages).
 */
export function useDossierCommand(dossier: DossierView) {
  const { t } = useT();
  const trpc = useTRPC();
  const claim = useMutation(trpc.provincial.claim.mutationOptions());
  const release = useMutation(trpc.provincial.release.mutationOptions());
  const doReturn = useMutation(trpc.provincial.return.mutationOptions());
  const forward = useMutation(trpc.provincial.forward.mutationOptions());
  return useReviewCommand<DossierCommand>(dossier, {
    namespace: 'provincial',
    send: (command, target) => {
      switch (command.kind) {
        case 'CLAIM':
          return claim.mutateAsync(target);
        case 'RELEASE':
          return release.mutateAsync(target);
        case 'RETURN':
          return doReturn.mutateAsync({ ...target, deficiencies: command.deficiencies });
        case 'FORWARD':
          return forward.mutateAsync({ ...target, opinion: command.opinion });
      }
    },
    doneText: (kind, code) => t(DONE[kind], { code }),
    conflictText: (code) => t('dossier.conflict', { code }),
  });
}

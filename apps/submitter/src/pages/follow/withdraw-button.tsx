import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { newIdempotencyKey } from '@ketnoi/client';
import { useTRPC } from '../../trpc.ts';
import { WithdrawConfirm } from './withdraw-confirm.tsx';

export interface WithdrawButtonProps {
  readonly dossierId: string;
  /** The revision the user saw: a dossier changed meanwhile is refused rather than withdrawn blindly. */
  readonly revision: number;
  readonly onDone: () => void;
  readonly code?: string;
}

/**
 * Withdraws a draft or returned dossier after confirmation (shown when `allowedCommands` has
 * 'WITHDRAW'). A key per opening of the question: a retry after a lost answer withdraws once.
 */
export function WithdrawButton({ dossierId, revision, onDone, code }: WithdrawButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const withdraw = useMutation(trpc.submitter.dossiers.withdraw.mutationOptions());
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  const confirm = async () => {
    await withdraw.mutateAsync({ dossierId, expectedRevision: revision, idempotencyKey });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.dossier.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.submitter.dossiers.pathKey() }),
    ]);
    onDone();
  };

  return <WithdrawConfirm code={code} onOpen={() => setIdempotencyKey(newIdempotencyKey())} onConfirm={confirm} />;
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { newIdempotencyKey, refusalOf, type ApiIssue } from '@ketnoi/client';
import type { DossierPart } from '@ketnoi/domain';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';
import { useTRPC } from '../../trpc.ts';
import { issuesOfPart } from './part-issues.tsx';

export type DossierView = inferRouterOutputs<AppRouter>['dossier']['get'];

/** What a save procedure of a part takes besides the part itself. */
export interface SaveTarget {
  readonly dossierId: string;
  readonly expectedRevision: number;
  readonly idempotencyKey: string;
}

/**
 * The data of one part's screen: the dossier, whether it can be edited, the completeness issues of
 * this part (paths relative to the part), and `save`, which sends an edit on the revision the user
 * saw with an idempotency key, then reloads the dossier and its checklist.
 */
export function usePartData(dossierId: string, part: DossierPart) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dossier = useQuery(trpc.dossier.get.queryOptions({ dossierId }));
  const editable = dossier.data?.editableVersion != null;
  const completeness = useQuery(trpc.submitter.dossiers.completeness.queryOptions({ dossierId }, { enabled: editable }));
  const issues: ApiIssue[] | null = editable && completeness.data ? issuesOfPart(completeness.data.issues, part) : null;

  // One key per body: a retry of the same save after a lost answer is not applied twice, while a
  // different body (or the same one after a success) gets a new key.
  const last = useRef<{ body: string; key: string } | null>(null);
  const keyFor = (body: unknown) => {
    const json = JSON.stringify(body);
    if (last.current?.body !== json) last.current = { body: json, key: newIdempotencyKey() };
    return last.current.key;
  };

  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.dossier.get.queryKey({ dossierId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.submitter.dossiers.completeness.queryKey({ dossierId }) }),
    ]);

  /** Sends `body` through `mutate`; on a conflict reloads the dossier (the form keeps its draft) and rethrows. */
  const save = async (body: unknown, mutate: (target: SaveTarget) => Promise<unknown>): Promise<void> => {
    const revision = dossier.data?.revision;
    if (revision === undefined) throw new Error('save before the dossier was loaded');
    try {
      await mutate({ dossierId, expectedRevision: revision, idempotencyKey: keyFor({ revision, body }) });
    } catch (error) {
      if (refusalOf(error).appCode === 'VERSION_CONFLICT') await reload();
      throw error;
    }
    last.current = null;
    await reload();
  };

  return { dossier, editable, issues, save };
}

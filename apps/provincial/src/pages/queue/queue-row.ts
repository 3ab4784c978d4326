import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';

type Outputs = inferRouterOutputs<AppRouter>;

/** One dossier of the queue as `provincial.queue` answers it (no personal data). */
export type QueueRow = Outputs['provincial']['queue']['items'][number];
export type QueueCounts = Outputs['provincial']['counts'];

/** What the officer can do with a row from the list: claim it, take it over from a colleague, or release it. */
export type RowAction = 'claim' | 'takeOver' | 'release' | null;

export function rowActionOf(row: Pick<QueueRow, 'status' | 'holderUserId'>, userId: string): RowAction {
  if (row.status !== 'PROVINCIAL_REVIEW') return null;
  if (row.holderUserId === null) return 'claim';
  return row.holderUserId === userId ? 'release' : 'takeOver';
}

import type { DeadlineState, DossierStatus } from '@ketnoi/domain';

/** What the shared queue table reads of a row (both `provincial.queue` and `national.queue` give more). */
export interface QueueRowLike {
  readonly id: string;
  readonly code: string;
  readonly status: DossierStatus;
  readonly revision: number;
  readonly ownerUnitName: string;
  readonly systemName: string;
  readonly submittedAt: string | null;
  readonly stageDueOn: string | null;
  readonly deadline: DeadlineState | null;
  readonly updatedAt: string;
  readonly holderName: string | null;
  readonly holderUserId: string | null;
}

/** What the officer can do with a row from the list: claim it, take it over from a colleague, or release it. */
export type RowAction = 'claim' | 'takeOver' | 'release';

/** Claims happen only in the reviewer's own review stage (`PROVINCIAL_REVIEW` for PC06, `NATIONAL_REVIEW` for C06). */
export function rowActionOf(row: Pick<QueueRowLike, 'status' | 'holderUserId'>, userId: string, reviewStatus: DossierStatus): RowAction | null {
  if (row.status !== reviewStatus) return null;
  if (row.holderUserId === null) return 'claim';
  return row.holderUserId === userId ? 'release' : 'takeOver';
}

import type { Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import { diffDossierVersions, emptyDossierContent, type AccountRow, type DossierStatus } from '@ketnoi/domain';
import type { SessionUser } from '../context.ts';
import { visibleTo } from './jurisdiction.ts';

/**
 * Row numbers of `current` that were added or changed since `previous`, by the domain's version
 * diff (people matched by ID number; a move to another row alone is no change).
 */
export function changedRowNumbers(previous: readonly AccountRow[], current: readonly AccountRow[]): Set<number> {
  const diff = diffDossierVersions({ ...emptyDossierContent(), accounts: [...previous] }, { ...emptyDossierContent(), accounts: [...current] });
  return new Set([...diff.accounts.added, ...diff.accounts.changed].map((r) => r.rowNumber));
}

/** Dossiers whose people count as "listed by another system": connected, approved or under review. */
export const LISTING_STATUSES = ['PROVINCIAL_REVIEW', 'NATIONAL_REVIEW', 'APPROVED', 'CONNECTED'] as const satisfies readonly DossierStatus[];

/**
 * Cross-dossier duplicates (domain.md §5): for each ID number, how many OTHER systems list it in
 * the current version of a dossier that is connected, approved or under review — counting only
 * dossiers the user may see (visibleTo), so a PC06 reviewer learns nothing of another province.
 * Dossiers of the same system (earlier dossiers, amendments) are not "elsewhere".
 * ID numbers listed nowhere else are absent from the map.
 */
export async function listedElsewhere(db: Kysely<Database>, user: SessionUser, dossier: { systemId: string }, personalIds: readonly string[]): Promise<Map<string, number>> {
  if (personalIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('account_rows')
    .innerJoin('dossiers', (join) => join.onRef('dossiers.id', '=', 'account_rows.dossier_id').onRef('dossiers.version', '=', 'account_rows.version'))
    .where('account_rows.personal_id', 'in', personalIds)
    .where('dossiers.status', 'in', LISTING_STATUSES)
    .where('dossiers.system_id', '<>', dossier.systemId)
    .where(visibleTo(user))
    .select((eb) => ['account_rows.personal_id as personalId', eb.fn.count<number>('dossiers.system_id').distinct().as('systems')])
    .groupBy('account_rows.personal_id')
    .execute();
  return new Map(rows.map((r) => [r.personalId.trim(), Number(r.systems)]));
}

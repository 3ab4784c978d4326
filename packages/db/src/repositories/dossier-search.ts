import { sql, type Kysely, type Transaction } from 'kysely';
import { foldForSearch } from '@ketnoi/domain';
import type { Database } from '../schema.js';

type DbOrTrx = Kysely<Database> | Transaction<Database>;

/** Which dossiers to refresh: one, those of a system (renamed), or those of a unit (renamed). */
export type DossierSearchScope = { dossierId: string } | { systemId: string } | { unitId: string };

/** What `dossiers.search_text` holds for a dossier: its code, owner unit and system, folded. */
export const dossierSearchText = (code: string, unitName: string, systemName: string): string => foldForSearch(`${code} ${unitName} ${systemName}`);

/**
 * Rewrites `dossiers.search_text` (migration 0004) of the dossiers in scope from the names as they
 * are now. Call it in the transaction that creates a dossier or renames its system or unit, so the
 * search never finds a name that is gone. Returns how many dossiers were refreshed.
 */
export async function refreshDossierSearchText(db: DbOrTrx, scope: DossierSearchScope): Promise<number> {
  const rows = await db
    .selectFrom('dossiers')
    .innerJoin('units', 'units.id', 'dossiers.owner_unit_id')
    .innerJoin('systems', 'systems.id', 'dossiers.system_id')
    .select(['dossiers.id', 'dossiers.code', 'units.name as unitName', 'systems.name as systemName'])
    .$if('dossierId' in scope, (q) => q.where('dossiers.id', '=', (scope as { dossierId: string }).dossierId))
    .$if('systemId' in scope, (q) => q.where('dossiers.system_id', '=', (scope as { systemId: string }).systemId))
    .$if('unitId' in scope, (q) => q.where('dossiers.owner_unit_id', '=', (scope as { unitId: string }).unitId))
    .execute();
  if (rows.length === 0) return 0;
  await sql`UPDATE dossiers d SET search_text = v.search_text
    FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => dossierSearchText(r.code, r.unitName, r.systemName))}::text[]) AS v(id, search_text)
    WHERE d.id = v.id AND d.search_text IS DISTINCT FROM v.search_text`.execute(db);
  return rows.length;
}

import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@ketnoi/db';
import type { SessionUser } from '../context.ts';
import { visibleTo } from './jurisdiction.ts';
import type { DossierFacts } from './notifications-text.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Who is concerned by a dossier (issue 6): the owner unit's submitters (`UNIT`), the PC06 reviewers
 * of the province whose queue holds it (`PROVINCE`), the C06 reviewers (`NATIONAL`). Every candidate
 * is then checked with the one jurisdiction rule (`visibleTo`), so nobody is told about a dossier
 * they could not open: no other province, no draft to reviewers, no local dossier to C06 before it
 * is forwarded.
 */
export type Audience = 'UNIT' | 'PROVINCE' | 'NATIONAL';

export async function recipientsOf(db: Db, dossierId: string, audiences: readonly Audience[], exclude: readonly string[] = []): Promise<string[]> {
  if (audiences.length === 0) return [];
  const dossier = await db.selectFrom('dossiers').select(['owner_unit_id', 'queue_province_code']).where('id', '=', dossierId).executeTakeFirst();
  if (!dossier) return [];
  const candidates = await db
    .selectFrom('users')
    .innerJoin('units', 'units.id', 'users.unit_id')
    .select(['users.id', 'users.role', 'users.unit_id', 'units.province_code'])
    .where('users.active', '=', true)
    .where((eb) =>
      eb.or([
        ...(audiences.includes('UNIT') ? [eb.and([eb('users.role', '=', 'SUBMITTER'), eb('users.unit_id', '=', dossier.owner_unit_id)])] : []),
        ...(audiences.includes('PROVINCE') && dossier.queue_province_code !== null
          ? [eb.and([eb('users.role', '=', 'PROVINCIAL_REVIEWER'), eb('units.kind', '=', 'PC06'), eb('units.province_code', '=', dossier.queue_province_code)])]
          : []),
        ...(audiences.includes('NATIONAL') ? [eb.and([eb('users.role', '=', 'NATIONAL_REVIEWER'), eb('units.kind', '=', 'C06')])] : []),
      ]),
    )
    .orderBy('users.id')
    .execute();
  // One visibility check per kind of viewer (role, unit, province), not per person.
  const verdicts = new Map<string, boolean>();
  const recipients: string[] = [];
  for (const c of candidates) {
    if (exclude.includes(c.id)) continue;
    const viewerKey = `${c.role}|${c.unit_id}|${c.province_code ?? ''}`;
    let visible = verdicts.get(viewerKey);
    if (visible === undefined) {
      const viewer: SessionUser = { userId: c.id, username: '', displayName: '', role: c.role, unitId: c.unit_id, unitName: '', provinceCode: c.province_code };
      visible = (await db.selectFrom('dossiers').select('id').where('id', '=', dossierId).where(visibleTo(viewer)).executeTakeFirst()) !== undefined;
      verdicts.set(viewerKey, visible);
    }
    if (visible) recipients.push(c.id);
  }
  return recipients;
}

/** C06's reviewers, for the escalation of an overdue PC06 stage (they oversee every province's deadlines). */
export async function nationalReviewers(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('units', 'units.id', 'users.unit_id')
    .select('users.id')
    .where('users.active', '=', true)
    .where('users.role', '=', 'NATIONAL_REVIEWER')
    .where('units.kind', '=', 'C06')
    .orderBy('users.id')
    .execute();
  return rows.map((r) => r.id);
}

/** The holder of a dossier's claim when still active, else null. */
export async function activeHolder(db: Db, dossierId: string): Promise<string | null> {
  const row = await db
    .selectFrom('dossiers')
    .innerJoin('users', 'users.id', 'dossiers.holder_user_id')
    .select('users.id')
    .where('dossiers.id', '=', dossierId)
    .where('users.active', '=', true)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** What a notification may say about a dossier (never a person's data). */
export async function dossierFacts(db: Db, dossierId: string): Promise<DossierFacts | null> {
  const row = await db
    .selectFrom('dossiers')
    .innerJoin('systems', 'systems.id', 'dossiers.system_id')
    .innerJoin('units', 'units.id', 'dossiers.owner_unit_id')
    .leftJoin('provinces', 'provinces.code', 'dossiers.queue_province_code')
    .select(['dossiers.code', 'systems.name as system_name', 'units.name as unit_name', 'provinces.name as province_name'])
    .where('dossiers.id', '=', dossierId)
    .executeTakeFirst();
  return row ? { code: row.code, systemName: row.system_name, unitName: row.unit_name, provinceName: row.province_name } : null;
}

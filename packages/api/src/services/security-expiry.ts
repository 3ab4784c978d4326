import type { Kysely } from 'kysely';
import { loadPolicy, type Database } from '@ketnoi/db';
import { addCalendarDays, emptyDossierContent, type DossierStatus, type SecurityConfirmation } from '@ketnoi/domain';
import { confirmationValidUntil, SECURITY_WARNING_DAYS } from './schedule-dossier-jobs.ts';

/**
 * Whether a dossier's security confirmation (A05) needs C06's eye (domain.md §4, issue 5): EXPIRED
 * once its last valid day has passed, EXPIRING within the 30 days before (the expiry warning's
 * window). Said for dossiers C06 decides on or keeps connected — a draft, a dossier still with PC06
 * or a final one has no connection to re-certify.
 */
export const SECURITY_EXPIRY_KINDS = ['EXPIRED', 'EXPIRING'] as const;
export type SecurityExpiry = (typeof SECURITY_EXPIRY_KINDS)[number];

export const WATCHED_FOR_EXPIRY: readonly DossierStatus[] = ['NATIONAL_REVIEW', 'APPROVED', 'CONNECTED', 'SUSPENDED'];

export function securityExpiryOf(status: DossierStatus, validUntil: string | null, today: string): SecurityExpiry | null {
  if (!validUntil || !WATCHED_FOR_EXPIRY.includes(status)) return null;
  if (validUntil < today) return 'EXPIRED';
  return addCalendarDays(today, SECURITY_WARNING_DAYS) >= validUntil ? 'EXPIRING' : null;
}

const parse = (value: unknown): SecurityConfirmation =>
  value == null ? emptyDossierContent().securityConfirmation : ((typeof value === 'string' ? JSON.parse(value) : value) as SecurityConfirmation);

/**
 * The end of validity of the confirmation in each dossier's current version (stated, else the
 * policy's months from its issue), in one read. The dossiers are already known to be visible.
 */
export async function securityValidity(db: Kysely<Database>, dossiers: readonly { readonly id: string; readonly version: number }[]): Promise<Map<string, string | null>> {
  if (dossiers.length === 0) return new Map();
  const [rows, policy] = await Promise.all([
    db
      .selectFrom('dossier_versions')
      .select(['dossier_id', 'version', 'security_confirmation'])
      .where('dossier_id', 'in', dossiers.map((d) => d.id))
      .execute(),
    loadPolicy(db),
  ]);
  const current = new Map(dossiers.map((d) => [d.id, d.version]));
  const out = new Map<string, string | null>();
  for (const r of rows) if (current.get(r.dossier_id) === r.version) out.set(r.dossier_id, confirmationValidUntil(parse(r.security_confirmation), policy));
  return out;
}

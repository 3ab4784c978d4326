import type { Kysely, Transaction } from 'kysely';
import { loadReference, type Database } from '@ketnoi/db';
import { localDate, type AccountListContext } from '@ketnoi/domain';
import { birthPrefixes } from '@ketnoi/reference';
import { loadParts } from './dossier-content.ts';

/** What an account list of a dossier version is checked against: its registered services, today, the policy. */
export async function validationContext(db: Kysely<Database> | Transaction<Database>, dossierId: string, version: number, now: Date): Promise<AccountListContext> {
  // Sequential: inside a transaction there is one connection to share.
  const parts = await loadParts(db, dossierId, version);
  const reference = await loadReference(db);
  return { birthPrefixes, serviceCodes: parts.serviceRegistration.lines.map((l) => l.serviceCode), today: localDate(now.toISOString()), policy: reference.policy };
}


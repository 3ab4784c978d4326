import { sql, type Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import { emptyDossierContent, fold, type DossierContent, type DossierEvent } from '@ketnoi/domain';
import type { SessionUser } from '../context.ts';
import { dossierSummaryQuery } from './dossier-summary.ts';

const parse = <T>(value: unknown, fallback: T): T => (value == null ? fallback : ((typeof value === 'string' ? JSON.parse(value) : value) as T));

/**
 * Everything the dossier page needs, in ONE statement: the summary (through the jurisdiction
 * filter), the event log, the parts of the version the user works on and its account count.
 * The most frequent read of the system; each statement costs a round trip and a query compile.
 */
export async function loadDossierView(db: Kysely<Database>, user: SessionUser, dossierId: string) {
  // A submitter works on the draft, or after a return on the next version (created at the return).
  const version =
    user.role === 'SUBMITTER'
      ? sql<number>`case when dossiers.status = 'RETURNED' then dossiers.version + 1 else dossiers.version end`
      : sql<number>`dossiers.version`;
  const row = await dossierSummaryQuery(db, user)
    .leftJoin('dossier_versions as v', (join) => join.onRef('v.dossier_id', '=', 'dossiers.id').on('v.version', '=', version))
    .select([
      version.as('viewVersion'),
      'v.service_registration as serviceRegistration',
      'v.org_commitment as orgCommitment',
      'v.security_confirmation as securityConfirmation',
      sql<unknown>`(select json_agg(e.payload order by e.seq) from dossier_events e where e.dossier_id = dossiers.id)`.as('events'),
      sql<number>`(select count(*)::int from account_rows a where a.dossier_id = dossiers.id and a.version = ${version})`.as('accountCount'),
    ])
    .where('dossiers.id', '=', dossierId)
    .executeTakeFirst();
  if (!row) return null;
  const { events, serviceRegistration, orgCommitment, securityConfirmation, viewVersion, accountCount, ...summary } = row;
  const empty = emptyDossierContent();
  const parts: Omit<DossierContent, 'accounts'> = {
    serviceRegistration: parse(serviceRegistration, empty.serviceRegistration),
    orgCommitment: parse(orgCommitment, empty.orgCommitment),
    securityConfirmation: parse(securityConfirmation, empty.securityConfirmation),
  };
  return { summary, state: fold(parse<DossierEvent[]>(events, [])), parts, version: Number(viewVersion), accountCount: Number(accountCount) };
}

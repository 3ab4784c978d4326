import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '@ketnoi/db';
import type { DossierStatus, Role } from '@ketnoi/domain';

/**
 * The tabs of a reviewer's queue (issue 4 for PC06, issue 5 for C06), always applied on top of the
 * jurisdiction filter (visibleTo) — a tab narrows what the user may see, never widens it:
 *
 * | tab        | PC06 (provincial.queue)                                  | C06 (national.queue)                         |
 * |------------|-----------------------------------------------------------|----------------------------------------------|
 * | TO_RECEIVE | PROVINCIAL_REVIEW, nobody holds it                        | NATIONAL_REVIEW, nobody holds it             |
 * | IN_REVIEW  | PROVINCIAL_REVIEW, held                                   | NATIONAL_REVIEW, held                        |
 * | RETURNED   | RETURNED (waiting for the unit, whoever returned it)      | RETURNED by C06 (its last event is C06's)    |
 * | FORWARDED  | reached C06 once and is there or decided: NATIONAL_REVIEW, APPROVED, CONNECTED, SUSPENDED, REJECTED, REVOKED | never (empty) |
 * | DECIDED    | APPROVED, REJECTED, CONNECTED, SUSPENDED, REVOKED         | the same                                      |
 * | ALL        | everything visible                                        | everything visible                           |
 *
 * For PC06, DECIDED is a part of FORWARDED (a local dossier is decided only after it was
 * forwarded): FORWARDED answers "what did we send on", DECIDED "what has C06 settled". A local
 * dossier that C06 returned and the unit resubmitted is back in TO_RECEIVE/IN_REVIEW, not in
 * FORWARDED. WITHDRAWN dossiers are only in ALL. So ALL is not the sum of the other tabs.
 */
export const QUEUE_TABS = ['TO_RECEIVE', 'IN_REVIEW', 'RETURNED', 'FORWARDED', 'DECIDED', 'ALL'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

export const DECIDED_STATUSES = ['APPROVED', 'REJECTED', 'CONNECTED', 'SUSPENDED', 'REVOKED'] as const satisfies readonly DossierStatus[];
const AT_OR_DECIDED_BY_C06 = ['NATIONAL_REVIEW', ...DECIDED_STATUSES] as const satisfies readonly DossierStatus[];

type Eb = ExpressionBuilder<Database, 'dossiers'>;

/** The review status of the role's own stage. */
const reviewStatusOf = (role: Role): DossierStatus => (role === 'PROVINCIAL_REVIEWER' ? 'PROVINCIAL_REVIEW' : 'NATIONAL_REVIEW');

/** The condition of one tab for a reviewer role (other roles have no queue: nothing). */
export function tabCondition(role: Role, tab: QueueTab, eb: Eb): Expression<SqlBool> {
  if (role !== 'PROVINCIAL_REVIEWER' && role !== 'NATIONAL_REVIEWER') return eb.lit(false);
  switch (tab) {
    case 'TO_RECEIVE':
      return eb.and([eb('dossiers.status', '=', reviewStatusOf(role)), eb('dossiers.holder_user_id', 'is', null)]);
    case 'IN_REVIEW':
      return eb.and([eb('dossiers.status', '=', reviewStatusOf(role)), eb('dossiers.holder_user_id', 'is not', null)]);
    case 'RETURNED':
      if (role === 'PROVINCIAL_REVIEWER') return eb('dossiers.status', '=', 'RETURNED');
      // In RETURNED nothing happens until the unit resubmits or withdraws, so the event that
      // returned it is the last one (seq = revision): returned by C06 when C06 wrote it. A partial
      // index of C06's returns (migration 0004) answers this without reading the event log.
      return eb.and([
        eb('dossiers.status', '=', 'RETURNED'),
        eb.exists(
          eb
            .selectFrom('dossier_events as returned')
            .select(sql.lit(1).as('one'))
            .whereRef('returned.dossier_id', '=', 'dossiers.id')
            .whereRef('returned.seq', '=', 'dossiers.revision')
            .where('returned.type', '=', 'RETURNED')
            .where('returned.actor_role', '=', 'NATIONAL_REVIEWER'),
        ),
      ]);
    case 'FORWARDED':
      if (role === 'NATIONAL_REVIEWER') return eb.lit(false);
      return eb.and([eb('dossiers.forwarded_at', 'is not', null), eb('dossiers.status', 'in', AT_OR_DECIDED_BY_C06)]);
    case 'DECIDED':
      return eb('dossiers.status', 'in', DECIDED_STATUSES);
    case 'ALL':
      return eb.lit(true);
  }
}

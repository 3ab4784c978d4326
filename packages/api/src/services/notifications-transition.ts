import type { Transaction } from 'kysely';
import type { Database } from '@ketnoi/db';
import type { DossierEvent, DossierState } from '@ketnoi/domain';
import { causeKeys } from './jobs-outbox.ts';
import { dossierFacts, recipientsOf, type Audience } from './notifications-recipients.ts';
import { storeNotifications, type NotificationDraft } from './notifications-store.ts';
import { takenOverText, transitionText } from './notifications-text.ts';

/**
 * Who hears of each transition (issue 6: "the people concerned"), besides whoever made it:
 * - submit / resubmit: the unit, and the reviewers of the stage it starts (PC06 of the province or C06);
 * - withdraw: the unit, and reviewers who had seen it (after a return);
 * - claim: the unit (and the reviewer whose claim was taken over);
 * - release: the reviewers of the stage, who may pick it up;
 * - return: the unit, and PC06 when C06 returns a local dossier;
 * - forward: the unit and C06;
 * - reject, approve, connection, suspend, resume, revoke: the unit and PC06 of a local dossier.
 * Each audience is then narrowed by jurisdiction (notifications-recipients.ts).
 */
function audiencesOf(event: DossierEvent, before: DossierState): readonly Audience[] {
  switch (event.type) {
    case 'SUBMITTED':
    case 'RESUBMITTED':
      return ['UNIT', event.stage.kind === 'PROVINCIAL' ? 'PROVINCE' : 'NATIONAL'];
    case 'WITHDRAWN':
      return ['UNIT', 'PROVINCE', 'NATIONAL'];
    case 'CLAIMED':
      return ['UNIT'];
    case 'RELEASED':
      return [before.status === 'PROVINCIAL_REVIEW' ? 'PROVINCE' : 'NATIONAL'];
    case 'RETURNED':
      return event.actor.role === 'NATIONAL_REVIEWER' ? ['UNIT', 'PROVINCE'] : ['UNIT'];
    case 'FORWARDED':
      return ['UNIT', 'NATIONAL'];
    case 'REJECTED':
    case 'APPROVED':
    case 'CONNECTION_RECORDED':
    case 'SUSPENDED':
    case 'RESUMED':
    case 'REVOKED':
      return ['UNIT', 'PROVINCE'];
    case 'CREATED':
      return [];
  }
}

export interface TransitionNotice {
  readonly dossierId: string;
  readonly before: DossierState;
  readonly events: readonly DossierEvent[];
  readonly now: Date;
}

/** Writes the notifications of a transition in the transition's own transaction. */
export async function notifyTransition(trx: Transaction<Database>, notice: TransitionNotice): Promise<number> {
  const facts = await dossierFacts(trx, notice.dossierId);
  if (!facts) return 0;
  const drafts: NotificationDraft[] = [];
  let revision = notice.before.revision;
  for (const event of notice.events) {
    revision += 1;
    const causeKey = causeKeys.transition(notice.dossierId, revision);
    const actor = event.actor.userId;
    const recipients = await recipientsOf(trx, notice.dossierId, audiencesOf(event, notice.before), [actor]);
    const roles = await roleOf(trx, recipients);
    for (const recipientUserId of recipients) {
      const audience = roles.get(recipientUserId) === 'SUBMITTER' ? 'UNIT' : 'REVIEWER';
      drafts.push({ recipientUserId, dossierId: notice.dossierId, kind: event.type === 'CREATED' ? 'SUBMITTED' : event.type, causeKey, ...transitionText(event, facts, audience) });
    }
    if (event.type === 'CLAIMED' && event.takenOverFrom && event.takenOverFrom.userId !== actor) {
      drafts.push({ recipientUserId: event.takenOverFrom.userId, dossierId: notice.dossierId, kind: 'TAKEN_OVER', causeKey, ...takenOverText(facts) });
    }
  }
  return storeNotifications(trx, drafts, notice.now);
}

async function roleOf(trx: Transaction<Database>, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await trx.selectFrom('users').select(['id', 'role']).where('id', 'in', userIds).execute();
  return new Map(rows.map((r) => [r.id, r.role]));
}

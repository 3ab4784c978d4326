import type { Transaction } from 'kysely';
import type { Database } from '@ketnoi/db';
import type { DossierEvent, DossierState, Policy, WorkingCalendar } from '@ketnoi/domain';
import { enqueueJobs, type JobRequest } from './jobs-outbox.ts';
import { notifyTransition } from './notifications-transition.ts';
import { currentValidUntil, securityJobs, stageJobs } from './schedule-dossier-jobs.ts';

export interface TransitionEffects {
  readonly dossierId: string;
  readonly before: DossierState;
  readonly after: DossierState;
  readonly events: readonly DossierEvent[];
  readonly now: Date;
  readonly reference: { readonly calendar: WorkingCalendar; readonly policy: Pick<Policy, 'confirmationValidityMonths'> };
}

/**
 * What follows a transition, written in the transition's own transaction (issue 6): the
 * notifications of the people concerned (and their emails), the deadline jobs of a stage that
 * starts (reminder, overdue flag), and the security-confirmation jobs of a connection approved or
 * recorded (expiry warning, re-certification flag). A command that rolls back leaves none of them.
 */
export async function scheduleTransitionEffects(trx: Transaction<Database>, effects: TransitionEffects): Promise<void> {
  const { dossierId, before, after } = effects;
  await notifyTransition(trx, { dossierId, before, events: effects.events, now: effects.now });
  const jobs: JobRequest[] = [];
  const stageStarted = after.stage !== null && (before.stage?.kind !== after.stage.kind || before.stage.dueOn !== after.stage.dueOn || before.stage.startedAt !== after.stage.startedAt);
  if (after.stage && stageStarted) jobs.push(...stageJobs(dossierId, after.stage, effects.reference.calendar));
  if ((after.status === 'APPROVED' || after.status === 'CONNECTED') && after.status !== before.status) {
    const validUntil = await currentValidUntil(trx, dossierId, after.version, effects.reference.policy);
    if (validUntil) jobs.push(...securityJobs(dossierId, validUntil));
  }
  await enqueueJobs(trx, jobs);
}

import { z } from 'zod';
import { instantSchema } from '../calendar/local-date';
import { routingSchema } from '../routing/routing';
import { actorSchema } from './actor';
import { connectionSchema, decisionSchema, deficiencySchema, opinionSchema, reasonSchema, type CommandType } from './command';
import { holderSchema, pausedStageSchema, stageSchema } from './stage';

/**
 * What happened to a dossier, stored append-only; the state is their fold (domain.md §4).
 * Events carry every value decided at the time (routing, due dates, remaining days) so that folding
 * needs no calendar, reference data or clock, and history does not move when those change later.
 */
const base = { at: instantSchema, actor: actorSchema };

export const createdEventSchema = z.strictObject({
  type: z.literal('CREATED'),
  ...base,
  ownerUnitId: z.string().min(1),
  routing: routingSchema,
  /** Set when this dossier amends a connected one (domain.md §4: changes after CONNECTED). */
  amendsDossierId: z.string().min(1).optional(),
});
export const submittedEventSchema = z.strictObject({ type: z.literal('SUBMITTED'), ...base, routing: routingSchema, stage: stageSchema });
export const withdrawnEventSchema = z.strictObject({ type: z.literal('WITHDRAWN'), ...base });
export const claimedEventSchema = z.strictObject({ type: z.literal('CLAIMED'), ...base, takenOverFrom: holderSchema.nullable() });
export const releasedEventSchema = z.strictObject({ type: z.literal('RELEASED'), ...base });
export const returnedEventSchema = z.strictObject({
  type: z.literal('RETURNED'),
  ...base,
  deficiencies: z.array(deficiencySchema).min(1),
  pausedStage: pausedStageSchema.nullable(),
});
export const forwardedEventSchema = z.strictObject({ type: z.literal('FORWARDED'), ...base, opinion: opinionSchema, stage: stageSchema });
export const rejectedEventSchema = z.strictObject({ type: z.literal('REJECTED'), ...base, reason: reasonSchema });
export const approvedEventSchema = z.strictObject({ type: z.literal('APPROVED'), ...base, decision: decisionSchema });
export const resubmittedEventSchema = z.strictObject({
  type: z.literal('RESUBMITTED'),
  ...base,
  routing: routingSchema,
  stage: stageSchema,
  /** The content version this resubmission answers with (domain.md §4: the answer to a return is a new version). */
  version: z.number().int().min(2),
});
export const connectionRecordedEventSchema = z.strictObject({ type: z.literal('CONNECTION_RECORDED'), ...base, connection: connectionSchema });
export const suspendedEventSchema = z.strictObject({ type: z.literal('SUSPENDED'), ...base, reason: reasonSchema });
export const resumedEventSchema = z.strictObject({ type: z.literal('RESUMED'), ...base });
export const revokedEventSchema = z.strictObject({ type: z.literal('REVOKED'), ...base, reason: reasonSchema });

/** Parses events read back from the database (JSON) or the API. */
export const dossierEventSchema = z.discriminatedUnion('type', [
  createdEventSchema,
  submittedEventSchema,
  withdrawnEventSchema,
  claimedEventSchema,
  releasedEventSchema,
  returnedEventSchema,
  forwardedEventSchema,
  rejectedEventSchema,
  approvedEventSchema,
  resubmittedEventSchema,
  connectionRecordedEventSchema,
  suspendedEventSchema,
  resumedEventSchema,
  revokedEventSchema,
]);
export type DossierEvent = z.infer<typeof dossierEventSchema>;
export type DossierEventType = DossierEvent['type'];
export type EventOf<T extends DossierEventType> = Extract<DossierEvent, { type: T }>;
export type CreatedEvent = EventOf<'CREATED'>;

/** The event each command produces when accepted. */
export const EVENT_OF_COMMAND = {
  SUBMIT: 'SUBMITTED',
  WITHDRAW: 'WITHDRAWN',
  CLAIM: 'CLAIMED',
  RELEASE: 'RELEASED',
  RETURN: 'RETURNED',
  FORWARD: 'FORWARDED',
  REJECT: 'REJECTED',
  APPROVE: 'APPROVED',
  RESUBMIT: 'RESUBMITTED',
  RECORD_CONNECTION: 'CONNECTION_RECORDED',
  SUSPEND: 'SUSPENDED',
  RESUME: 'RESUMED',
  REVOKE: 'REVOKED',
} as const satisfies Record<CommandType, Exclude<DossierEventType, 'CREATED'>>;

export const COMMAND_OF_EVENT = Object.fromEntries(Object.entries(EVENT_OF_COMMAND).map(([c, e]) => [e, c])) as Record<
  Exclude<DossierEventType, 'CREATED'>,
  CommandType
>;

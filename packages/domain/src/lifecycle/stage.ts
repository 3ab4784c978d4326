import { z } from 'zod';
import { calendarDateSchema } from '../calendar/calendar-date';
import { instantSchema } from '../calendar/local-date';

export const STAGE_KINDS = ['PROVINCIAL', 'NATIONAL'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** A running review clock: PC06 (3 working days) or C06 (5, [policy]) — domain.md §4 "Deadlines". */
export const stageSchema = z.strictObject({
  kind: z.enum(STAGE_KINDS),
  startedAt: instantSchema,
  dueOn: calendarDateSchema,
});
export type Stage = z.infer<typeof stageSchema>;

/** The clock stopped by a return, kept for the 'resume' policy: the working days that were left. */
export const pausedStageSchema = z.strictObject({
  kind: z.enum(STAGE_KINDS),
  remainingWorkingDays: z.number().int().min(0),
});
export type PausedStage = z.infer<typeof pausedStageSchema>;

export const holderSchema = z.strictObject({ userId: z.string().min(1), unitId: z.string().min(1) });
export type Holder = z.infer<typeof holderSchema>;

import { z } from 'zod';
import { calendarDateSchema } from '../calendar/calendar-date';
import { CONNECTION_CHANNELS } from '../dossier/content';
import { DOSSIER_PARTS } from '../parts';
import { documentReferenceSchema } from '../values/document-reference';

/** A reason people write (return, reject, suspend, revoke): trimmed, 1–1000 characters. */
export const reasonSchema = z
  .string()
  .trim()
  .min(1, { message: 'Cần ghi lý do.' })
  .max(1000, { message: 'Lý do không quá 1000 ký tự.' });

/**
 * One deficiency of a return (domain.md §4): it points at a part and, for the account list, at the
 * spreadsheet rows (the first person is row 2, domain.md §5).
 */
export const deficiencySchema = z
  .strictObject({
    part: z.enum(DOSSIER_PARTS),
    rows: z.array(z.number().int().min(2, { message: 'Dòng dữ liệu bắt đầu từ dòng 2.' })).min(1).optional(),
    reason: reasonSchema,
  })
  .refine((d) => d.rows === undefined || d.part === 'ACCOUNT_LIST', { message: 'Chỉ danh sách tài khoản mới chỉ ra số dòng.', path: ['rows'] });
export type Deficiency = z.infer<typeof deficiencySchema>;

export const CHECKLIST_RESULTS = ['OK', 'NOT_OK'] as const;
export const RECOMMENDATIONS = ['APPROVE', 'REJECT', 'RETURN'] as const;

/** PC06's opinion when forwarding to C06: the checklist per part, a recommendation and a note (domain.md §4). */
export const opinionSchema = z.strictObject({
  checklist: z.record(z.enum(DOSSIER_PARTS), z.enum(CHECKLIST_RESULTS)),
  recommendation: z.enum(RECOMMENDATIONS),
  note: z.string().trim().max(2000, { message: 'Ghi chú không quá 2000 ký tự.' }),
});
export type Opinion = z.infer<typeof opinionSchema>;

/** The approval decision's document reference: number and symbol such as `123/QĐ-C06` (NĐ 30/2020), and its date. */
export const decisionSchema = z.strictObject({
  numberAndSymbol: documentReferenceSchema.shape.numberAndSymbol,
  issuedOn: calendarDateSchema,
});
export type Decision = z.infer<typeof decisionSchema>;

export const connectionSchema = z.strictObject({
  connectedOn: calendarDateSchema,
  channel: z.enum(CONNECTION_CHANNELS),
  technicalReference: z
    .string()
    .trim()
    .min(1, { message: 'Cần ghi mã tham chiếu kỹ thuật của kết nối.' })
    .max(200, { message: 'Mã tham chiếu kỹ thuật không quá 200 ký tự.' }),
});
export type Connection = z.infer<typeof connectionSchema>;

export const submitCommandSchema = z.strictObject({ type: z.literal('SUBMIT') });
export const withdrawCommandSchema = z.strictObject({ type: z.literal('WITHDRAW') });
export const claimCommandSchema = z.strictObject({ type: z.literal('CLAIM') });
export const releaseCommandSchema = z.strictObject({ type: z.literal('RELEASE') });
export const returnCommandSchema = z.strictObject({
  type: z.literal('RETURN'),
  deficiencies: z.array(deficiencySchema).min(1, { message: 'Cần nêu ít nhất một nội dung phải bổ sung.' }),
});
export const forwardCommandSchema = z.strictObject({ type: z.literal('FORWARD'), opinion: opinionSchema });
export const rejectCommandSchema = z.strictObject({ type: z.literal('REJECT'), reason: reasonSchema });
export const approveCommandSchema = z.strictObject({ type: z.literal('APPROVE'), decision: decisionSchema });
export const resubmitCommandSchema = z.strictObject({ type: z.literal('RESUBMIT') });
export const recordConnectionCommandSchema = z.strictObject({
  type: z.literal('RECORD_CONNECTION'),
  connectedOn: connectionSchema.shape.connectedOn,
  channel: connectionSchema.shape.channel,
  technicalReference: connectionSchema.shape.technicalReference,
});
export const suspendCommandSchema = z.strictObject({ type: z.literal('SUSPEND'), reason: reasonSchema });
export const resumeCommandSchema = z.strictObject({ type: z.literal('RESUME') });
export const revokeCommandSchema = z.strictObject({ type: z.literal('REVOKE'), reason: reasonSchema });

/** Every command an actor can send about a dossier (domain.md §4); the API validates input with it. */
export const commandSchema = z.discriminatedUnion('type', [
  submitCommandSchema,
  withdrawCommandSchema,
  claimCommandSchema,
  releaseCommandSchema,
  returnCommandSchema,
  forwardCommandSchema,
  rejectCommandSchema,
  approveCommandSchema,
  resubmitCommandSchema,
  recordConnectionCommandSchema,
  suspendCommandSchema,
  resumeCommandSchema,
  revokeCommandSchema,
]);
export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export const COMMAND_TYPES = [
  'SUBMIT',
  'WITHDRAW',
  'CLAIM',
  'RELEASE',
  'RETURN',
  'FORWARD',
  'REJECT',
  'APPROVE',
  'RESUBMIT',
  'RECORD_CONNECTION',
  'SUSPEND',
  'RESUME',
  'REVOKE',
] as const satisfies readonly CommandType[];

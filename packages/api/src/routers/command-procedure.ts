import { z } from 'zod';
import { commandSchema, type Command, type CommandType } from '@ketnoi/domain';
import { executeCommand } from '../services/dossier-command.ts';
import type { authedProcedure } from '../trpc.ts';

export const dossierTarget = {
  dossierId: z.uuid('Mã hồ sơ không hợp lệ.'),
  expectedRevision: z.number().int().min(0),
  idempotencyKey: z.string().min(8).max(100),
};

/**
 * One procedure per lifecycle command: the input is the dossier, the revision the user saw,
 * an idempotency key, and the command's own fields (the domain's zod schema).
 */
export function commandProcedure<T extends CommandType>(base: typeof authedProcedure, type: T) {
  const option = commandSchema.options.find((o) => o.shape.type.value === type);
  if (!option) throw new Error(`no command schema for ${type}`);
  const { type: _type, ...payload } = option.shape;
  return base.input(z.strictObject({ ...dossierTarget, ...payload })).mutation(({ ctx, input, path }) => {
    const { dossierId, expectedRevision, idempotencyKey, ...fields } = input as { dossierId: string; expectedRevision: number; idempotencyKey: string };
    const command = { type, ...fields } as unknown as Command;
    return executeCommand(ctx, path, { dossierId, expectedRevision, idempotencyKey, command });
  });
}

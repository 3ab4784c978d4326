import { initTRPC, TRPCError } from '@trpc/server';
import { z, ZodError } from 'zod';
import type { Role } from '@ketnoi/domain';
import { auditWriterFor } from './services/audit-writer.ts';
import type { Context } from './context.ts';
import { AppError, appError } from './errors.ts';

/**
 * Procedure metadata. `personalData` marks reads of personal data (ID numbers, phones): each call
 * is audited, refusals included (Luật BVDLCN 91/2025: who read which list, when).
 */
export interface Meta {
  readonly personalData?: boolean;
}

// Input errors that our schemas do not word themselves come out in Vietnamese too.
z.config(z.locales.vi());

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const cause = error.cause instanceof AppError ? error.cause : null;
      const zod = error.cause instanceof ZodError ? error.cause : null;
      const appCode = cause?.appCode ?? (zod ? 'VALIDATION' : error.code === 'INTERNAL_SERVER_ERROR' ? 'INTERNAL' : error.code);
      // Unexpected errors never leak their text (it may contain SQL or personal data).
      const message = cause ? cause.message : zod ? 'Dữ liệu gửi lên không hợp lệ.' : error.code === 'INTERNAL_SERVER_ERROR' ? 'Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại.' : shape.message;
      return {
        message,
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          appCode,
          issues: cause?.issues ?? (zod ? zod.issues.map((i) => ({ code: 'INVALID_INPUT', message: i.message, severity: 'error' as const, path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) })) : []),
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Writes one audit row per mutation and per personal-data read, refusals included (quality L1). */
const audited = t.middleware(async ({ ctx, path, type, meta, next, getRawInput }) => {
  const auditState = { written: false };
  const result = await next({ ctx: { auditState } });
  const mustAudit = type === 'mutation' || meta?.personalData === true;
  if (!mustAudit || (result.ok && auditState.written)) return result;
  const user = ctx.session.user;
  const outcome = result.ok ? 'OK' : isRefusal(result.error) ? 'REFUSED' : 'ERROR';
  const target = targetOf(await getRawInput().catch(() => undefined));
  await auditWriterFor(ctx.db).write({
    actorUserId: user?.userId ?? null,
    actorRole: user?.role ?? null,
    actorUnitId: user?.unitId ?? null,
    action: path,
    targetType: target?.type ?? null,
    targetId: target?.id ?? null,
    outcome,
    details: result.ok ? {} : { code: appCodeOf(result.error) },
    requestId: ctx.requestId,
  });
  return result;
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What an audited call was about, from its raw input: only ids, never the rest of the input. */
function targetOf(raw: unknown): { type: string; id: string } | null {
  if (!raw || typeof raw !== 'object') return null;
  const input = raw as Record<string, unknown>;
  for (const [field, type] of [['dossierId', 'dossier'], ['systemId', 'system'], ['userId', 'user']] as const) {
    const id = input[field];
    if (typeof id === 'string' && UUID.test(id)) return { type, id };
  }
  return null;
}

function isRefusal(error: TRPCError): boolean {
  return error.code !== 'INTERNAL_SERVER_ERROR';
}
function appCodeOf(error: TRPCError): string {
  return error.cause instanceof AppError ? error.cause.appCode : error.code;
}

/** Anyone, signed in or not: login and the current session. */
export const publicProcedure = t.procedure.use(audited);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  const user = ctx.session.user;
  if (!user) throw appError('UNAUTHENTICATED');
  return next({ ctx: { user } });
});

/** The base procedure of a role namespace: the role is checked before the input is even parsed. */
const roleProcedure = (role: Role) =>
  authedProcedure.use(({ ctx, next }) => {
    if (ctx.user.role !== role) throw appError('FORBIDDEN_ROLE');
    return next();
  });

export const submitterProcedure = roleProcedure('SUBMITTER');
export const provincialProcedure = roleProcedure('PROVINCIAL_REVIEWER');
export const nationalProcedure = roleProcedure('NATIONAL_REVIEWER');
export const adminProcedure = roleProcedure('NATIONAL_ADMIN');

export type AuditState = { written: boolean };

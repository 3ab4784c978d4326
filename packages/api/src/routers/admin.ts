import { z } from 'zod';
import { createUser, disableUser, listUsers, revokeUserSessions } from '@ketnoi/db';
import { auditChange } from '../services/audit-change.ts';
import { ROLES } from '@ketnoi/domain';
import { adminProcedure, router } from '../trpc.ts';
import { appError } from '../errors.ts';
import { hashPassword, passwordProblem } from '../auth/password.ts';
import { withIdempotency } from '../services/idempotency.ts';
import { adminReferenceRouter } from './admin-reference.ts';
import { adminOutboxRouter } from './admin-outbox.ts';

const idempotencyKey = z.string().min(8).max(100);

/** The role a unit's kind admits: submitters in owner units, reviewers in PC06/C06, admins in C06. */
const ROLE_OF_UNIT_KIND = { OWNER: ['SUBMITTER'], PC06: ['PROVINCIAL_REVIEWER'], C06: ['NATIONAL_REVIEWER', 'NATIONAL_ADMIN'] } as const;

async function requireUnitForRole(db: Parameters<typeof listUsers>[0], unitId: string, role: (typeof ROLES)[number]) {
  const unit = await db.selectFrom('units').select(['id', 'kind', 'active']).where('id', '=', unitId).executeTakeFirst();
  if (!unit || !unit.active) throw appError('NOT_FOUND', 'Không tìm thấy đơn vị.');
  if (!(ROLE_OF_UNIT_KIND[unit.kind] as readonly string[]).includes(role)) throw appError('VALIDATION', 'Vai trò không phù hợp với loại đơn vị.');
}

export const adminRouter = router({
  reference: adminReferenceRouter,
  outbox: adminOutboxRouter,
  users: router({
    list: adminProcedure.input(z.object({ unitId: z.uuid().optional() }).default({})).query(({ ctx, input }) => listUsers(ctx.db, input.unitId ? { unitId: input.unitId } : {})),
    create: adminProcedure
      .input(z.object({ idempotencyKey, username: z.string().trim().regex(/^[a-z0-9._-]{3,64}$/i, 'Tên đăng nhập 3–64 ký tự: chữ không dấu, số, dấu chấm, gạch.'), displayName: z.string().trim().min(2).max(100), email: z.email().nullable().default(null), role: z.enum(ROLES), unitId: z.uuid(), password: z.string().max(256) }))
      .mutation(async ({ ctx, input, path }) => {
        const problem = passwordProblem(input.password);
        if (problem) throw appError('VALIDATION', problem);
        const passwordHash = await hashPassword(input.password);
        const { password: _password, ...auditable } = input;
        return withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input: auditable }, async (trx) => {
          await requireUnitForRole(trx, input.unitId, input.role);
          const taken = await trx.selectFrom('users').select('id').where('username', '=', input.username.toLowerCase()).executeTakeFirst();
          if (taken) throw appError('DUPLICATE', 'Tên đăng nhập đã được dùng.');
          const user = await createUser(trx, { username: input.username, displayName: input.displayName, email: input.email, passwordHash, role: input.role, unitId: input.unitId });
          await auditChange(ctx, trx, path, { type: 'user', id: user.id }, { role: input.role, unitId: input.unitId });
          return { id: user.id, username: user.username };
        });
      }),
    /** Disabling ends the user's sessions at once (quality A3). */
    disable: adminProcedure.input(z.object({ idempotencyKey, userId: z.uuid() })).mutation(({ ctx, input, path }) =>
      withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
        const user = await trx.selectFrom('users').select(['id', 'username']).where('id', '=', input.userId).executeTakeFirst();
        if (!user) throw appError('NOT_FOUND');
        if (user.id === ctx.user.userId) throw appError('VALIDATION', 'Không thể tự khóa tài khoản của chính mình.');
        const result = await disableUser(trx, user.username);
        await auditChange(ctx, trx, path, { type: 'user', id: user.id }, { revokedSessions: result.disabled ? result.revokedSessions : 0 });
        return { disabled: true };
      }),
    ),
    /** Moving a user to another unit changes what they may see: their sessions end at once (A3). */
    moveToUnit: adminProcedure.input(z.object({ idempotencyKey, userId: z.uuid(), unitId: z.uuid() })).mutation(({ ctx, input, path }) =>
      withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
        const user = await trx.selectFrom('users').select(['id', 'role', 'unit_id']).where('id', '=', input.userId).executeTakeFirst();
        if (!user) throw appError('NOT_FOUND');
        await requireUnitForRole(trx, input.unitId, user.role);
        await trx.updateTable('users').set({ unit_id: input.unitId }).where('id', '=', user.id).execute();
        const revoked = await revokeUserSessions(trx, user.id);
        await auditChange(ctx, trx, path, { type: 'user', id: user.id }, { fromUnitId: user.unit_id, toUnitId: input.unitId, revokedSessions: revoked });
        return { moved: true };
      }),
    ),
  }),
  units: router({
    list: adminProcedure.query(({ ctx }) =>
      ctx.db.selectFrom('units').select(['id', 'kind', 'level', 'province_code as provinceCode', 'name', 'parent_body as parentBody', 'active']).orderBy('kind').orderBy('name').execute(),
    ),
    create: adminProcedure
      .input(z.object({ idempotencyKey, name: z.string().trim().min(3).max(300), level: z.enum(['CENTRAL', 'LOCAL']), provinceCode: z.string().regex(/^\d{2}$/).nullable(), parentBody: z.string().trim().max(300).nullable().default(null), address: z.string().trim().max(500).nullable().default(null), headName: z.string().trim().max(100).nullable().default(null), headTitle: z.string().trim().max(200).nullable().default(null) }))
      .mutation(({ ctx, input, path }) =>
        withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
          if ((input.level === 'LOCAL') !== (input.provinceCode !== null)) throw appError('VALIDATION', 'Đơn vị địa phương phải có tỉnh/thành; đơn vị trung ương thì không.');
          if (input.provinceCode) {
            const p = await trx.selectFrom('provinces').select('code').where('code', '=', input.provinceCode).where('valid_to', 'is', null).executeTakeFirst();
            if (!p) throw appError('VALIDATION', 'Mã tỉnh/thành không thuộc danh mục hiện hành.');
          }
          const unit = await trx
            .insertInto('units')
            .values({ kind: 'OWNER', level: input.level, province_code: input.provinceCode, name: input.name, parent_body: input.parentBody, address: input.address, head_name: input.headName, head_title: input.headTitle })
            .returning('id')
            .executeTakeFirstOrThrow();
          await auditChange(ctx, trx, path, { type: 'unit', id: unit.id });
          return { id: unit.id };
        }),
      ),
  }),
});

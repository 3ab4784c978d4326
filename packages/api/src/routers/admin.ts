import { z } from 'zod';
import { createUser, disableUser, enableUser, listUsers, revokeUserSessions } from '@ketnoi/db';
import { auditChange } from '../services/audit-change.ts';
import { ROLES } from '@ketnoi/domain';
import { adminProcedure, router } from '../trpc.ts';
import { appError } from '../errors.ts';
import { hashPassword, passwordProblem } from '../auth/password.ts';
import { withIdempotency } from '../services/idempotency.ts';
import { searchPage } from '../services/admin-search.ts';
import { adminReferenceRouter } from './admin-reference.ts';
import { adminOutboxRouter } from './admin-outbox.ts';
import { adminUnitsRouter } from './admin-units.ts';
import { adminAuditRouter } from './admin-audit.ts';
import { pageInput } from './pagination.ts';

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
  audit: adminAuditRouter,
  users: router({
    list: adminProcedure.input(z.object({ unitId: z.uuid().optional() }).default({})).query(({ ctx, input }) => listUsers(ctx.db, input.unitId ? { unitId: input.unitId } : {})),
    /** One page of users, of one unit or all, searched by username, name or unit (diacritics aside). */
    search: adminProcedure
      .input(z.object({ ...pageInput, unitId: z.uuid().optional(), search: z.string().max(100).optional() }).default({ page: 1, pageSize: 20 }))
      .query(async ({ ctx, input }) => searchPage(await listUsers(ctx.db, input.unitId ? { unitId: input.unitId } : {}), (u) => `${u.username} ${u.displayName} ${u.unitName}`, input)),
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
    /** Re-enables a disabled account (its old sessions stay ended); refused while its unit is inactive. */
    enable: adminProcedure.input(z.object({ idempotencyKey, userId: z.uuid() })).mutation(({ ctx, input, path }) =>
      withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
        const user = await trx.selectFrom('users').innerJoin('units', 'units.id', 'users.unit_id').select(['users.id', 'users.username', 'users.active', 'units.active as unitActive']).where('users.id', '=', input.userId).executeTakeFirst();
        if (!user) throw appError('NOT_FOUND');
        if (!user.unitActive) throw appError('VALIDATION', 'Đơn vị của tài khoản đã ngừng hoạt động: hãy chuyển tài khoản sang đơn vị khác trước.');
        await enableUser(trx, user.username);
        await auditChange(ctx, trx, path, { type: 'user', id: user.id }, { wasActive: user.active });
        return { enabled: true };
      }),
    ),
    /**
     * Sets a new password the administrator hands over (a user who forgot theirs): stored only
     * hashed, never audited nor returned; the user's sessions end at once.
     */
    resetPassword: adminProcedure.input(z.object({ idempotencyKey, userId: z.uuid(), password: z.string().max(256) })).mutation(async ({ ctx, input, path }) => {
      const problem = passwordProblem(input.password);
      if (problem) throw appError('VALIDATION', problem);
      const passwordHash = await hashPassword(input.password);
      const { password: _password, ...auditable } = input;
      return withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input: auditable }, async (trx) => {
        const user = await trx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: ctx.now() }).where('id', '=', input.userId).returning('id').executeTakeFirst();
        if (!user) throw appError('NOT_FOUND');
        const revoked = await revokeUserSessions(trx, user.id);
        await auditChange(ctx, trx, path, { type: 'user', id: user.id }, { revokedSessions: revoked });
        return { reset: true };
      });
    }),
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
  units: adminUnitsRouter,
});

import { z } from 'zod';
import { revokeUserSessions } from '@ketnoi/db';
import { adminProcedure, router } from '../trpc.ts';
import { appError } from '../errors.ts';
import { auditChange } from '../services/audit-change.ts';
import { withIdempotency } from '../services/idempotency.ts';
import { searchPage } from '../services/admin-search.ts';
import { pageInput } from './pagination.ts';

const idempotencyKey = z.string().min(8).max(100);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null).transform((v) => (v === '' ? null : v));
/** What an administrator may change on a unit: its names and head. Kind, level and province decide routing and stay. */
const unitDetails = {
  name: z.string().trim().min(3, 'Tên đơn vị ít nhất 3 ký tự.').max(300),
  parentBody: optionalText(300),
  address: optionalText(500),
  headName: optionalText(100),
  headTitle: optionalText(200),
};

type Db = Parameters<typeof revokeUserSessions>[0];

/** The names of units of one kind are unique per province (units_name_per_province): said before the index refuses it. */
async function requireFreeName(db: Db, unit: { kind: string; provinceCode: string | null; name: string }, except?: string) {
  let q = db.selectFrom('units').select('id').where('kind', '=', unit.kind as 'OWNER').where((eb) => eb.fn('lower', ['name']), '=', unit.name.toLowerCase());
  q = unit.provinceCode === null ? q.where('province_code', 'is', null) : q.where('province_code', '=', unit.provinceCode);
  if (except) q = q.where('id', '!=', except);
  if (await q.executeTakeFirst()) throw appError('DUPLICATE', 'Đã có đơn vị cùng loại mang tên này.');
}

/** Units: owner units (central bodies, or local with their province), the PC06 of each province, the C06. */
export const adminUnitsRouter = router({
  /** Every unit, for pickers (move a user, create a user). */
  list: adminProcedure.query(({ ctx }) =>
    ctx.db.selectFrom('units').select(['id', 'kind', 'level', 'province_code as provinceCode', 'name', 'parent_body as parentBody', 'active']).orderBy('kind').orderBy('name').execute(),
  ),
  /** One page of units, searched by name, parent body or province, with their count of active users. */
  search: adminProcedure
    .input(z.object({ ...pageInput, search: z.string().max(100).optional(), kind: z.enum(['OWNER', 'PC06', 'C06']).optional(), activeOnly: z.boolean().default(false) }).default({ page: 1, pageSize: 20, activeOnly: false }))
    .query(async ({ ctx, input }) => {
      let q = ctx.db
        .selectFrom('units')
        .leftJoin('provinces', 'provinces.code', 'units.province_code')
        .select((eb) => [
          'units.id',
          'units.kind',
          'units.level',
          'units.province_code as provinceCode',
          'provinces.name as provinceName',
          'units.name',
          'units.parent_body as parentBody',
          'units.address',
          'units.head_name as headName',
          'units.head_title as headTitle',
          'units.active',
          eb.selectFrom('users').select((u) => u.fn.countAll<number>().as('n')).whereRef('users.unit_id', '=', 'units.id').where('users.active', '=', true).as('activeUsers'),
        ])
        .orderBy('units.kind')
        .orderBy('units.province_code')
        .orderBy('units.name');
      if (input.kind) q = q.where('units.kind', '=', input.kind);
      if (input.activeOnly) q = q.where('units.active', '=', true);
      const rows = (await q.execute()).map((r) => ({ ...r, activeUsers: Number(r.activeUsers ?? 0) }));
      return searchPage(rows, (r) => `${r.name} ${r.parentBody ?? ''} ${r.provinceName ?? ''} ${r.provinceCode ?? ''}`, input);
    }),
  /** An owner unit (central, or local with its province), or the PC06 of a current province (one active per province). */
  create: adminProcedure
    .input(z.object({ idempotencyKey, kind: z.enum(['OWNER', 'PC06']).default('OWNER'), level: z.enum(['CENTRAL', 'LOCAL']), provinceCode: z.string().regex(/^\d{2}$/).nullable(), ...unitDetails }))
    .mutation(({ ctx, input, path }) =>
      withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
        if ((input.level === 'LOCAL') !== (input.provinceCode !== null)) throw appError('VALIDATION', 'Đơn vị địa phương phải có tỉnh/thành; đơn vị trung ương thì không.');
        if (input.kind === 'PC06' && input.level !== 'LOCAL') throw appError('VALIDATION', 'Công an tỉnh (PC06) là đơn vị địa phương của một tỉnh/thành.');
        if (input.provinceCode) {
          const p = await trx.selectFrom('provinces').select('code').where('code', '=', input.provinceCode).where('valid_to', 'is', null).executeTakeFirst();
          if (!p) throw appError('VALIDATION', 'Mã tỉnh/thành không thuộc danh mục hiện hành.');
        }
        if (input.kind === 'PC06') {
          const existing = await trx.selectFrom('units').select('id').where('kind', '=', 'PC06').where('province_code', '=', input.provinceCode).where('active', '=', true).executeTakeFirst();
          if (existing) throw appError('DUPLICATE', 'Tỉnh/thành này đã có đơn vị PC06 đang hoạt động.');
        }
        await requireFreeName(trx, input);
        const unit = await trx
          .insertInto('units')
          .values({ kind: input.kind, level: input.level, province_code: input.provinceCode, name: input.name, parent_body: input.parentBody, address: input.address, head_name: input.headName, head_title: input.headTitle })
          .returning('id')
          .executeTakeFirstOrThrow();
        await auditChange(ctx, trx, path, { type: 'unit', id: unit.id }, { kind: input.kind, level: input.level, provinceCode: input.provinceCode, name: input.name });
        return { id: unit.id };
      }),
    ),
  /** Renames a unit or corrects its parent body, address and head (the change is audited with the old name). */
  update: adminProcedure.input(z.object({ idempotencyKey, unitId: z.uuid(), ...unitDetails })).mutation(({ ctx, input, path }) =>
    withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
      const unit = await trx.selectFrom('units').select(['id', 'kind', 'province_code', 'name']).where('id', '=', input.unitId).executeTakeFirst();
      if (!unit) throw appError('NOT_FOUND', 'Không tìm thấy đơn vị.');
      await requireFreeName(trx, { kind: unit.kind, provinceCode: unit.province_code, name: input.name }, unit.id);
      await trx
        .updateTable('units')
        .set({ name: input.name, parent_body: input.parentBody, address: input.address, head_name: input.headName, head_title: input.headTitle })
        .where('id', '=', unit.id)
        .execute();
      await auditChange(ctx, trx, path, { type: 'unit', id: unit.id }, { fromName: unit.name, name: input.name, parentBody: input.parentBody, address: input.address, headName: input.headName, headTitle: input.headTitle });
      return { id: unit.id };
    }),
  ),
  /**
   * Deactivates a unit: its users can no longer sign in (login refuses an inactive unit) and their
   * sessions end at once, as when a user is disabled (quality A3). The C06 keeps the system running
   * and a current province keeps its PC06, so neither can be deactivated.
   */
  deactivate: adminProcedure.input(z.object({ idempotencyKey, unitId: z.uuid() })).mutation(({ ctx, input, path }) =>
    withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
      const unit = await trx
        .selectFrom('units')
        .leftJoin('provinces', 'provinces.code', 'units.province_code')
        .select(['units.id', 'units.kind', 'units.active', 'provinces.valid_to'])
        .where('units.id', '=', input.unitId)
        .forUpdate('units')
        .executeTakeFirst();
      if (!unit) throw appError('NOT_FOUND', 'Không tìm thấy đơn vị.');
      if (unit.kind === 'C06') throw appError('VALIDATION', 'Không thể ngừng hoạt động Cục C06.');
      if (unit.kind === 'PC06' && unit.valid_to === null) throw appError('VALIDATION', 'Tỉnh/thành hiện hành phải có đơn vị PC06: hãy đổi tên thay vì ngừng hoạt động.');
      await trx.updateTable('units').set({ active: false }).where('id', '=', unit.id).execute();
      const users = await trx.selectFrom('users').select('id').where('unit_id', '=', unit.id).execute();
      let revokedSessions = 0;
      for (const u of users) revokedSessions += await revokeUserSessions(trx, u.id);
      await auditChange(ctx, trx, path, { type: 'unit', id: unit.id }, { wasActive: unit.active, users: users.length, revokedSessions });
      return { deactivated: true, revokedSessions };
    }),
  ),
  /** Undoes a deactivation: its users may sign in again (their ended sessions stay ended). A PC06 only for a current province without another. */
  reactivate: adminProcedure.input(z.object({ idempotencyKey, unitId: z.uuid() })).mutation(({ ctx, input, path }) =>
    withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
      const unit = await trx
        .selectFrom('units')
        .leftJoin('provinces', 'provinces.code', 'units.province_code')
        .select(['units.id', 'units.kind', 'units.province_code', 'units.active', 'provinces.valid_to'])
        .where('units.id', '=', input.unitId)
        .forUpdate('units')
        .executeTakeFirst();
      if (!unit) throw appError('NOT_FOUND', 'Không tìm thấy đơn vị.');
      if (unit.kind === 'PC06') {
        if (unit.valid_to !== null) throw appError('VALIDATION', 'Tỉnh/thành của đơn vị PC06 này đã hết hiệu lực.');
        const other = await trx.selectFrom('units').select('id').where('kind', '=', 'PC06').where('province_code', '=', unit.province_code).where('active', '=', true).where('id', '!=', unit.id).executeTakeFirst();
        if (other) throw appError('DUPLICATE', 'Tỉnh/thành này đã có đơn vị PC06 đang hoạt động.');
      }
      await trx.updateTable('units').set({ active: true }).where('id', '=', unit.id).execute();
      await auditChange(ctx, trx, path, { type: 'unit', id: unit.id }, { wasActive: unit.active });
      return { reactivated: true };
    }),
  ),
});

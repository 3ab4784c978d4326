import { z } from 'zod';
import { loadCalendar, loadPolicy, loadProvinces, type Database } from '@ketnoi/db';
import { isIsoDate, policyFieldsSchema, policySchema, DEFAULT_POLICY } from '@ketnoi/domain';
import type { Transaction } from 'kysely';
import { adminProcedure, router } from '../trpc.ts';
import { appError } from '../errors.ts';
import { auditChange } from '../services/audit-change.ts';
import { withIdempotency } from '../services/idempotency.ts';

const idempotencyKey = z.string().min(8).max(100);
const isoDay = z.string().refine(isIsoDate, 'Ngày phải có dạng yyyy-MM-dd và là một ngày có thật.');

type Ctx = Parameters<Parameters<typeof adminProcedure.query>[0]>[0]['ctx'];

/** An administrative change: idempotent, and audited in its own transaction (issue: every administrative change is audited). */
function adminChange<T>(ctx: Ctx, path: string, input: { idempotencyKey: string }, target: { type: string; id: string }, work: (trx: Transaction<Database>) => Promise<T>) {
  return withIdempotency(ctx.db, { userId: ctx.user.userId, key: input.idempotencyKey, procedure: path, input }, async (trx) => {
    const result = await work(trx);
    const { idempotencyKey: _key, ...details } = input as Record<string, unknown>;
    await auditChange(ctx, trx, path, target, JSON.parse(JSON.stringify(details)));
    return result;
  });
}

/** Reference data that administrators keep: policies, the service catalogue, the holiday calendar. */
export const adminReferenceRouter = router({
  policy: router({
    get: adminProcedure.query(({ ctx }) => loadPolicy(ctx.db)),
    /** Stage deadlines, minimum security level… validated as a whole after the change. */
    update: adminProcedure
      .input(z.object({ idempotencyKey, changes: policyFieldsSchema.partial() }))
      .mutation(({ ctx, input, path }) =>
        adminChange(ctx, path, input, { type: 'policy', id: 'policy' }, async (trx) => {
          const next = policySchema.safeParse({ ...(await loadPolicy(trx)), ...input.changes });
          if (!next.success) throw appError('VALIDATION', next.error.issues[0]?.message);
          for (const [key, value] of Object.entries(input.changes)) {
            if (!Object.hasOwn(DEFAULT_POLICY, key)) continue;
            await trx
              .insertInto('policies')
              .values({ key, value: JSON.stringify(value), updated_by: ctx.user.userId })
              .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: ctx.now(), updated_by: ctx.user.userId }))
              .execute();
          }
          return next.data;
        }),
      ),
  }),
  services: router({
    list: adminProcedure.query(({ ctx }) => ctx.db.selectFrom('services').select(['code', 'name', 'active', 'sort_order as sortOrder']).orderBy('sort_order').orderBy('code').execute()),
    save: adminProcedure
      .input(
        z.object({
          idempotencyKey,
          code: z.string().regex(/^[A-Z][A-Z0-9_]{2,49}$/, 'Mã dịch vụ: chữ in hoa không dấu, số và gạch dưới, 3–50 ký tự.'),
          name: z.string().trim().min(3).max(300),
          active: z.boolean(),
          sortOrder: z.number().int().min(0).max(10_000).default(100),
        }),
      )
      .mutation(({ ctx, input, path }) =>
        adminChange(ctx, path, input, { type: 'service', id: input.code }, async (trx) => {
          await trx
            .insertInto('services')
            .values({ code: input.code, name: input.name, active: input.active, sort_order: input.sortOrder })
            .onConflict((oc) => oc.column('code').doUpdateSet({ name: input.name, active: input.active, sort_order: input.sortOrder }))
            .execute();
          return { code: input.code };
        }),
      ),
  }),
  calendar: router({
    list: adminProcedure.input(z.object({ year: z.number().int().min(2020).max(2100) })).query(({ ctx, input }) =>
      ctx.db
        .selectFrom('calendar_days')
        .select(['day', 'kind', 'name'])
        .where('day', '>=', `${input.year}-01-01`)
        .where('day', '<=', `${input.year}-12-31`)
        .orderBy('day')
        .execute(),
    ),
    /**
     * Replaces one year's days off and compensatory working weekends, as the Government announces
     * them (lunar holidays move every year); a break may list its weekend days too. A compensatory
     * working day must be a Saturday or Sunday.
     */
    replaceYear: adminProcedure
      .input(
        z.object({
          idempotencyKey,
          year: z.number().int().min(2020).max(2100),
          days: z.array(z.object({ day: isoDay, kind: z.enum(['HOLIDAY', 'WORKING_WEEKEND']), name: z.string().trim().min(2).max(200) })).max(60),
        }),
      )
      .mutation(({ ctx, input, path }) =>
        adminChange(ctx, path, input, { type: 'calendar', id: String(input.year) }, async (trx) => {
          const seen = new Set<string>();
          for (const d of input.days) {
            if (!d.day.startsWith(`${input.year}-`)) throw appError('VALIDATION', `Ngày ${d.day} không thuộc năm ${input.year}.`);
            if (seen.has(d.day)) throw appError('VALIDATION', `Ngày ${d.day} bị khai báo hai lần.`);
            seen.add(d.day);
            const weekend = [0, 6].includes(new Date(`${d.day}T00:00:00Z`).getUTCDay());
            if (d.kind === 'WORKING_WEEKEND' && !weekend) throw appError('VALIDATION', `Ngày ${d.day} không phải cuối tuần: không thể là ngày làm bù.`);
          }
          await trx.deleteFrom('calendar_days').where('day', '>=', `${input.year}-01-01`).where('day', '<=', `${input.year}-12-31`).execute();
          if (input.days.length > 0) await trx.insertInto('calendar_days').values(input.days).execute();
          const calendar = await loadCalendar(trx);
          return { year: input.year, holidays: [...calendar.holidays].filter((d) => d.startsWith(`${input.year}-`)).length };
        }),
      ),
  }),
  /** All provinces, with the historical ones and their successors (routing follows these links). */
  provinces: adminProcedure.query(({ ctx }) => loadProvinces(ctx.db)),
  /**
   * Sets a province's end of validity and successor (a merger the National Assembly decides), or
   * makes it current again (both null). Routing follows successor links from a unit's province to
   * the one valid on the day (domain routeDossier), so a former province needs a successor valid by
   * its end, and the links may not loop.
   */
  provinceValidity: adminProcedure
    .input(z.object({ idempotencyKey, code: z.string().regex(/^[A-Z0-9]{2,10}$/), validTo: isoDay.nullable(), successorCode: z.string().regex(/^[A-Z0-9]{2,10}$/).nullable() }))
    .mutation(({ ctx, input, path }) =>
      adminChange(ctx, path, input, { type: 'province', id: input.code }, async (trx) => {
        const provinces = await loadProvinces(trx);
        const byCode = new Map(provinces.map((p) => [p.code, p]));
        const province = byCode.get(input.code);
        if (!province) throw appError('NOT_FOUND', 'Không tìm thấy tỉnh, thành phố.');
        if (input.validTo === null) {
          if (input.successorCode !== null) throw appError('VALIDATION', 'Tỉnh, thành phố còn hiệu lực thì không có đơn vị kế thừa.');
        } else {
          if (input.validTo <= province.validFrom) throw appError('VALIDATION', `Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực (${province.validFrom}).`);
          if (input.successorCode === null) throw appError('VALIDATION', 'Tỉnh, thành phố hết hiệu lực phải có đơn vị kế thừa để hồ sơ được chuyển đúng nơi.');
          const successor = byCode.get(input.successorCode);
          if (!successor || successor.code === province.code) throw appError('VALIDATION', 'Đơn vị kế thừa phải là một tỉnh, thành phố khác trong danh mục.');
          if (successor.validFrom > input.validTo) throw appError('VALIDATION', `Đơn vị kế thừa chỉ có hiệu lực từ ${successor.validFrom}, sau ngày hết hiệu lực.`);
          // Follow the links from the successor: reaching this province again would be a loop.
          const seen = new Set<string>();
          for (let at: string | null = successor.code; at !== null && !seen.has(at); at = byCode.get(at)?.successorCode ?? null) {
            if (at === province.code) throw appError('VALIDATION', 'Đơn vị kế thừa này tạo thành vòng lặp kế thừa.');
            seen.add(at);
          }
        }
        await trx.updateTable('provinces').set({ valid_to: input.validTo, successor_code: input.successorCode }).where('code', '=', province.code).execute();
        return { code: province.code, validTo: input.validTo, successorCode: input.successorCode };
      }),
    ),
});

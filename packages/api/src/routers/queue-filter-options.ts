import { z } from 'zod';
import { nationalProcedure, provincialProcedure } from '../trpc.ts';
import { visibleTo } from '../services/jurisdiction.ts';

export const queueFilterOptionsSchema = z.object({
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  systems: z.array(z.object({ id: z.string(), name: z.string(), unitId: z.string() })),
  /** C06 only: the provinces whose dossiers reached C06 (`queueProvinceCode`). */
  provinces: z.array(z.object({ code: z.string(), name: z.string() })).optional(),
});

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');

/**
 * The units and systems a reviewer may filter the queue by: those of the dossiers the reviewer may
 * see (visibleTo), so a PC06 officer never learns the names of another province's units or systems.
 * C06 also gets the provinces of the local dossiers it sees. No personal data: not audited.
 */
function filterOptionsOn(base: typeof provincialProcedure, withProvinces: boolean) {
  return base.output(queueFilterOptionsSchema).query(async ({ ctx }) => {
    const [rows, provinces] = await Promise.all([
      ctx.db
        .selectFrom('dossiers')
        .innerJoin('units', 'units.id', 'dossiers.owner_unit_id')
        .innerJoin('systems', 'systems.id', 'dossiers.system_id')
        .where(visibleTo(ctx.user))
        .select(['units.id as unitId', 'units.name as unitName', 'systems.id as systemId', 'systems.name as systemName'])
        .distinct()
        .execute(),
      withProvinces
        ? ctx.db
            .selectFrom('dossiers')
            .innerJoin('provinces', 'provinces.code', 'dossiers.queue_province_code')
            .where(visibleTo(ctx.user))
            .select(['provinces.code as code', 'provinces.name as name'])
            .distinct()
            .execute()
        : null,
    ]);
    const units = new Map<string, string>();
    for (const r of rows) units.set(r.unitId, r.unitName);
    return {
      units: [...units].map(([id, name]) => ({ id, name })).sort(byName),
      systems: rows.map((r) => ({ id: r.systemId, name: r.systemName, unitId: r.unitId })).sort(byName),
      ...(provinces ? { provinces: provinces.sort(byName) } : {}),
    };
  });
}

export const queueFilterOptions = filterOptionsOn(provincialProcedure, false);
export const nationalQueueFilterOptions = filterOptionsOn(nationalProcedure, true);

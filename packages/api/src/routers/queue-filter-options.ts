import { z } from 'zod';
import { provincialProcedure } from '../trpc.ts';
import { visibleTo } from '../services/jurisdiction.ts';

export const queueFilterOptionsSchema = z.object({
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  systems: z.array(z.object({ id: z.string(), name: z.string(), unitId: z.string() })),
});

/**
 * The units and systems a reviewer may filter the queue by: those of the dossiers the reviewer may
 * see (visibleTo), so a PC06 officer never learns the names of another province's units or systems.
 * No personal data: not audited.
 */
export const queueFilterOptions = provincialProcedure.output(queueFilterOptionsSchema).query(async ({ ctx }) => {
  const rows = await ctx.db
    .selectFrom('dossiers')
    .innerJoin('units', 'units.id', 'dossiers.owner_unit_id')
    .innerJoin('systems', 'systems.id', 'dossiers.system_id')
    .where(visibleTo(ctx.user))
    .select(['units.id as unitId', 'units.name as unitName', 'systems.id as systemId', 'systems.name as systemName'])
    .distinct()
    .execute();
  const units = new Map<string, string>();
  for (const r of rows) units.set(r.unitId, r.unitName);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');
  return {
    units: [...units].map(([id, name]) => ({ id, name })).sort(byName),
    systems: rows.map((r) => ({ id: r.systemId, name: r.systemName, unitId: r.unitId })).sort(byName),
  };
});

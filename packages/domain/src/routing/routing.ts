import { z } from 'zod';

export const ROUTES = ['PROVINCIAL', 'NATIONAL'] as const;
export type Route = (typeof ROUTES)[number];

/**
 * Where a dossier goes (domain.md §1 "Routing"): a central body's system straight to C06; a local
 * system to the PC06 of the owner unit's province. `filedProvinceCode` is the province as recorded
 * on the owner unit when filing (kept for the record, possibly a pre-2025 one); `queueProvinceCode`
 * is the province, valid on the day, whose PC06 handles it (domain.md §2).
 */
export type Routing =
  | { readonly route: 'NATIONAL' }
  | { readonly route: 'PROVINCIAL'; readonly filedProvinceCode: string; readonly queueProvinceCode: string };

export const routingSchema = z.discriminatedUnion('route', [
  z.strictObject({ route: z.literal('NATIONAL') }),
  z.strictObject({ route: z.literal('PROVINCIAL'), filedProvinceCode: z.string().min(1), queueProvinceCode: z.string().min(1) }),
]);

import { z } from 'zod';
import { ROLES, type Role } from './role';

/** Who acts on a dossier (domain.md §3). Comes from the authenticated session, never from the request body. */
export interface Actor {
  readonly userId: string;
  readonly role: Role;
  readonly unitId: string;
  /** The PC06's province for a PROVINCIAL_REVIEWER; null otherwise. */
  readonly provinceCode: string | null;
}

export const actorSchema = z.strictObject({
  userId: z.string().min(1),
  role: z.enum(ROLES),
  unitId: z.string().min(1),
  provinceCode: z.string().min(1).nullable(),
});

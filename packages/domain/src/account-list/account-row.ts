import { z } from 'zod';

/**
 * One validated, normalised person of the account list (part 2), as stored in the dossier content.
 * `personalId` is the 12-digit number (personal data: mask it for roles that do not need it);
 * `dateOfBirth` is ISO; `phone` is E.164 `+84…`.
 */
export const accountRowSchema = z.object({
  rowNumber: z.number().int().min(2),
  fullName: z.string(),
  personalId: z.string().regex(/^\d{12}$/, { message: 'Số định danh cá nhân phải gồm đúng 12 chữ số.' }),
  dateOfBirth: z.string(),
  sex: z.enum(['MALE', 'FEMALE']).nullable(),
  position: z.string(),
  workUnit: z.string(),
  phone: z.string(),
  email: z.string(),
  username: z.string(),
  services: z.array(z.string()),
});

export interface AccountRow {
  rowNumber: number;
  fullName: string;
  personalId: string;
  dateOfBirth: string;
  sex: 'MALE' | 'FEMALE' | null;
  position: string;
  workUnit: string;
  phone: string;
  email: string;
  username: string;
  services: string[];
}

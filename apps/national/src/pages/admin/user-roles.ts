import type { Role } from '@ketnoi/domain';
import type { UnitChoice } from './admin-types.ts';

/** The roles a unit's kind admits (as the API checks): submitters in owner units, reviewers in PC06/C06, admins in C06. */
export const ROLES_OF_UNIT_KIND: Readonly<Record<UnitChoice['kind'], readonly Role[]>> = {
  OWNER: ['SUBMITTER'],
  PC06: ['PROVINCIAL_REVIEWER'],
  C06: ['NATIONAL_REVIEWER', 'NATIONAL_ADMIN'],
};

export const ROLE_CHOICES: readonly Role[] = ['SUBMITTER', 'PROVINCIAL_REVIEWER', 'NATIONAL_REVIEWER', 'NATIONAL_ADMIN'];

/** The active units a user of this role may belong to. */
export const unitsForRole = (units: readonly UnitChoice[], role: Role): UnitChoice[] => units.filter((u) => u.active && ROLES_OF_UNIT_KIND[u.kind].includes(role));

/** The administrator's rule for an initial password (as the API: 12+ characters, three of four kinds). */
export function passwordProblemKey(password: string): 'admin.user.error.passwordShort' | 'admin.user.error.passwordKinds' | null {
  if (password.length < 12) return 'admin.user.error.passwordShort';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  return kinds < 3 ? 'admin.user.error.passwordKinds' : null;
}

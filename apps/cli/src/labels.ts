/** Vietnamese names of roles and unit kinds for text output (JSON keeps the stable codes). */
import type { Role } from '@ketnoi/domain';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  SUBMITTER: 'Cán bộ đơn vị chủ quản',
  PROVINCIAL_REVIEWER: 'Cán bộ thẩm định PC06',
  NATIONAL_REVIEWER: 'Cán bộ thẩm định C06',
  NATIONAL_ADMIN: 'Quản trị hệ thống C06',
};

export const UNIT_KIND_LABELS: Readonly<Record<'OWNER' | 'PC06' | 'C06', string>> = {
  OWNER: 'Đơn vị chủ quản',
  PC06: 'PC06',
  C06: 'C06',
};

/** domain.md §3: submitters in owner units, provincial reviewers in a PC06, national roles in C06. */
export const ROLES_OF_UNIT_KIND: Readonly<Record<'OWNER' | 'PC06' | 'C06', readonly Role[]>> = {
  OWNER: ['SUBMITTER'],
  PC06: ['PROVINCIAL_REVIEWER'],
  C06: ['NATIONAL_REVIEWER', 'NATIONAL_ADMIN'],
};

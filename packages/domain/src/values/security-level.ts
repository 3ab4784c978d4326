import { z } from 'zod';
import { error, type Issue } from '../issue';
import type { Policy } from '../reference';

/**
 * Security level of an information system under Nghị định 85/2016 (levels 1–5). A system that
 * connects to the population database needs at least the policy minimum (Thông tư 46/2022/TT-BCA:
 * level 3 by default).
 */
export const SECURITY_LEVELS = [1, 2, 3, 4, 5] as const;
export type SecurityLevel = (typeof SECURITY_LEVELS)[number];

export const securityLevelSchema = z
  .number({ message: 'Cấp độ an toàn hệ thống thông tin phải là một số từ 1 đến 5.' })
  .int({ message: 'Cấp độ an toàn hệ thống thông tin phải là một số nguyên từ 1 đến 5.' })
  .min(1, { message: 'Cấp độ an toàn hệ thống thông tin phải từ 1 đến 5 (Nghị định 85/2016).' })
  .max(5, { message: 'Cấp độ an toàn hệ thống thông tin phải từ 1 đến 5 (Nghị định 85/2016).' })
  .transform((n) => n as SecurityLevel);

export const isSecurityLevel = (n: unknown): n is SecurityLevel => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;

/** Issues for a level, empty when it is acceptable for connecting under `policy`. */
export const checkSecurityLevel = (level: number, policy: Policy, path?: readonly (string | number)[]): Issue[] => {
  if (!isSecurityLevel(level)) {
    return [error('SECURITY_LEVEL_INVALID', 'Cấp độ an toàn hệ thống thông tin phải là một số nguyên từ 1 đến 5 (Nghị định 85/2016).', path)];
  }
  if (level < policy.minimumSecurityLevel) {
    return [
      error(
        'SECURITY_LEVEL_TOO_LOW',
        `Hệ thống kết nối với CSDLQG về dân cư phải đạt tối thiểu cấp độ ${policy.minimumSecurityLevel} (Thông tư 46/2022/TT-BCA); cấp độ hiện tại là ${level}.`,
        path,
      ),
    ];
  }
  return [];
};

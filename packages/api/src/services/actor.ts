import type { Actor } from '@ketnoi/domain';
import type { SessionUser } from '../context.ts';

export const actorOf = (user: SessionUser): Actor => ({
  userId: user.userId,
  role: user.role,
  unitId: user.unitId,
  provinceCode: user.role === 'PROVINCIAL_REVIEWER' ? user.provinceCode : null,
});

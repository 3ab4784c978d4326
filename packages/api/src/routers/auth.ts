import { z } from 'zod';
import { findUserForLogin } from '@ketnoi/db';
import { authedProcedure, publicProcedure, router } from '../trpc.ts';
import { appError } from '../errors.ts';
import { verifyPassword } from '../auth/password.ts';
import { clearFailures, isThrottled, recordFailure } from '../auth/throttle.ts';

const loginInput = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập.').max(64),
  password: z.string().min(1, 'Nhập mật khẩu.').max(256),
});

export const authRouter = router({
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    if (await isThrottled(ctx.db, input.username, ctx.clientAddress, now)) throw appError('TOO_MANY_ATTEMPTS');
    const user = await findUserForLogin(ctx.db, input.username);
    // Same work and the same answer whether the account exists, is disabled or the password is wrong.
    const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!ok || !user || !user.active) {
      await recordFailure(ctx.db, input.username, ctx.clientAddress, now);
      throw appError('INVALID_CREDENTIALS');
    }
    await clearFailures(ctx.db, input.username);
    const sessionUser = {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      unitId: user.unitId,
      unitName: user.unitName,
      provinceCode: user.provinceCode,
    };
    await ctx.session.signIn(sessionUser);
    return sessionUser;
  }),
  logout: authedProcedure.mutation(async ({ ctx }) => {
    await ctx.session.signOut();
    return { ok: true as const };
  }),
  me: publicProcedure.query(({ ctx }) => ctx.session.user),
});

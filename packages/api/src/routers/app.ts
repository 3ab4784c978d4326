import { router } from '../trpc.ts';
import { adminRouter } from './admin.ts';
import { authRouter } from './auth.ts';
import { dossierRouter } from './dossier.ts';
import { nationalRouter } from './national.ts';
import { notificationsRouter } from './notifications.ts';
import { provincialRouter } from './provincial.ts';
import { referenceRouter } from './reference.ts';
import { submitterRouter } from './submitter.ts';

/** The one typed contract of ketnoi: a namespace per role, plus shared reads. */
export const appRouter = router({
  auth: authRouter,
  reference: referenceRouter,
  dossier: dossierRouter,
  submitter: submitterRouter,
  provincial: provincialRouter,
  national: nationalRouter,
  admin: adminRouter,
  notifications: notificationsRouter,
});

export type AppRouter = typeof appRouter;

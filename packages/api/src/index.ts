export { appRouter, type AppRouter } from './routers/app.ts';
export { createCallerFactory } from './trpc.ts';
export type { ApiDeps, Context, SessionPort, SessionUser } from './context.ts';
export { APP_ERRORS, AppError, type AppErrorCode } from './errors.ts';
export { hashPassword, verifyPassword, passwordProblem } from './auth/password.ts';
export { authorizeDocumentDownload } from './services/document-download.ts';
export { seedDemo, DEMO_LOGINS } from './demo/demo-seed.ts';

/** The React side of the client, shared by the three web apps (`@ketnoi/client/react`). */
export { TRPCProvider, useTRPC } from './trpc.ts';
export { createAppQueryClient, UNAUTHENTICATED_EVENT } from './query-client.ts';
export { useSession, type SessionOptions } from './use-session.ts';
export { useLogin } from './use-login.ts';
export { useNotifications } from './use-notifications.ts';

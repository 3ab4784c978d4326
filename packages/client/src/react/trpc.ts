import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@ketnoi/api';

/** Typed react-query hooks over the one ketnoi contract, shared by the three web apps. */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

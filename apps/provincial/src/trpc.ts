import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@ketnoi/api';

/** Typed react-query hooks over the one ketnoi contract (types only from the API package). */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

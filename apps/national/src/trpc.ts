/** Typed react-query hooks over the one ketnoi contract (shared by the three apps). */
export { TRPCProvider, useTRPC } from '@ketnoi/client/react';

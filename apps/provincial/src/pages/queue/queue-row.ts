import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';

type Outputs = inferRouterOutputs<AppRouter>;

/** One dossier of the queue as `provincial.queue` answers it (no personal data). */
export type QueueRow = Outputs['provincial']['queue']['items'][number];
export type QueueCounts = Outputs['provincial']['counts'];

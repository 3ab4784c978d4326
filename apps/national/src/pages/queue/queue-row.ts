import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';

type Outputs = inferRouterOutputs<AppRouter>;

/** One dossier of the queue as `national.queue` answers it: province, PC06's recommendation, the A05 flag. */
export type QueueRow = Outputs['national']['queue']['items'][number];

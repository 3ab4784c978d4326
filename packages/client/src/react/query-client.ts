import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isUnauthenticated } from '../refusal.ts';

/** Fired on `window` by any UNAUTHENTICATED answer; useSession takes the user to the login page. */
export const UNAUTHENTICATED_EVENT = 'ketnoi:unauthenticated';

/** The query client of a web app: an expired session is announced once, refusals are not retried. */
export function createAppQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isUnauthenticated(error)) window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      // A refusal will not change by asking again; only network failures are retried.
      queries: { retry: (count, error) => count < 2 && !(error as { data?: unknown }).data, refetchOnWindowFocus: false },
    },
  });
}

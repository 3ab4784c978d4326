import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { recordingServer, type Answer } from '@ketnoi/client/testing';
import { renderApp } from '../../test-render.tsx';
import { RouterProvider } from '@ketnoi/ui';
import { TRPCProvider } from '../../trpc.ts';

export { recordingServer, type Answer, type RecordedCall } from '@ketnoi/client/testing';

/** Renders a page with the app's providers over a recording server. */
export function renderWithServer(ui: ReactElement, answer: (path: string, input: unknown) => Answer) {
  const server = recordingServer(answer);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = renderApp(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={server.client} queryClient={queryClient}>
        <RouterProvider base={import.meta.env.BASE_URL}>{ui}</RouterProvider>
      </TRPCProvider>
    </QueryClientProvider>,
  );
  return { ...view, calls: server.calls, client: server.client, queryClient };
}

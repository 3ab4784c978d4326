import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { TRPCProvider } from '@ketnoi/client/react';
import { recordingServer, type Answer } from '@ketnoi/client/testing';
import { RouterProvider } from '@ketnoi/ui';

/**
 * The reviewer apps' component-test render: the page with the app's providers over a recording
 * server (the real tRPC client, answers from `answer`), the browser at `url` (a full address under
 * `base`). `calls` keeps every procedure called, with its input. `renderApp` is the app's own
 * render with its dictionary.
 */
export function renderWithServerAt<R extends object>(base: string, renderApp: (ui: ReactElement) => R) {
  return (ui: ReactElement, answer: (path: string, input: unknown) => Answer, url = base) => {
    window.history.replaceState(null, '', url);
    const server = recordingServer(answer);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const view = renderApp(
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={server.client} queryClient={queryClient}>
          <RouterProvider base={base}>{ui}</RouterProvider>
        </TRPCProvider>
      </QueryClientProvider>,
    );
    return { ...view, calls: server.calls, queryClient };
  };
}

/** Where the browser is, relative to the host: `/pc06/?tim=duc`. */
export const here = () => window.location.pathname + window.location.search;

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { recordingServer, type Answer } from '@ketnoi/client/testing';
import { RouterProvider } from '@ketnoi/ui';
import { renderApp } from './test-render.tsx';
import { TRPCProvider } from './trpc.ts';

export type { Answer, RecordedCall } from '@ketnoi/client/testing';

/** The app's base, as served (vite.config.ts): tests read real addresses such as `/c06/?nhom=tat-ca`. */
export const BASE = '/c06/';

/**
 * Renders a page with the app's providers over a recording server, the browser at `url` (a full
 * address under /c06/). `calls` keeps every procedure called, with its input.
 */
export function renderWithServer(ui: ReactElement, answer: (path: string, input: unknown) => Answer, url = BASE) {
  window.history.replaceState(null, '', url);
  const server = recordingServer(answer);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = renderApp(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={server.client} queryClient={queryClient}>
        <RouterProvider base={BASE}>{ui}</RouterProvider>
      </TRPCProvider>
    </QueryClientProvider>,
  );
  return { ...view, calls: server.calls, queryClient };
}

/** Where the browser is, relative to the host: `/c06/?tim=duc`. */
export const here = () => window.location.pathname + window.location.search;

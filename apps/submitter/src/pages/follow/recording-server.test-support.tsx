import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { createKetnoiClient } from '@ketnoi/client';
import { renderApp } from '../../test-render.tsx';
import { RouterProvider } from '@ketnoi/ui';
import { TRPCProvider } from '../../trpc.ts';

export interface RecordedCall {
  readonly path: string;
  readonly input: unknown;
}

/** A procedure's answer: data, or a refusal as the server shapes it (message + data.appCode). */
export type Answer = { readonly data: unknown } | { readonly refusal: { readonly appCode: string; readonly message: string } };

/**
 * The real tRPC client (batching, URL and body encoding) over a recorded HTTP exchange: the server
 * is what cannot run in happy-dom. Every call is kept; each is answered by `answer(path, input)`.
 */
export function recordingServer(answer: (path: string, input: unknown) => Answer) {
  const calls: RecordedCall[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    const u = new URL(String(url), 'http://localhost');
    const paths = u.pathname.replace(/^\/trpc\//, '').split(',');
    const raw = init?.body ? String(init.body) : u.searchParams.get('input');
    const inputs = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
    const body = paths.map((path, i) => {
      calls.push({ path, input: inputs[String(i)] });
      const a = answer(path, inputs[String(i)]);
      return 'data' in a
        ? { result: { data: a.data } }
        : { error: { message: a.refusal.message, code: -32600, data: { appCode: a.refusal.appCode, code: 'BAD_REQUEST', httpStatus: 400, issues: [] } } };
    });
    const failed = body.some((b) => 'error' in b);
    return new Response(JSON.stringify(body), { status: failed ? 207 : 200, headers: { 'content-type': 'application/json' } });
  };
  return { calls, client: createKetnoiClient({ url: '/trpc', fetch: fetch as typeof globalThis.fetch }) };
}

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

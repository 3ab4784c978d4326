import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import type { AppRouter } from '@ketnoi/api';

/** Must not exceed the server's cap (apps/server MAX_BATCH_SIZE). */
export const CLIENT_MAX_BATCH = 10;

export interface KetnoiClientOptions {
  /** Base URL of the tRPC endpoint, e.g. `/trpc` in the browser or `http://127.0.0.1:3000/trpc`. */
  readonly url: string;
  /** A fetch that keeps the session cookie (browsers do; tooling passes its own). */
  readonly fetch?: typeof globalThis.fetch;
  /** Extra headers, e.g. `origin` when calling from Node (mutations require a same-origin Origin). */
  readonly headers?: () => Record<string, string>;
}

export type KetnoiClient = TRPCClient<AppRouter>;

/** The typed client of the one ketnoi contract, shared by the web apps and tooling. */
export function createKetnoiClient(options: KetnoiClientOptions): KetnoiClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: options.url,
        maxItems: CLIENT_MAX_BATCH,
        headers: () => options.headers?.() ?? {},
        fetch: (input, init) => (options.fetch ?? globalThis.fetch)(input, { ...init, credentials: 'same-origin' } as RequestInit),
      }),
    ],
  });
}

/** A fresh idempotency key for one user action (retries of that action reuse it). */
export const newIdempotencyKey = (): string => globalThis.crypto.randomUUID();

/** A fetch for Node tooling that keeps the `ketnoi_sid` cookie between calls. */
export function cookieKeepingFetch(base: typeof globalThis.fetch = globalThis.fetch): typeof globalThis.fetch {
  let cookie: string | null = null;
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set('cookie', cookie);
    const res = await base(input, { ...init, headers });
    const set = res.headers.getSetCookie?.() ?? [];
    const session = set.find((c) => c.startsWith('ketnoi_sid='));
    if (session) cookie = session.split(';')[0] ?? null;
    return res;
  };
}

export { refusalOf, isUnauthenticated, type ApiRefusal, type ApiIssue } from './refusal.ts';

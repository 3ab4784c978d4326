import { createKetnoiClient, type KetnoiClient } from '../index.ts';

export interface RecordedCall {
  /** The procedure, e.g. `provincial.queue`. */
  readonly path: string;
  readonly input: unknown;
}

/** A procedure's answer: data, or a refusal as the server shapes it (message + data.appCode). */
export type Answer = { readonly data: unknown } | { readonly refusal: { readonly appCode: string; readonly message: string } };

/**
 * The real tRPC client (batching, URL and body encoding) over a recorded HTTP exchange, for
 * component tests: the server is what cannot run in happy-dom. Every call is kept; each is answered
 * by `answer(path, input)`.
 */
export function recordingServer(answer: (path: string, input: unknown) => Answer): { readonly calls: RecordedCall[]; readonly client: KetnoiClient } {
  const calls: RecordedCall[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
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

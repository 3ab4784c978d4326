import type { APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl } from './browser.ts';
import { DEMO_PASSWORD } from './login.ts';

/**
 * A demo user acting through the HTTP API, as the journeys prepare what the browser then shows:
 * same-origin JSON with the user's own session (the request context keeps its cookie). Every
 * answer must be OK; its data is returned.
 */
export async function apiAs(request: APIRequestContext, username: string) {
  const headers = { origin: baseUrl(), 'content-type': 'application/json' };
  const login = await request.post('/trpc/auth.login', { headers, data: { username, password: DEMO_PASSWORD } });
  expect(login.ok()).toBe(true);
  return {
    request,
    mutate: async (path: string, input: unknown) => {
      const res = await request.post(`/trpc/${path}`, { headers, data: input });
      expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
      return (await res.json()).result.data;
    },
    query: async (path: string, input: unknown) => {
      const res = await request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
      expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
      return (await res.json()).result.data;
    },
  };
}

export type Api = Awaited<ReturnType<typeof apiAs>>;

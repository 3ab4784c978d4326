import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { TRPCClientError } from '@trpc/client';
import { openTestDatabase, type TestDatabase } from '@ketnoi/db/testing';
import { DEMO_LOGINS, seedDemo, type AppRouter } from '@ketnoi/api';
import { cookieKeepingFetch, createKetnoiClient, newIdempotencyKey } from '@ketnoi/client';
import { buildApp } from './app.ts';

/** The shared typed client against the real server over real HTTP: the contract end to end. */
describe('the typed client over HTTP', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let base: string;
  const now = () => new Date('2026-11-25T02:00:00.000Z');

  beforeAll(async () => {
    t = await openTestDatabase('pglite');
    await seedDemo(t.db, now);
    app = await buildApp({ db: t.db, now, sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const clientFor = () => createKetnoiClient({ url: `${base}/trpc`, fetch: cookieKeepingFetch(), headers: () => ({ origin: base }) });

  it('logs in, reads the queue in one batch and claims a dossier', async () => {
    const client = clientFor();
    const me = await client.auth.login.mutate({ username: 'pc06.nghean', password: DEMO_LOGINS.password });
    expect(me.role).toBe('PROVINCIAL_REVIEWER');
    const [queue, self] = await Promise.all([client.provincial.queue.query({ status: 'PROVINCIAL_REVIEW' }), client.auth.me.query()]);
    expect(self?.username).toBe('pc06.nghean');
    const unclaimed = queue.items.find((i) => i.holderUserId === null);
    expect(unclaimed).toBeDefined();
    const claimed = await client.provincial.claim.mutate({ dossierId: unclaimed!.id, expectedRevision: unclaimed!.revision, idempotencyKey: newIdempotencyKey() });
    expect(claimed.revision).toBe(unclaimed!.revision + 1);
  });

  it('carries the stable error code and the Vietnamese message to the caller', async () => {
    const client = clientFor();
    await client.auth.login.mutate({ username: 'hanoi.canbo', password: DEMO_LOGINS.password });
    const error = await client.provincial.queue.query({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    const data = (error as TRPCClientError<AppRouter>).data as { appCode: string } | undefined;
    expect(data?.appCode).toBe('FORBIDDEN_ROLE');
    expect((error as Error).message).toBe('Tài khoản của bạn không có quyền thực hiện thao tác này.');
  });
});

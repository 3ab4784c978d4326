import { describe, expect, it } from 'vitest';
import { refusalOf } from '../refusal.ts';
import { recordingServer } from './recording-server.ts';

describe('recordingServer', () => {
  it('records batched queries and mutations with their inputs, and answers data or refusals', async () => {
    const server = recordingServer((path) => (path === 'auth.me' ? { data: { userId: 'u1' } } : { refusal: { appCode: 'VERSION_CONFLICT', message: 'Hồ sơ vừa được người khác thay đổi.' } }));
    const [me, claim] = await Promise.allSettled([
      server.client.auth.me.query(),
      server.client.provincial.claim.mutate({ dossierId: '0b8a6c1e-0000-4000-8000-000000000001', expectedRevision: 3, idempotencyKey: 'k-123456789' }),
    ]);
    expect(me).toEqual({ status: 'fulfilled', value: { userId: 'u1' } });
    expect(claim.status).toBe('rejected');
    expect(refusalOf((claim as PromiseRejectedResult).reason).appCode).toBe('VERSION_CONFLICT');
    expect(server.calls).toEqual([
      { path: 'auth.me', input: undefined },
      { path: 'provincial.claim', input: { dossierId: '0b8a6c1e-0000-4000-8000-000000000001', expectedRevision: 3, idempotencyKey: 'k-123456789' } },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { createKetnoiClient } from './index.ts';
import { isUnauthenticated, refusalOf } from './refusal.ts';

/** The real client over a fetch answering as the server does (one batched call). */
const clientAnswering = (answer: () => Promise<Response>) => createKetnoiClient({ url: 'http://127.0.0.1:1/trpc', fetch: answer as typeof globalThis.fetch });

const refusalBody = (appCode: string, message: string, issues: unknown[] = []) =>
  new Response(JSON.stringify([{ error: { message, code: -32600, data: { appCode, code: 'BAD_REQUEST', httpStatus: 400, issues } } }]), { status: 400, headers: { 'content-type': 'application/json' } });

async function thrown(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (e) {
    return e;
  }
  throw new Error('the call did not fail');
}

describe('refusalOf', () => {
  it("reads the server's appCode, Vietnamese message and issues from a real client error", async () => {
    const issue = { code: 'REQUIRED', message: 'Nhập tên hệ thống.', severity: 'error', path: ['system', 'name'] };
    const client = clientAnswering(async () => refusalBody('DOMAIN_REFUSED', 'Hồ sơ chưa đủ thành phần.', [issue]));
    const r = refusalOf(await thrown(client.auth.me.query()));
    expect(r).toEqual({ appCode: 'DOMAIN_REFUSED', message: 'Hồ sơ chưa đủ thành phần.', issues: [issue] });
  });

  it('calls a failure without an appCode a network failure, in Vietnamese', async () => {
    const client = clientAnswering(async () => Promise.reject(new TypeError('Failed to fetch')));
    const r = refusalOf(await thrown(client.auth.me.query()));
    expect(r.appCode).toBe('NETWORK');
    expect(r.message).toMatch(/^Không kết nối được tới máy chủ/);
    expect(refusalOf(null).appCode).toBe('NETWORK');
  });

  it('knows an expired session', async () => {
    const client = clientAnswering(async () => refusalBody('UNAUTHENTICATED', 'Phiên đăng nhập đã hết hạn.'));
    expect(isUnauthenticated(await thrown(client.auth.me.query()))).toBe(true);
    expect(isUnauthenticated(new Error('x'))).toBe(false);
  });
});

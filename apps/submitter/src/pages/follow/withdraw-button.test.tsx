import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createKetnoiClient } from '@ketnoi/client';
import type { AppRouter } from '@ketnoi/api';
import { renderApp } from '../../test-render.tsx';
import { TRPCProvider } from '../../trpc.ts';
import { WithdrawButton } from './withdraw-button.tsx';

const ID = '0b7e4b1e-8a57-4a8e-9a65-2f4f3f6b2c11';

/**
 * The real tRPC client over a recorded HTTP exchange (the server is what cannot run in happy-dom):
 * each request is kept, and answered as the server's batch format does.
 */
function recordingServer(answer: (path: string) => { status: number; body: unknown }) {
  const requests: { path: string; input: unknown }[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(url), 'http://localhost').pathname.replace('/trpc/', '');
    requests.push({ path, input: (JSON.parse(String(init?.body)) as Record<string, unknown>)['0'] });
    const { status, body } = answer(path);
    return new Response(JSON.stringify([body]), { status, headers: { 'content-type': 'application/json' } });
  };
  return { requests, client: createKetnoiClient({ url: '/trpc', fetch: fetch as typeof globalThis.fetch }) };
}

function setUp(answer: (path: string) => { status: number; body: unknown }) {
  const server = recordingServer(answer);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: server.client, queryClient });
  // What the dossier page and the list had loaded before.
  queryClient.setQueryData(trpc.dossier.get.queryKey({ dossierId: ID }), { id: ID } as never);
  queryClient.setQueryData(trpc.submitter.dossiers.list.queryKey({ page: 1, pageSize: 20 }), { total: 1, items: [] } as never);
  let done = 0;
  renderApp(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={server.client} queryClient={queryClient}>
        <WithdrawButton dossierId={ID} revision={7} code="HS-2025-000042" onDone={() => void (done += 1)} />
      </TRPCProvider>
    </QueryClientProvider>,
  );
  const invalidated = () => [
    queryClient.getQueryState(trpc.dossier.get.queryKey({ dossierId: ID }))?.isInvalidated,
    queryClient.getQueryState(trpc.submitter.dossiers.list.queryKey({ page: 1, pageSize: 20 }))?.isInvalidated,
  ];
  return { requests: server.requests, done: () => done, invalidated };
}

const confirmWithdrawal = () => {
  fireEvent.click(screen.getByRole('button', { name: 'Rút hồ sơ' }));
  fireEvent.click(screen.getByRole('button', { name: 'Xác nhận rút hồ sơ' }));
};

describe('WithdrawButton', () => {
  it('sends WITHDRAW with the revision seen and an idempotency key, refreshes the dossier queries, then calls onDone', async () => {
    const s = setUp(() => ({ status: 200, body: { result: { data: { status: 'WITHDRAWN', revision: 8 } } } }));
    confirmWithdrawal();
    await waitFor(() => expect(s.done()).toBe(1));
    expect(s.requests).toHaveLength(1);
    expect(s.requests[0]!.path).toBe('submitter.dossiers.withdraw');
    const input = s.requests[0]!.input as Record<string, unknown>;
    expect(Object.keys(input).sort()).toEqual(['dossierId', 'expectedRevision', 'idempotencyKey']);
    expect(input.dossierId).toBe(ID);
    expect(input.expectedRevision).toBe(7);
    expect(String(input.idempotencyKey).length).toBeGreaterThanOrEqual(8);
    expect(s.invalidated()).toEqual([true, true]);
  });

  it('shows the refusal and does not call onDone; trying again in a new opening uses a new key', async () => {
    const s = setUp(() => ({
      status: 409,
      body: { error: { message: 'Hồ sơ đã được người khác cập nhật.', code: -32009, data: { appCode: 'CONFLICT', code: 'CONFLICT', httpStatus: 409, issues: [] } } },
    }));
    confirmWithdrawal();
    expect((await screen.findByRole('alert')).textContent).toBe('Hồ sơ đã được người khác cập nhật.');
    expect(s.done()).toBe(0);
    expect(s.invalidated()).toEqual([false, false]);
    fireEvent.click(screen.getByRole('button', { name: 'Không rút' }));
    confirmWithdrawal();
    await waitFor(() => expect(s.requests).toHaveLength(2));
    const [first, second] = s.requests.map((r) => (r.input as { idempotencyKey: string }).idempotencyKey);
    expect(second).not.toBe(first);
  });
});

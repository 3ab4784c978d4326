import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { describe, expect, it } from 'vitest';
import type { AppRouter } from '@ketnoi/api';
import { renderWithServer, type Answer } from './recording-server.test-support.tsx';
import { WithdrawButton } from './withdraw-button.tsx';

const ID = '0b7e4b1e-8a57-4a8e-9a65-2f4f3f6b2c11';

function setUp(answer: () => Answer) {
  let done = 0;
  const r = renderWithServer(<WithdrawButton dossierId={ID} revision={7} code="HS-2025-000042" onDone={() => void (done += 1)} />, answer);
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: r.client, queryClient: r.queryClient });
  // What the dossier page and the list had loaded before.
  const getKey = trpc.dossier.get.queryKey({ dossierId: ID });
  const listKey = trpc.submitter.dossiers.list.queryKey({ page: 1, pageSize: 20 });
  r.queryClient.setQueryData(getKey, { id: ID } as never);
  r.queryClient.setQueryData(listKey, { total: 1, items: [] } as never);
  const invalidated = () => [r.queryClient.getQueryState(getKey)?.isInvalidated, r.queryClient.getQueryState(listKey)?.isInvalidated];
  return { calls: r.calls, done: () => done, invalidated };
}

const confirmWithdrawal = () => {
  fireEvent.click(screen.getByRole('button', { name: 'Rút hồ sơ' }));
  fireEvent.click(screen.getByRole('button', { name: 'Xác nhận rút hồ sơ' }));
};

describe('WithdrawButton', () => {
  it('sends WITHDRAW with the revision seen and an idempotency key, refreshes the dossier queries, then calls onDone', async () => {
    const s = setUp(() => ({ data: { status: 'WITHDRAWN', revision: 8 } }));
    confirmWithdrawal();
    await waitFor(() => expect(s.done()).toBe(1));
    expect(s.calls).toHaveLength(1);
    expect(s.calls[0]!.path).toBe('submitter.dossiers.withdraw');
    const input = s.calls[0]!.input as Record<string, unknown>;
    expect(Object.keys(input).sort()).toEqual(['dossierId', 'expectedRevision', 'idempotencyKey']);
    expect(input.dossierId).toBe(ID);
    expect(input.expectedRevision).toBe(7);
    expect(String(input.idempotencyKey).length).toBeGreaterThanOrEqual(8);
    expect(s.invalidated()).toEqual([true, true]);
  });

  it('shows the refusal and does not call onDone; trying again in a new opening uses a new key', async () => {
    const s = setUp(() => ({ refusal: { appCode: 'CONFLICT', message: 'Hồ sơ đã được người khác cập nhật.' } }));
    confirmWithdrawal();
    expect((await screen.findByRole('alert')).textContent).toBe('Hồ sơ đã được người khác cập nhật.');
    expect(s.done()).toBe(0);
    expect(s.invalidated()).toEqual([false, false]);
    fireEvent.click(screen.getByRole('button', { name: 'Không rút' }));
    confirmWithdrawal();
    await waitFor(() => expect(s.calls).toHaveLength(2));
    const [first, second] = s.calls.map((r) => (r.input as { idempotencyKey: string }).idempotencyKey);
    expect(second).not.toBe(first);
  });
});

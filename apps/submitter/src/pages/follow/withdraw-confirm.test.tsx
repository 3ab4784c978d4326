import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test-render.tsx';
import { WithdrawConfirm } from './withdraw-confirm.tsx';

const dialog = () => document.querySelector('dialog')!;
const open = () => fireEvent.click(screen.getByRole('button', { name: 'Rút hồ sơ' }));

describe('WithdrawConfirm', () => {
  it('asks first, with focus on “Không rút”, and “Không rút” withdraws nothing and gives focus back', () => {
    let calls = 0;
    renderApp(<WithdrawConfirm code="HS-2025-000042" onConfirm={async () => void (calls += 1)} />);
    expect(dialog().open).toBe(false);
    open();
    expect(dialog().open).toBe(true);
    expect(screen.getByRole('heading', { name: 'Rút hồ sơ HS-2025-000042?' })).toBeTruthy();
    expect(dialog().getAttribute('aria-labelledby')).toBe(screen.getByRole('heading', { name: 'Rút hồ sơ HS-2025-000042?' }).id);
    expect(document.activeElement?.textContent).toBe('Không rút');
    fireEvent.click(screen.getByRole('button', { name: 'Không rút' }));
    expect(dialog().open).toBe(false);
    expect(calls).toBe(0);
    expect(document.activeElement?.textContent).toBe('Rút hồ sơ');
  });

  it('closes on Escape without withdrawing', () => {
    let calls = 0;
    renderApp(<WithdrawConfirm onConfirm={async () => void (calls += 1)} />);
    open();
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(dialog().open).toBe(false);
    expect(calls).toBe(0);
    expect(document.activeElement?.textContent).toBe('Rút hồ sơ');
  });

  it('withdraws once on confirmation and closes', async () => {
    let calls = 0;
    renderApp(<WithdrawConfirm onConfirm={async () => void (calls += 1)} />);
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận rút hồ sơ' }));
    await waitFor(() => expect(dialog().open).toBe(false));
    expect(calls).toBe(1);
  });

  it("keeps the question open with the API's refusal in an alert, and lets the user try again", async () => {
    const refusal = Object.assign(new Error('Hồ sơ đã được người khác cập nhật. Tải lại trang để xem bản mới nhất.'), { data: { appCode: 'CONFLICT', issues: [] } });
    let calls = 0;
    renderApp(
      <WithdrawConfirm
        onConfirm={async () => {
          calls += 1;
          if (calls === 1) throw refusal;
        }}
      />,
      'en',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw dossier' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm withdrawal' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Hồ sơ đã được người khác cập nhật. Tải lại trang để xem bản mới nhất.');
    // The API speaks Vietnamese: marked so on the English page.
    expect(alert.querySelector('[lang="vi"]')).not.toBeNull();
    expect(dialog().open).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm withdrawal' }));
    await waitFor(() => expect(dialog().open).toBe(false));
    expect(calls).toBe(2);
  });

  it('tells its owner each time the question opens, and forgets an old refusal', async () => {
    let opened = 0;
    renderApp(<WithdrawConfirm onOpen={() => void (opened += 1)} onConfirm={() => Promise.reject(new TypeError('Failed to fetch'))} />);
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận rút hồ sơ' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Không kết nối được tới máy chủ/);
    fireEvent.click(screen.getByRole('button', { name: 'Không rút' }));
    open();
    expect(opened).toBe(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

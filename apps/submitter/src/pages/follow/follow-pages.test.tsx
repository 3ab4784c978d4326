import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DossierDiff } from '@ketnoi/domain';
import { hrefOf } from '@ketnoi/ui';
import { ChangesPage } from './changes-page.tsx';
import { renderWithServer, type Answer } from './recording-server.test-support.tsx';
import { TimelinePage } from './timeline-page.tsx';

const ID = '0b7e4b1e-8a57-4a8e-9a65-2f4f3f6b2c11';
const CHANGES = `/ho-so/${ID}/thay-doi`;
const EMPTY: DossierDiff = { accounts: { added: [], removed: [], changed: [] }, services: { added: [], removed: [], changed: [] }, documents: [], survey: false };
const diffFrom = (from: number): DossierDiff => ({ ...EMPTY, services: { added: from === 1 ? ['A', 'B'] : ['A'], removed: [], changed: [] } });

/** A dossier returned once and being answered: version 2 was submitted, version 3 is being edited. */
const server =
  (dossier: { version: number; editableVersion: number | null }) =>
  (path: string, input: unknown): Answer => {
    if (path === 'dossier.get') return { data: { id: ID, code: 'HS-2025-000042', ...dossier } };
    if (path === 'reference.services') return { data: [{ code: 'A', name: 'Tra cứu thông tin công dân', active: true }] };
    if (path === 'dossier.diff') return { data: diffFrom((input as { from: number }).from) };
    if (path === 'dossier.timeline') return { data: [{ seq: 1, type: 'CREATED', actorRole: 'SUBMITTER', actorUnitName: 'Sở Y tế Nghệ An', occurredAt: '2025-03-03T01:00:00.000Z', details: {} }] };
    return { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy.' } };
  };

const diffInputs = (calls: { path: string; input: unknown }[]) => calls.filter((c) => c.path === 'dossier.diff').map((c) => c.input);

beforeEach(() => window.history.replaceState(null, '', hrefOf(import.meta.env.BASE_URL, CHANGES)));

describe('ChangesPage', () => {
  it('compares the submitted version with the one being edited by default', async () => {
    const r = renderWithServer(<ChangesPage dossierId={ID} />, server({ version: 2, editableVersion: 3 }));
    expect(await screen.findByText('Phiên bản 3 so với phiên bản 2: 1 thay đổi.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Thay đổi giữa các phiên bản hồ sơ HS-2025-000042');
    expect((screen.getByLabelText('Từ phiên bản') as HTMLSelectElement).value).toBe('2');
    expect((screen.getByLabelText('Đến phiên bản') as HTMLSelectElement).value).toBe('3');
    expect(diffInputs(r.calls)).toEqual([{ dossierId: ID, from: 2, to: 3 }]);
    expect(within(screen.getByRole('region', { name: /^3\./ })).getByRole('listitem').textContent).toBe('Tra cứu thông tin công dân (A)');
  });

  it('keeps the chosen versions in the URL, replacing the history entry', async () => {
    const r = renderWithServer(<ChangesPage dossierId={ID} />, server({ version: 2, editableVersion: 3 }));
    await screen.findByText(/so với phiên bản 2/);
    const entries = window.history.length;
    fireEvent.change(screen.getByLabelText('Từ phiên bản'), { target: { value: '1' } });
    expect(window.location.pathname + window.location.search).toBe(hrefOf(import.meta.env.BASE_URL, `${CHANGES}?tu=1&den=3`));
    expect(window.history.length).toBe(entries);
    expect(await screen.findByText('Phiên bản 3 so với phiên bản 1: 2 thay đổi.')).toBeTruthy();
    expect(diffInputs(r.calls)).toContainEqual({ dossierId: ID, from: 1, to: 3 });
  });

  it('starts from the versions in the URL, and asks nothing while “from” is not before “to”', async () => {
    window.history.replaceState(null, '', hrefOf(import.meta.env.BASE_URL, `${CHANGES}?tu=1&den=2`));
    const r = renderWithServer(<ChangesPage dossierId={ID} />, server({ version: 2, editableVersion: 3 }));
    expect(await screen.findByText('Phiên bản 2 so với phiên bản 1: 2 thay đổi.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Từ phiên bản'), { target: { value: '3' } });
    expect(screen.getByText('Phiên bản “từ” phải có trước phiên bản “đến”.')).toBeTruthy();
    expect(screen.queryByText(/so với phiên bản/)).toBeNull();
    expect(diffInputs(r.calls)).toEqual([{ dossierId: ID, from: 1, to: 2 }]);
  });

  it('explains that a dossier with one version has nothing to compare, without asking for a diff', async () => {
    const r = renderWithServer(<ChangesPage dossierId={ID} />, server({ version: 1, editableVersion: 1 }));
    expect(await screen.findByText(/^Hồ sơ mới có một phiên bản/)).toBeTruthy();
    expect(screen.queryByLabelText('Từ phiên bản')).toBeNull();
    expect(diffInputs(r.calls)).toEqual([]);
  });

  it("shows the API's refusal when the dossier is not visible", async () => {
    renderWithServer(<ChangesPage dossierId={ID} />, () => ({ refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy hồ sơ.' } }));
    expect((await screen.findByRole('alert')).textContent).toBe('Không tìm thấy hồ sơ.');
  });
});

describe('TimelinePage', () => {
  it('loads the dossier and its history, then shows the steps', async () => {
    renderWithServer(<TimelinePage dossierId={ID} />, server({ version: 1, editableVersion: 1 }));
    expect(screen.getByRole('status').textContent).toBe('Đang tải…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lịch sử xử lý hồ sơ HS-2025-000042' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Tạo hồ sơ'));
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DossierDiff } from '@ketnoi/domain';
import { renderApp } from '../../test-render.tsx';
import { ChangesView } from './changes-view.tsx';
import { VersionPicker } from './version-picker.tsx';
import type { VersionPair } from './change-versions.ts';

const EMPTY: DossierDiff = { accounts: { added: [], removed: [], changed: [] }, services: { added: [], removed: [], changed: [] }, documents: [], survey: false };

/** An answer to a return: two people added, one removed, one corrected; a service added, one changed; the commitment re-signed; the survey updated. */
const DIFF: DossierDiff = {
  accounts: {
    added: [
      { personalIdMasked: '040******912', rowNumber: 9 },
      { personalIdMasked: '001******345', rowNumber: 4 },
    ],
    removed: [{ personalIdMasked: '079******001', rowNumber: 3 }],
    changed: [{ personalIdMasked: '038******778', rowNumber: 7, fields: ['fullName', 'phone', 'services'] }],
  },
  services: { added: ['TRA_CUU_THONG_TIN'], removed: [], changed: ['XAC_THUC_DINH_DANH'] },
  documents: [{ part: 'ORG_COMMITMENT', change: 'replaced' }],
  survey: true,
};

const names: Record<string, string> = { TRA_CUU_THONG_TIN: 'Tra cứu thông tin công dân' };
const section = (name: RegExp) => screen.getByRole('region', { name });
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('ChangesView', () => {
  it('counts the changes per part, in the order of the four parts', () => {
    renderApp(<ChangesView diff={DIFF} from={1} to={2} serviceName={(c) => names[c]} />);
    expect(screen.getByText('Phiên bản 2 so với phiên bản 1: 8 thay đổi.')).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      '1. Bản cam kết bảo đảm an ninh, an toàn và bảo mật thông tin',
      '2. Danh sách tài khoản đăng ký sử dụng khai thác dịch vụ dân cư',
      '3. Phiếu đăng ký sử dụng dịch vụ',
      '4. Văn bản xác nhận bảo đảm an ninh, an toàn thông tin (A05)',
    ]);
    expect(within(section(/^1\./)).getByText('1 thay đổi')).toBeTruthy();
    expect(within(section(/^1\./)).getByText('Văn bản cam kết: đã thay bằng văn bản khác')).toBeTruthy();
    expect(within(section(/^2\./)).getByText('4 thay đổi')).toBeTruthy();
    expect(within(section(/^3\./)).getByText('2 thay đổi')).toBeTruthy();
    expect(within(section(/^4\./)).getByText('1 thay đổi')).toBeTruthy();
    expect(within(section(/^4\./)).getByText('Nội dung phiếu khảo sát đánh giá an ninh, an toàn đã thay đổi.')).toBeTruthy();
  });

  it('lists services added and changed by catalogue name and code, or by code when the name is unknown', () => {
    renderApp(<ChangesView diff={DIFF} from={1} to={2} serviceName={(c) => names[c]} />);
    const services = section(/^3\./);
    expect(within(services).getByRole('heading', { name: 'Dịch vụ đăng ký thêm (1)' })).toBeTruthy();
    expect(within(services).queryByRole('heading', { name: /Dịch vụ bỏ đăng ký/ })).toBeNull();
    expect(within(services).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Tra cứu thông tin công dân (TRA_CUU_THONG_TIN)', 'XAC_THUC_DINH_DANH']);
  });

  it('shows account rows with masked ID numbers only: added, changed (with the columns that changed), then removed', () => {
    renderApp(<ChangesView diff={DIFF} from={1} to={2} />);
    const accounts = section(/^2\./);
    expect(within(accounts).getByText('Thêm 2 · Bỏ 1 · Sửa 1')).toBeTruthy();
    const table = within(accounts).getByRole('table', { name: 'Tài khoản thay đổi: dòng theo phiên bản 2, riêng tài khoản bị bỏ theo phiên bản 1' });
    expect(bodyRows(table).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['001******345', 'Thêm', '4', ''],
      ['040******912', 'Thêm', '9', ''],
      ['038******778', 'Sửa', '7', 'Họ và tên, Số điện thoại, Dịch vụ'],
      ['079******001', 'Bỏ', '3', ''],
    ]);
    expect(document.body.textContent).not.toMatch(/\d{12}/);
    // Four rows fit on one page: no pagination.
    expect(screen.queryByRole('navigation', { name: 'Phân trang' })).toBeNull();
  });

  it('pages through a long account list, twenty rows at a time', () => {
    const added = Array.from({ length: 45 }, (_, i) => ({ personalIdMasked: `001******${String(i).padStart(3, '0')}`, rowNumber: i + 2 }));
    renderApp(<ChangesView diff={{ ...EMPTY, accounts: { added, removed: [], changed: [] } }} from={2} to={3} />);
    const table = screen.getByRole('table');
    expect(bodyRows(table)).toHaveLength(20);
    expect(screen.getByText('Trang 1/3 · 1–20 trong 45 mục')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    const last = bodyRows(screen.getByRole('table'));
    expect(last.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['001******040', '001******041', '001******042', '001******043', '001******044']);
    expect(screen.getByText('Trang 3/3 · 41–45 trong 45 mục')).toBeTruthy();
  });

  it('says “Không có thay đổi” for a part without changes, and once for two identical versions', () => {
    const { unmount } = renderApp(<ChangesView diff={{ ...EMPTY, survey: true }} from={1} to={2} />);
    expect(within(section(/^1\./)).getByText('Không có thay đổi')).toBeTruthy();
    expect(within(section(/^2\./)).queryByRole('table')).toBeNull();
    unmount();
    renderApp(<ChangesView diff={EMPTY} from={1} to={2} />);
    expect(screen.getByText('Không có thay đổi giữa phiên bản 1 và phiên bản 2.')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('speaks English on the English page', () => {
    renderApp(<ChangesView diff={DIFF} from={1} to={2} />, 'en');
    expect(screen.getByText('Version 2 compared with version 1: 8 changes.')).toBeTruthy();
    expect(within(section(/^2\./)).getByText('Full name, Phone number, Services')).toBeTruthy();
  });
});

describe('VersionPicker', () => {
  it('offers every version, marks the one being edited, and reports a new choice', () => {
    const chosen: VersionPair[] = [];
    renderApp(<VersionPicker latest={3} editableVersion={3} value={{ from: 2, to: 3 }} onChange={(v) => chosen.push(v)} />);
    const from = screen.getByLabelText('Từ phiên bản') as HTMLSelectElement;
    expect(from.value).toBe('2');
    expect([...from.options].map((o) => o.textContent)).toEqual(['Phiên bản 1', 'Phiên bản 2', 'Phiên bản 3 (đang sửa)']);
    fireEvent.change(from, { target: { value: '1' } });
    expect(chosen).toEqual([{ from: 1, to: 3 }]);
    fireEvent.change(screen.getByLabelText('Đến phiên bản'), { target: { value: '2' } });
    expect(chosen[1]).toEqual({ from: 2, to: 2 });
  });

  it('explains that “from” must come before “to”, next to the field', () => {
    renderApp(<VersionPicker latest={3} editableVersion={null} value={{ from: 3, to: 2 }} onChange={() => {}} />);
    const from = screen.getByLabelText('Từ phiên bản');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(from.getAttribute('aria-describedby')!)?.textContent).toBe('Phiên bản “từ” phải có trước phiên bản “đến”.');
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test-render.tsx';
import { AccountRowForm, emptyCells, type AccountCells } from './account-row-form.tsx';

const services = [
  { code: 'XAC_THUC_THONG_TIN', name: 'Xác thực thông tin công dân' },
  { code: 'TRA_CUU_THONG_TIN', name: 'Tra cứu thông tin công dân' },
];
const person: AccountCells = { ...emptyCells(), fullName: 'Tạ Quang Huy', personalId: '040087004322', dateOfBirth: '30/11/1987', sex: 'Nam', position: 'Chuyên viên', workUnit: 'Bộ phận Một cửa', phone: '0903111222', email: 'huytq@demo.gov.vn', username: 'huytq', services: 'TRA_CUU_THONG_TIN' };
const errorOf = (label: RegExp | string) => {
  const ids = (screen.getByLabelText(label).getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((el) => el?.className.includes('error'))?.textContent ?? null;
};
const refusal = (issues: { row: number; column: string; message: string }[]) => ({
  appCode: 'DOMAIN_REFUSED',
  message: issues[0]!.message,
  issues: issues.map((i) => ({ code: 'X', message: i.message, severity: 'error' as const, path: ['ACCOUNT_LIST', 'rows', i.row, i.column] })),
});

describe('AccountRowForm', () => {
  it('shows the full ID only in the editor, and sends the cells with the services ticked, in catalogue order', async () => {
    const sent: AccountCells[] = [];
    renderApp(<AccountRowForm rowNumber={3} initial={person} services={services} onSave={async (c) => void sent.push(c)} onCancel={() => {}} />);
    expect((screen.getByLabelText(/^Số định danh cá nhân/) as HTMLInputElement).value).toBe('040087004322');
    fireEvent.click(screen.getByLabelText(/Xác thực thông tin công dân/));
    fireEvent.change(screen.getByLabelText(/^Chức vụ/), { target: { value: 'Phó trưởng phòng' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ services: 'XAC_THUC_THONG_TIN;TRA_CUU_THONG_TIN', position: 'Phó trưởng phòng', personalId: '040087004322' });
  });

  it("puts the server's findings for this row next to their fields, and lists other rows' findings apart", async () => {
    renderApp(
      <AccountRowForm
        rowNumber={3}
        initial={person}
        services={services}
        onSave={async () => {
          throw refusal([
            { row: 3, column: 'personalId', message: 'Số định danh cá nhân trùng với dòng 2.' },
            { row: 3, column: 'sex', message: 'Giới tính không khớp với chữ số thứ 4 của số định danh cá nhân.' },
            { row: 5, column: 'email', message: 'Thư điện tử không hợp lệ.' },
          ]);
        }}
        onCancel={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(errorOf(/^Số định danh cá nhân/)).toBe('Số định danh cá nhân trùng với dòng 2.'));
    expect(errorOf(/^Giới tính/)).toBe('Giới tính không khớp với chữ số thứ 4 của số định danh cá nhân.');
    expect(screen.getByRole('heading', { name: 'Có 2 lỗi cần sửa' })).toBeTruthy();
    expect(screen.getByText('Dòng 5: Thư điện tử không hợp lệ.')).toBeTruthy();
  });

  it('for a new row, the findings of the last row (the new one) go to the fields', async () => {
    renderApp(
      <AccountRowForm
        rowNumber={null}
        initial={emptyCells()}
        services={services}
        onSave={async () => {
          throw refusal([{ row: 7, column: 'fullName', message: 'Cần ghi họ và tên.' }]);
        }}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Thêm người vào danh sách' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(errorOf(/^Họ và tên/)).toBe('Cần ghi họ và tên.'));
  });
});

import { ACCOUNT_LIST_COLUMNS, type AccountListColumn } from '@ketnoi/domain';

/** Five invented people with valid ID numbers born in the given birth-registration place. */
export default function demoAccounts(prefix: string) {
  const people = [
    ['Lương Thị Hạnh', '1', '95', '14/02/1995', 'Nữ', '0356123456', 'hanhlt', 'TRA_CUU_THONG_TIN'],
    ['Tạ Quang Huy', '0', '87', '30/11/1987', 'Nam', '0903111222', 'huytq', 'XAC_THUC_THONG_TIN;TRA_CUU_THONG_TIN'],
    ['Kiều Thị Lan', '1', '92', '05/07/1992', 'Nữ', '+84772333444', 'lankt', 'XAC_THUC_THONG_TIN'],
    ['Hà Văn Đông', '0', '90', '21/09/1990', 'Nam', '0868555666', 'donghv', 'TRA_CUU_THONG_TIN'],
    ['Lò Thị Ánh', '3', '02', '18/04/2002', 'Nữ', '0523777888', 'anhlt', 'TRA_CUU_THONG_TIN'],
  ] as const;
  return people.map(([fullName, centurySex, yy, dob, sex, phone, username, services], i) => {
    const cells: Record<AccountListColumn, string> = {
      index: String(i + 1),
      fullName,
      personalId: `${prefix}${centurySex}${yy}${String(4321 + i).padStart(6, '0')}`,
      dateOfBirth: dob,
      sex,
      position: 'Chuyên viên',
      workUnit: 'Bộ phận Một cửa',
      phone,
      email: `${username}@demo.gov.vn`,
      username,
      services,
    };
    return { rowNumber: i + 2, cells: Object.fromEntries(ACCOUNT_LIST_COLUMNS.map((c) => [c.key, cells[c.key]])) as Record<AccountListColumn, string> };
  });
}

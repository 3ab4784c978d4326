import { ACCOUNT_LIST_COLUMNS, type AccountListColumn, type RawAccountRow } from '@ketnoi/domain';
import { writeAccountList } from '@ketnoi/sheets';

/**
 * An account list of `rows` valid rows, every one marked with its batch: usernames
 * `dk<batch>.r<row>`, so that afterwards the rows of a dossier version tell which import they came
 * from (a half-stored import would show as too few rows of one batch, or rows of two).
 */
export interface AccountBatch {
  readonly batch: number;
  readonly rows: number;
  readonly csv: Uint8Array;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['Văn An', 'Văn Bình', 'Đức Cường', 'Minh Dũng', 'Quang Hải', 'Hữu Hùng', 'Thành Long', 'Công Sơn'];

export const batchUsernamePrefix = (batch: number) => `dk${batch}.`;

export async function accountBatch(batch: number, rows: number, birthPrefix: string, serviceCode: string): Promise<AccountBatch> {
  return { batch, rows, csv: await writeAccountList(accountBatchRows(batch, rows, birthPrefix, serviceCode), 'csv') };
}

/** The rows of a batch, as the importer reads them from a file (row 1 is the header). */
export function accountBatchRows(batch: number, rows: number, birthPrefix: string, serviceCode: string): RawAccountRow[] {
  if (batch < 1 || batch > 99 || rows > 9_999) throw new RangeError('batch 1–99, at most 9,999 rows (6-digit ID serial)');
  const list: RawAccountRow[] = [];
  for (let i = 1; i <= rows; i++) {
    const serial = String(batch * 10_000 + i).padStart(6, '0');
    const cells: Record<AccountListColumn, string> = {
      index: String(i),
      fullName: `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 7) % GIVEN.length]}`,
      // Men born in 1990: digit 4 is 0 (20th century, male), digits 5–6 the year.
      personalId: `${birthPrefix}090${serial}`,
      dateOfBirth: `${String(1 + (i % 28)).padStart(2, '0')}/06/1990`,
      sex: 'Nam',
      position: 'Chuyên viên',
      workUnit: 'Bộ phận Một cửa',
      phone: `091${String(batch * 100_000 + i).padStart(7, '0')}`,
      email: `dk${batch}.r${i}@demo.gov.vn`,
      username: `${batchUsernamePrefix(batch)}r${i}`,
      services: serviceCode,
    };
    list.push({ rowNumber: i + 1, cells: Object.fromEntries(ACCOUNT_LIST_COLUMNS.map((c) => [c.key, cells[c.key]])) as Record<AccountListColumn, string> });
  }
  return list;
}

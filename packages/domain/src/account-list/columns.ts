/**
 * The account-list template (part 2). The header row must carry exactly these labels in this order
 * (domain.md §5 "Account list"); the keys are what the code and the API use.
 */
export const ACCOUNT_LIST_COLUMNS = [
  { key: 'index', label: 'STT' },
  { key: 'fullName', label: 'Họ và tên' },
  { key: 'personalId', label: 'Số định danh cá nhân' },
  { key: 'dateOfBirth', label: 'Ngày sinh' },
  { key: 'sex', label: 'Giới tính' },
  { key: 'position', label: 'Chức vụ' },
  { key: 'workUnit', label: 'Đơn vị công tác' },
  { key: 'phone', label: 'Số điện thoại' },
  { key: 'email', label: 'Email' },
  { key: 'username', label: 'Tên tài khoản' },
  { key: 'services', label: 'Dịch vụ' },
] as const;

export type AccountListColumn = (typeof ACCOUNT_LIST_COLUMNS)[number]['key'];

export const ACCOUNT_LIST_COLUMN_KEYS: readonly AccountListColumn[] = ACCOUNT_LIST_COLUMNS.map((c) => c.key);

/** Position of each column, to sort findings in the template's order. */
export const ACCOUNT_LIST_COLUMN_ORDER: Readonly<Record<AccountListColumn, number>> = Object.fromEntries(
  ACCOUNT_LIST_COLUMNS.map((c, i) => [c.key, i]),
) as Record<AccountListColumn, number>;

export const accountListColumnLabel = (key: AccountListColumn): string => ACCOUNT_LIST_COLUMNS[ACCOUNT_LIST_COLUMN_ORDER[key]]?.label ?? key;

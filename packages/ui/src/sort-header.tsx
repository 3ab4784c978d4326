import type { ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';

export interface SortHeaderProps {
  readonly label: ReactNode;
  /** Whether the list is sorted by this column now. */
  readonly active: boolean;
  readonly direction: SortDirection;
  /** Sorts by this column (the app decides the direction: the other one when already active). */
  readonly onSort: () => void;
}

/**
 * A column header that sorts a server-side list: a real button inside the `<th>`, the order stated
 * with `aria-sort` on the header (screen readers announce it), the arrow only repeating it.
 */
export function SortHeader({ label, active, direction, onSort }: SortHeaderProps) {
  const sort = active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={sort}>
      <button type="button" className="kn-sort" onClick={onSort}>
        {label}
        <span className="kn-sort__icon" aria-hidden="true">
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

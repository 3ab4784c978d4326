import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeadlineBadge } from './deadline-badge.tsx';
import { renderWithI18n } from './test-render.tsx';

describe('DeadlineBadge', () => {
  it('counts the working days left with the due date as dd/MM/yyyy', () => {
    const { container } = renderWithI18n(<DeadlineBadge dueOn="2026-12-03" state={{ kind: 'ON_TIME', remaining: 2 }} />);
    expect(container.textContent).toBe('Còn 2 ngày làm việc (03/12/2026)');
  });

  it('says due today and overdue in words', () => {
    renderWithI18n(
      <>
        <DeadlineBadge dueOn="2026-12-03" state={{ kind: 'DUE_TODAY' }} />
        <DeadlineBadge dueOn="2026-12-01" state={{ kind: 'OVERDUE', by: 3 }} />
      </>,
    );
    expect(screen.getByText('Đến hạn hôm nay')).toBeTruthy();
    expect(screen.getByText('Quá hạn 3 ngày làm việc')).toBeTruthy();
  });

  it('shows only the due date when the working-day count is unknown, and no deadline when the clock is stopped', () => {
    renderWithI18n(
      <>
        <DeadlineBadge dueOn="2027-01-05" />
        <DeadlineBadge dueOn={null} />
      </>,
    );
    expect(screen.getByText('Hạn xử lý 05/01/2027')).toBeTruthy();
    expect(screen.getByText('Không có hạn')).toBeTruthy();
  });
});

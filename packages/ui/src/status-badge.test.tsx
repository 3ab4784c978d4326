import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from './status-badge.tsx';
import { renderWithI18n } from './test-render.tsx';

describe('StatusBadge', () => {
  it('names the state in Vietnamese words, not only by colour', () => {
    renderWithI18n(<StatusBadge status="PROVINCIAL_REVIEW" />);
    expect(screen.getByText('PC06 đang thẩm định')).toBeTruthy();
  });

  it('follows the chosen language', () => {
    renderWithI18n(<StatusBadge status="RETURNED" />, 'en');
    expect(screen.getByText('Returned for completion')).toBeTruthy();
  });
});

import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from './error-summary.tsx';
import { TextField } from './form-field.tsx';
import { renderWithI18n } from './test-render.tsx';

describe('TextField', () => {
  it('labels the input and links its hint and error to it', () => {
    renderWithI18n(<TextField id="name" label="Tên hệ thống" hint="Như trong quyết định." error="Cần ghi tên hệ thống thông tin." required defaultValue="" />);
    const input = screen.getByLabelText(/Tên hệ thống/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Như trong quyết định.', 'Cần ghi tên hệ thống thông tin.']);
  });

  it('is not marked invalid without an error', () => {
    renderWithI18n(<TextField label="Địa chỉ" defaultValue="" />);
    const input = screen.getByLabelText('Địa chỉ');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('ErrorSummary', () => {
  it('lists every error, takes focus, and each link focuses its field', () => {
    renderWithI18n(
      <>
        <ErrorSummary errors={[{ fieldId: 'host', message: 'Địa chỉ không hợp lệ.' }, { fieldId: 'name', message: 'Cần ghi tên.' }]} />
        <input id="host" aria-label="host" />
        <input id="name" aria-label="name" />
      </>,
    );
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByRole('heading', { name: 'Có 2 lỗi cần sửa' })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Cần ghi tên.' }));
    expect(document.activeElement?.id).toBe('name');
  });

  it('renders nothing without errors', () => {
    const { container } = renderWithI18n(<ErrorSummary errors={[]} />);
    expect(container.innerHTML).toBe('');
  });
});

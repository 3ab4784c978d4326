import type { ReactNode } from 'react';

/** A labelled checkbox with an optional hint tied by `aria-describedby` (packages/ui has text, area and select fields only). */
export function CheckboxField({
  id,
  label,
  hint,
  checked,
  onChange,
  disabled,
}: {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly disabled?: boolean;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="kn-field kn-check">
      <input id={id} type="checkbox" className="kn-check__input" checked={checked} disabled={disabled} aria-describedby={hintId} onChange={(e) => onChange(e.target.checked)} />
      <label className="kn-check__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="kn-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../use-t.ts';

/** A search field with its button: the list is asked again when the officer submits, not at every key. */
export function SearchBox({ label, value, onSearch }: { readonly label: string; readonly value: string; readonly onSearch: (value: string) => void }) {
  const { t } = useT();
  const id = `search-${useId().replaceAll(':', '')}`;
  const [text, setText] = useState(value);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" className="kn-search" aria-label={label} onSubmit={submit}>
      <div className="kn-field">
        <label className="kn-field__label" htmlFor={id}>
          {label}
        </label>
        <div className="kn-search__row">
          <input id={id} className="kn-input" type="search" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="kn-button kn-button--secondary">
            {t('admin.searchButton')}
          </button>
        </div>
      </div>
    </form>
  );
}

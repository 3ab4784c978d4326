import { useState, type FormEvent, type Ref } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

export interface QueueSearchProps {
  /** The search in force (from the URL). Rendered with `key` = it, so Back/Forward resets the box. */
  readonly q: string;
  readonly onSearch: (q: string) => void;
  /** The input, for the `/` shortcut. */
  readonly ref?: Ref<HTMLInputElement>;
}

/**
 * The search box (`/` reaches it): code, unit or system name; the server ignores diacritics and
 * case, so "duc" finds "Đức". A landmark of its own (`role="search"`).
 */
export function QueueSearch({ q, onSearch, ref }: QueueSearchProps) {
  const { t } = useI18n();
  const [text, setText] = useState(q);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" aria-label={t('queue.search')} className="kn-queue-search" onSubmit={submit}>
      <div className="kn-field">
        <label className="kn-field__label" htmlFor="queue-q">
          {t('queue.searchLabel')}
        </label>
        <p className="kn-field__hint" id="queue-q-hint">
          {t('queue.searchHint')}
        </p>
        <div className="kn-queue-search__row">
          <input ref={ref} id="queue-q" name="q" type="search" className="kn-input" aria-describedby="queue-q-hint" autoComplete="off" spellCheck={false} maxLength={100} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="kn-button">
            {t('queue.searchSubmit')}
          </button>
          {q ? (
            <button
              type="button"
              className="kn-button kn-button--secondary"
              onClick={() => {
                setText('');
                onSearch('');
              }}
            >
              {t('queue.searchClear')}
            </button>
          ) : null}
        </div>
      </div>
    </form>
  );
}

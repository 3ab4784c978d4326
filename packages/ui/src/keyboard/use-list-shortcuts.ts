import { useEffect, useRef } from 'react';
import { isInteractiveTarget, isTypingTarget } from './typing-target.ts';

export interface ListShortcutsOptions {
  /** Off: no key is taken (the user's switch, or a dialog open). */
  readonly enabled: boolean;
  /** Rows on the page now. */
  readonly count: number;
  /** The active row, -1 before the first move. */
  readonly active: number;
  /** `j` / `k`: the row to make active (the app moves the focus there). */
  readonly onMove: (index: number) => void;
  /** `Enter` on the page (not on a link or button, which answer it themselves): open the active row. */
  readonly onOpen: (index: number) => void;
  /** `/`: focus the search box. */
  readonly onSearch: () => void;
}

/**
 * The keyboard of a work list: `j` next row, `k` previous row, `Enter` opens the active row, `/`
 * goes to the search box. Keys typed into a field, with Ctrl/Alt/Meta, or while `enabled` is false
 * are left alone (WCAG 2.1.4: single-character shortcuts can be turned off).
 */
export function useListShortcuts(options: ListShortcutsOptions): void {
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const o = latest.current;
      if (!o.enabled || e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || isTypingTarget(e.target)) return;
      if (e.key === '/') {
        e.preventDefault();
        o.onSearch();
      } else if ((e.key === 'j' || e.key === 'k') && o.count > 0) {
        e.preventDefault();
        const next = e.key === 'j' ? Math.min(o.count - 1, o.active + 1) : Math.max(0, o.active < 0 ? 0 : o.active - 1);
        o.onMove(next);
      } else if (e.key === 'Enter' && o.active >= 0 && o.active < o.count && !isInteractiveTarget(e.target)) {
        e.preventDefault();
        o.onOpen(o.active);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

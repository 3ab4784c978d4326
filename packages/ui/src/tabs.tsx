import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<K extends string> {
  readonly key: K;
  readonly label: ReactNode;
}

export interface TabsProps<K extends string> {
  /** Names the tab list for screen readers. */
  readonly label: string;
  readonly tabs: readonly TabItem<K>[];
  readonly selected: K;
  readonly onSelect: (key: K) => void;
  /** The id of the one panel the tabs control (render it with `TabPanel`). */
  readonly panelId: string;
}

/** The id of a tab's button, for the panel's `aria-labelledby`. */
export const tabIdOf = (panelId: string, key: string): string => `${panelId}-tab-${key}`;

/**
 * WAI-ARIA tabs with manual activation: arrow keys, Home and End move the focus along the tabs;
 * Enter or Space selects. Selecting asks the server for another list, so it is never done by
 * merely moving the focus. Only the selected tab is in the Tab order (roving tabindex).
 */
export function Tabs<K extends string>({ label, tabs, selected, onSelect, panelId }: TabsProps<K>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const buttons = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? []);
    const at = buttons.indexOf(e.currentTarget);
    const to =
      e.key === 'ArrowRight' ? (at + 1) % buttons.length : e.key === 'ArrowLeft' ? (at - 1 + buttons.length) % buttons.length : e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    buttons[to]?.focus();
  };
  return (
    <div className="kn-tabs" role="tablist" aria-label={label} ref={list}>
      {tabs.map((tab) => {
        const isSelected = tab.key === selected;
        return (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={tabIdOf(panelId, tab.key)}
            className="kn-tabs__tab"
            aria-selected={isSelected}
            aria-controls={panelId}
            tabIndex={isSelected ? 0 : -1}
            onKeyDown={onKeyDown}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

/** The panel under `Tabs`, labelled by the selected tab. */
export function TabPanel({ panelId, selected, children }: { readonly panelId: string; readonly selected: string; readonly children: ReactNode }) {
  return (
    <div className="kn-tabs__panel" role="tabpanel" id={panelId} aria-labelledby={tabIdOf(panelId, selected)}>
      {children}
    </div>
  );
}

import { useId } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

export interface Shortcut {
  /** The keys as printed on the keyboard: `['j']`, `['Enter']`. */
  readonly keys: readonly string[];
  readonly description: string;
}

export interface ShortcutsHelpProps {
  readonly shortcuts: readonly Shortcut[];
  readonly enabled: boolean;
  readonly onEnabledChange: (enabled: boolean) => void;
}

/**
 * The page's keyboard shortcuts, written down ("Phím tắt", a disclosure), and the switch that turns
 * them off (WCAG 2.1.4) — kept in the browser by the app (`useStoredSwitch`).
 */
export function ShortcutsHelp({ shortcuts, enabled, onEnabledChange }: ShortcutsHelpProps) {
  const { t } = useI18n();
  const id = `kn-shortcuts-${useId().replaceAll(':', '')}`;
  return (
    <div className="kn-shortcuts">
      <div className="kn-shortcuts__switch">
        <input id={id} type="checkbox" checked={enabled} onChange={(e) => onEnabledChange(e.target.checked)} />
        <label htmlFor={id}>{t('shortcuts.enable')}</label>
      </div>
      <details className="kn-shortcuts__help">
        <summary>{t('shortcuts.title')}</summary>
        <p>{enabled ? t('shortcuts.whenOn') : t('shortcuts.whenOff')}</p>
        <dl className="kn-shortcuts__list">
          {shortcuts.map((s) => (
            <div key={s.keys.join('+')}>
              <dt>
                {s.keys.map((k, i) => (
                  <kbd key={`${k}${i}`}>{k}</kbd>
                ))}
              </dt>
              <dd>{s.description}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}

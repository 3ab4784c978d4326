import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { messagesEn } from './messages-en.ts';
import { messagesVi, type MessageKey } from './messages-vi.ts';

/**
 * A small typed dictionary instead of i18next: the apps need a few hundred strings with `{name}`
 * placeholders, and the initial JS budget is 200 KB gzip per app (issue 3).
 */
export type Locale = 'vi' | 'en';
export type Messages<K extends string = string> = Readonly<Record<K, string>>;
export type Translate<K extends string = MessageKey> = (key: K | MessageKey, values?: Readonly<Record<string, string | number>>) => string;

const SHARED: Record<Locale, Messages<MessageKey>> = { vi: messagesVi, en: messagesEn };
const STORAGE_KEY = 'ketnoi.locale';

export function interpolate(template: string, values: Readonly<Record<string, string | number>> | undefined, locale: Locale): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v, locale) : v;
  });
}

/** Numbers as the reader's locale writes them: `1.234` in Vietnamese, `1,234` in English. */
export const formatNumber = (n: number, locale: Locale): string => new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(n);

interface I18nValue {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  readonly t: Translate<string>;
}

const I18nContext = createContext<I18nValue | null>(null);

export interface I18nProviderProps {
  /** The app's own texts per locale, merged over the shared ones. */
  readonly messages?: Readonly<Record<Locale, Messages>>;
  readonly initialLocale?: Locale;
  readonly children: ReactNode;
}

function storedLocale(): Locale | null {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v === 'vi' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

export function I18nProvider({ messages, initialLocale, children }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale ?? storedLocale() ?? 'vi');
  // Screen readers pick their voice from <html lang>: it follows the chosen language (WCAG 3.1.1).
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18nValue>(() => {
    const table: Messages = { ...SHARED[locale], ...(messages?.[locale] ?? {}) };
    const fallback: Messages = { ...SHARED.vi, ...(messages?.vi ?? {}) };
    return {
      locale,
      setLocale: (next) => {
        setLocaleState(next);
        try {
          globalThis.localStorage?.setItem(STORAGE_KEY, next);
        } catch {
          /* private mode: the choice lasts for this page only */
        }
      },
      t: (key, values) => interpolate(table[key] ?? fallback[key] ?? key, values, locale),
    };
  }, [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n<K extends string = MessageKey>(): { locale: Locale; setLocale: (l: Locale) => void; t: Translate<K> } {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nProvider>');
  return value as unknown as { locale: Locale; setLocale: (l: Locale) => void; t: Translate<K> };
}

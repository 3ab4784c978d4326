import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider, type Locale } from './i18n/i18n.tsx';

/** Renders inside the i18n provider, Vietnamese unless told. */
export const renderWithI18n = (ui: ReactElement, locale: Locale = 'vi') => render(<I18nProvider initialLocale={locale}>{ui}</I18nProvider>);

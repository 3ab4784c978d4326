import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider, type Locale } from '@ketnoi/ui';
import { appMessages } from './messages.ts';

/** Renders with the app's dictionary, Vietnamese unless told. */
export const renderApp = (ui: ReactElement, locale: Locale = 'vi') =>
  render(
    <I18nProvider messages={appMessages} initialLocale={locale}>
      {ui}
    </I18nProvider>,
  );

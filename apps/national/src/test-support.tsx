import { renderWithServerAt } from '@ketnoi/review/testing';
import { renderApp } from './test-render.tsx';

export type { Answer, RecordedCall } from '@ketnoi/client/testing';
export { here } from '@ketnoi/review/testing';

/** The app's base, as served (vite.config.ts): tests read real addresses such as `/c06/?nhom=tat-ca`. */
export const BASE = '/c06/';

/**
 * Renders a page with the app's providers over a recording server, the browser at `url` (a full
 * address under /c06/). `calls` keeps every procedure called, with its input.
 */
export const renderWithServer = renderWithServerAt(BASE, (ui) => renderApp(ui));

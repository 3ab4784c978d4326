/** What the global setup hands to every test file (vitest `provide` / `inject`). */
export interface E2eEnvironment {
  /** The real server, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly baseUrl: string;
  /** Playwright's endpoint for the one Chromium launched by the global setup. */
  readonly browserWsEndpoint: string;
  /** This run's server log (JSON lines) and other server output, for the log check (L3). */
  readonly serverLog: string;
  readonly serverConsole: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eEnvironment;
  }
}

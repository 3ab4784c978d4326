import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, never a Playwright download (toolchain.md: `playwright install` cannot fetch
 * on these machines; CI installs the `chromium` package in .ci/run).
 */
export const CHROMIUM_PATH = process.env.KETNOI_CHROMIUM ?? '/usr/bin/chromium';

/** The flags toolchain.md found necessary for this Chromium as root, headless, offline. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`e2e: không tìm thấy Chromium tại ${CHROMIUM_PATH}. Cài bằng: apt-get install -y chromium`);
  }
}

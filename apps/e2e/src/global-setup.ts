import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { assertChromiumInstalled, CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { startServer } from './server-process.ts';
import { buildWebApps } from './web-build.ts';
import type {} from './provided.ts';

/** Once per run: build the web apps, start the real server, launch one Chromium; undo it all after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromiumInstalled();
  buildWebApps();
  const server = await startServer();
  try {
    const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
    project.provide('e2e', { baseUrl: server.baseUrl, browserWsEndpoint: browser.wsEndpoint(), serverLog: server.logPath, serverConsole: server.consolePath });
    return async () => {
      await browser.close();
      await server.stop();
    };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

import { afterAll } from 'vitest';
import { disconnectBrowser } from './browser.ts';

// Each test file connects to the shared Chromium on first use; disconnecting after the file
// closes its pages so nothing leaks into the next journey.
afterAll(disconnectBrowser);

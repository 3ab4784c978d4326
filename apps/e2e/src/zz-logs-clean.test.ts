import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { baseUrl } from './browser.ts';
import { DEMO_PASSWORD } from './login.ts';
import { LOGS_CHECK_FILE } from './logs-check-last.ts';
import { REPO_ROOT } from './repo-paths.ts';

/**
 * quality.md L3: the server's log of a full end-to-end run holds no ID number, phone number,
 * email address or password. Runs after every journey (LogsCheckLast in vitest.config.ts) and
 * reads what the server wrote in this run (artifacts/server-logs/: `.log`, its JSON lines, and
 * `.console.txt`, anything else: the start-up banner, stray output).
 */

// Same edges as the server's masking: not touching a letter, digit, `_` or `-` (UUIDs stay out).
const ID_NUMBER = /(?<![\p{L}\p{N}_\-])\d{12}(?![\p{L}\p{N}_\-])/u;
const PHONE = /(?<![\p{L}\p{N}_+\-])(?:\+84[ .]?|0)\d{2,3}[ .]?\d{3}[ .]?\d{3,4}(?![\p{L}\p{N}_\-])/u;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

/**
 * Every ID number (and 11-digit one with its zero lost), phone number, email address and wrong
 * password that the journeys and the demo accounts type — looked for as plain substrings, in
 * whatever context.
 */
function valuesTheRunSent(): string[] {
  const sources = [
    ...readdirSync(join(REPO_ROOT, 'apps/e2e/src'))
      .filter((f) => f.endsWith('.test.ts') && f !== LOGS_CHECK_FILE)
      .map((f) => join(REPO_ROOT, 'apps/e2e/src', f)),
    join(REPO_ROOT, 'packages/api/src/demo/demo-accounts.ts'),
  ].map((f) => readFileSync(f, 'utf8'));
  const found = new Set<string>();
  for (const text of sources) {
    for (const m of text.matchAll(/'(\d{11,12})'/g)) found.add(m[1]!);
    for (const m of text.matchAll(/'((?:\+84|0)\d{9,10})'/g)) {
      found.add(m[1]!);
      found.add(m[1]!.replace(/^\+84/, '0'));
    }
    for (const m of text.matchAll(/submitLogin\([^)]*, '([^']+)'\)/g)) found.add(m[1]!);
    for (const m of text.matchAll(new RegExp(EMAIL.source, 'gu'))) if (!m[0].includes('$')) found.add(m[0]);
  }
  return [...found];
}

async function waitForLine(path: string, needle: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = readFileSync(path, 'utf8');
    if (text.includes(needle)) return text;
    if (Date.now() > deadline) throw new Error(`${path}: no line with ${needle} after 15 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the server log of the whole e2e run (L3)', () => {
  it('holds request lines and no ID number, phone, email or password', async () => {
    // A request of our own, by a request id we choose: once its line is in the file, so is
    // every line before it.
    const marker = randomUUID();
    const res = await fetch(`${baseUrl()}/trpc/auth.me`, { headers: { 'x-request-id': marker } });
    expect(res.headers.get('x-request-id')).toBe(marker);
    const { serverLog, serverConsole } = inject('e2e');
    const log = await waitForLine(serverLog, `"reqId":"${marker}"`);

    const records = log.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = records.filter((r) => r.msg === 'request completed');
    // Not vacuous: the journeys' requests are there, signed in, with an account list sent.
    expect(requests.length, 'request lines in the log (a partial run?)').toBeGreaterThan(50);
    expect(requests.some((r) => r.route === '/trpc/auth.login' && r.status === 200 && typeof r.userId === 'string')).toBe(true);
    expect(requests.some((r) => r.route === '/trpc/submitter.accountImports.start' && r.status === 200), 'an account list was imported').toBe(true);
    for (const r of requests) expect(Object.keys(r)).toEqual(expect.arrayContaining(['reqId', 'method', 'url', 'route', 'status', 'durationMs']));

    const values = valuesTheRunSent();
    expect(values.length).toBeGreaterThan(10);
    const consoleText = readFileSync(serverConsole, 'utf8');
    // The demo banner prints the shared demo password on purpose; no other line may.
    const consoleOther = consoleText.split('\n').filter((l) => !l.includes('mật khẩu chung:')).join('\n');

    for (const [name, text] of [[serverLog, log], [serverConsole, consoleOther]] as const) {
      expect(text.match(ID_NUMBER)?.[0], `${name}: an ID number`).toBeUndefined();
      expect(text.match(PHONE)?.[0], `${name}: a phone number`).toBeUndefined();
      expect(text.match(EMAIL)?.[0], `${name}: an email address`).toBeUndefined();
      expect(text.includes(DEMO_PASSWORD), `${name}: the demo password`).toBe(false);
      for (const value of values) expect(text.includes(value), `${name}: ${value}`).toBe(false);
    }
  });
});

#!/usr/bin/env node
// Makes `npm start` and `npm test` work on a fresh machine with only Node 20 and npm:
// installs the pinned pnpm when it is missing or another version, then the workspace.
// corepack is not used: its signature check fails on these machines (docs: toolchain).
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const wanted = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).packageManager.split('@')[1];
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });

let current = '';
try {
  current = execSync('pnpm --version', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  /* not installed */
}
if (current !== wanted) {
  console.log(`ketnoi: cài pnpm ${wanted} (đang có: ${current || 'chưa có'})…`);
  run(`npm install --global --save-exact pnpm@${wanted}`);
}
run('pnpm install --frozen-lockfile --prefer-offline');

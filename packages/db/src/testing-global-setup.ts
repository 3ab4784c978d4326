import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPgliteSnapshot, PGLITE_SNAPSHOT_ENV } from './testing.js';

/**
 * vitest `globalSetup` (`globalSetup: ['@ketnoi/db/testing-global-setup']`): builds the migrated,
 * seeded PGlite snapshot ONCE for the whole run and hands its path to the test workers through the
 * environment, so each test file loads it (~1.5 s) instead of creating a PGlite from scratch
 * (5–13 s on 2 cores, toolchain.md). Without it, openTestDatabase builds the snapshot per worker.
 */
export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'ketnoi-pglite-'));
  const file = join(dir, 'snapshot.tar');
  const blob = await buildPgliteSnapshot();
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  process.env[PGLITE_SNAPSHOT_ENV] = file;
  return () => {
    delete process.env[PGLITE_SNAPSHOT_ENV];
    rmSync(dir, { recursive: true, force: true });
  };
}

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, DataDirLockedError } from './connection.js';

describe('createDatabase', () => {
  const root = mkdtempSync(join(tmpdir(), 'ketnoi-conn-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('opens an embedded PGlite on disk when no URL is given, creating the missing parent folder', async () => {
    const dataDir = join(root, 'nested', 'pglite');
    const handle = await createDatabase({ url: '', dataDir });
    try {
      expect(handle.kind).toBe('pglite');
      const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM pg_class WHERE relname = 'pg_class'`.execute(handle.db);
      expect(rows[0]?.n).toBe(1);
    } finally {
      await handle.close();
    }
    expect(existsSync(dataDir)).toBe(true);
  });

  it('keeps an on-disk PGlite folder to one user at a time, and frees it on close', async () => {
    const dataDir = join(root, 'locked', 'pglite');
    const first = await createDatabase({ url: '', dataDir });
    try {
      await expect(createDatabase({ url: '', dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
    } finally {
      await first.close();
    }
    const again = await createDatabase({ url: '', dataDir });
    await again.close();
  });

  it.runIf(process.env.KETNOI_TEST_PG_URL)('opens a pg pool when a URL is given', async () => {
    const handle = await createDatabase({ url: process.env.KETNOI_TEST_PG_URL });
    try {
      expect(handle.kind).toBe('postgres');
      const { rows } = await sql<{ n: number }>`SELECT 7::int8 AS n`.execute(handle.db);
      expect(rows[0]?.n).toBe(7);
    } finally {
      await handle.close();
    }
  });
});

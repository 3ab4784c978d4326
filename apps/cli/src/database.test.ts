import { createDatabase } from '@ketnoi/db';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io.js';
import { dispatch } from './dispatch.js';

function io(openDatabase: CliIo['openDatabase']) {
  const captured = { out: '', err: '' };
  const value: CliIo = {
    out: (t) => (captured.out += t),
    err: (t) => (captured.err += t),
    now: () => new Date(),
    readStdin: () => Promise.resolve(''),
    openDatabase,
  };
  return { io: value, captured };
}

describe('a database that cannot be used', () => {
  it('exit 2 with DB_UNAVAILABLE when PostgreSQL refuses the connection, without quoting the URL, and the pool is closed', async () => {
    let closed = false;
    const { io: cliIo, captured } = io(async () => {
      const handle = await createDatabase({ url: 'postgres://ketnoi:bi-mat@127.0.0.1:1/ketnoi' });
      return { ...handle, close: async () => { closed = true; await handle.close(); } };
    });
    const code = await dispatch(['units', 'list', '--json'], cliIo);
    expect(code).toBe(2);
    expect(JSON.parse(captured.out)).toMatchObject({ error: { code: 'DB_UNAVAILABLE' } });
    expect(captured.out).not.toContain('bi-mat');
    expect(closed).toBe(true);
  });

  it('exit 2 with a Vietnamese hint about the server when the database cannot be opened at all', async () => {
    const { io: cliIo, captured } = io(() => Promise.reject(new Error('data directory busy')));
    expect(await dispatch(['audit', 'verify'], cliIo)).toBe(2);
    expect(captured.err).toContain('hãy dừng máy chủ ketnoi');
    expect(captured.err).not.toContain('busy');
  });

  it('help names the database commands and warns that embedded PGlite is single-process', async () => {
    const { io: cliIo, captured } = io(() => Promise.reject(new Error('not used')));
    expect(await dispatch(['--help'], cliIo)).toBe(0);
    for (const name of ['users create', 'users disable', 'users list', 'units list', 'audit verify']) expect(captured.out).toContain(`  ${name}`);
    expect(captured.out).toContain('PGlite chỉ cho một tiến trình');
  });
});

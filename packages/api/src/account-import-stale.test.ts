import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@ketnoi/db/testing';
import { prepareCompleteDossier } from './demo/demo-seed.ts';
import { appRouter } from './routers/app.ts';
import { STALE_IMPORT_MS } from './services/account-import.ts';
import { openWorld, type World } from './testing/world.ts';
import { createCallerFactory } from './trpc.ts';

/**
 * An import whose reader died with its process stays READING in the database; `get` reports it
 * interrupted once it has gone unheard of for the stale window: 120 s by default, or the host's
 * `importStaleMs` (the crash drill sets a short one).
 */
describe.each(testDatabases())('an interrupted account-list import on %s', (kind) => {
  let w: World;
  let dossierId: string;
  let importId: string;
  const caller = (importStaleMs?: number) =>
    createCallerFactory(appRouter)({
      db: w.db,
      now: w.now,
      ...(importStaleMs === undefined ? {} : { importStaleMs }),
      session: { user: w.users['nghean.canbo'], signIn: async () => {}, signOut: async () => {} },
      requestId: 'stale-test',
      clientAddress: '127.0.0.1',
      idempotencyKey: null,
    });
  /** The import as if its reader had last written `ms` ago and then died. */
  const lastHeardOf = async (ms: number) => {
    await w.db.updateTable('account_imports').set({ status: 'READING', phase: 'parse', updated_at: new Date(w.now().getTime() - ms) }).where('id', '=', importId).execute();
  };
  const accountsNow = async () => (await w.as('nghean.canbo').dossier.accounts({ dossierId, pageSize: 100 })).items.map((r) => r.username);
  let accountsBefore: string[];

  beforeAll(async () => {
    w = await openWorld(kind);
    const dossier = await prepareCompleteDossier(w.as('nghean.canbo'), { systemName: 'Hệ thống nhập bị gián đoạn', birthPrefix: '040', submit: false });
    dossierId = dossier.id;
    accountsBefore = await accountsNow();
    // A row as `start` leaves it while its file is read (the reader itself never runs here).
    importId = (
      await w.db
        .insertInto('account_imports')
        .values({ dossier_id: dossierId, version: 1, owner_unit_id: w.users['nghean.canbo'].unitId, created_by: w.users['nghean.canbo'].userId, file_name: 'danh-sach.csv', status: 'READING', phase: 'upload', progress_total: 100 })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await w?.close();
  });

  it('is still reading within 120 s by default, and interrupted after, with nothing stored', async () => {
    await lastHeardOf(STALE_IMPORT_MS - 1_000);
    expect(await caller().submitter.accountImports.get({ importId })).toMatchObject({ status: 'READING', phase: 'parse', refusal: null });
    await lastHeardOf(STALE_IMPORT_MS + 1_000);
    const interrupted = await caller().submitter.accountImports.get({ importId });
    expect(interrupted).toMatchObject({ status: 'FAILED', phase: null, storedCount: null, refusal: { code: 'IMPORT_INTERRUPTED' } });
    expect(interrupted.refusal?.message).toContain('gián đoạn');
    expect(await accountsNow()).toEqual(accountsBefore);
  });

  it('follows the host’s shorter window when one is given', async () => {
    await lastHeardOf(3_000);
    expect((await caller(5_000).submitter.accountImports.get({ importId })).status).toBe('READING');
    await lastHeardOf(6_000);
    expect(await caller(5_000).submitter.accountImports.get({ importId })).toMatchObject({ status: 'FAILED', refusal: { code: 'IMPORT_INTERRUPTED' } });
    // The default window still calls it reading.
    expect((await caller().submitter.accountImports.get({ importId })).status).toBe('READING');
  });
});

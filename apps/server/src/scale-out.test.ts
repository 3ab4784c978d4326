import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@ketnoi/db';
import { openTestDatabase, type TestDatabase } from '@ketnoi/db/testing';
import { DEMO_LOGINS, seedDemo, THROTTLE } from '@ketnoi/api';
import { startServerProcess, type ServerProcess } from './server-process.test-support.ts';

/**
 * Scale-out (issue 6): two real server processes — each its own Node process, connection pool and
 * memory — behind one public origin, on ONE PostgreSQL database, behave as one server: sessions,
 * sign-out, disabling a user, login throttling (per account and per client address: the only rate
 * limits the server has) and idempotent commands are shared through the database, not held in
 * either process. Both are started from the environment only, as an operator would (README).
 */
const pgUrl = process.env.KETNOI_TEST_PG_URL;
/** What a load balancer in front of both presents: the apps' Origin for every mutation. */
const ORIGIN = 'https://ketnoi.example.gov.vn';
const PASSWORD: string = DEMO_LOGINS.password;

interface Answer<T> {
  readonly status: number;
  readonly data: T;
  readonly appCode: string | null;
  /** `ketnoi_sid=…` when the answer set a session cookie. */
  readonly sessionCookie: string | null;
}

/** tRPC over plain HTTP as the apps send it: GET for queries, POST + JSON for mutations, the cookie. */
async function call<T = unknown>(server: ServerProcess, method: 'GET' | 'POST', path: string, input: unknown, cookie?: string): Promise<Answer<T>> {
  const headers: Record<string, string> = { origin: ORIGIN, ...(cookie ? { cookie } : {}) };
  const url = `${server.baseUrl}/trpc/${path}` + (method === 'GET' ? `?input=${encodeURIComponent(JSON.stringify(input))}` : '');
  const res = await fetch(url, method === 'GET' ? { headers } : { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  const body = (await res.json()) as { result?: { data: T }; error?: { data?: { appCode?: string } } };
  const sessionCookie = res.headers.getSetCookie().find((c) => c.startsWith('ketnoi_sid='))?.split(';')[0] ?? null;
  return { status: res.status, data: body.result?.data as T, appCode: body.error?.data?.appCode ?? null, sessionCookie };
}

if (!pgUrl) {
  describe('two server processes on one PostgreSQL (scale-out)', () => {
    it.skip('needs PostgreSQL: set KETNOI_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/postgres (as CI does)', () => {});
  });
} else {
  describe('two server processes on one PostgreSQL (scale-out)', () => {
    let t: TestDatabase;
    let a: ServerProcess;
    let b: ServerProcess;
    const login = (server: ServerProcess, username: string, password = PASSWORD) => call<{ username: string } | undefined>(server, 'POST', 'auth.login', { username, password });
    const me = async (server: ServerProcess, cookie: string) => (await call<{ username: string } | null>(server, 'GET', 'auth.me', null, cookie)).data;
    const signedIn = async (server: ServerProcess, username: string) => {
      const res = await login(server, username);
      expect(res.status, `${username} signs in`).toBe(200);
      return res.sessionCookie!;
    };
    /** Failed logins the client address has had in the window (the per-address throttle counts them all). */
    let addressFailures = 0;
    const failLogin = async (server: ServerProcess, username: string) => {
      const res = await login(server, username, 'sai-mat-khau-1');
      if (res.appCode === 'INVALID_CREDENTIALS') addressFailures++;
      return res.appCode;
    };

    beforeAll(async () => {
      t = await openTestDatabase('postgres');
      await seedDemo(t.db, () => new Date());
      const shared = {
        DATABASE_URL: t.url!,
        KETNOI_SESSION_SECRET: randomBytes(32).toString('base64url'),
        KETNOI_ORIGINS: ORIGIN,
        KETNOI_LOG: '0',
      };
      // A runs the background jobs, B leaves them to it (README: KETNOI_JOBS=0); both start at once.
      [a, b] = await Promise.all([startServerProcess(shared), startServerProcess({ ...shared, KETNOI_JOBS: '0' })]);
    }, 240_000);
    afterAll(async () => {
      await Promise.allSettled([a?.stop(), b?.stop()]);
      await t?.close();
    });

    it('are two processes on two ports', () => {
      expect(a.pid).not.toBe(b.pid);
      expect(a.baseUrl).not.toBe(b.baseUrl);
    });

    it('accept on B the session started on A, and a sign-out on B ends it on A', async () => {
      const cookie = await signedIn(a, 'nghean.canbo');
      expect((await me(b, cookie))?.username).toBe('nghean.canbo');
      const listed = await call<{ items: unknown[] }>(b, 'GET', 'submitter.dossiers.list', {}, cookie);
      expect(listed.status).toBe(200);
      expect(listed.data.items.length).toBeGreaterThan(0);

      expect((await call(b, 'POST', 'auth.logout', null, cookie)).status).toBe(200);
      expect(await me(a, cookie)).toBeNull();
      const refused = await call(a, 'GET', 'submitter.dossiers.list', {}, cookie);
      expect([refused.status, refused.appCode]).toEqual([401, 'UNAUTHENTICATED']);
      expect(await me(b, cookie)).toBeNull();
    });

    it('refuse on B, at its next request, a session (started on A) whose user an administrator disabled on A', async () => {
      const victim = await signedIn(a, 'hanoi.canbo');
      expect((await me(b, victim))?.username).toBe('hanoi.canbo');
      const admin = await signedIn(a, 'c06.quantri');
      const users = await call<{ id: string; username: string }[]>(a, 'GET', 'admin.users.list', {}, admin);
      const userId = users.data.find((u) => u.username === 'hanoi.canbo')!.id;
      const disabled = await call(a, 'POST', 'admin.users.disable', { idempotencyKey: randomUUID(), userId }, admin);
      expect(disabled.status).toBe(200);

      const refused = await call(b, 'GET', 'submitter.dossiers.list', {}, victim);
      expect([refused.status, refused.appCode]).toEqual([401, 'UNAUTHENTICATED']);
      expect(await me(b, victim)).toBeNull();
      expect(await me(a, victim)).toBeNull();
      // Nor can the disabled user sign in again, on either.
      expect((await login(b, 'hanoi.canbo')).appCode).toBe('INVALID_CREDENTIALS');
      addressFailures++;
    });

    /** Wrong passwords for one account, sent to `servers` in turn, until the refusal; the attempt it came at. */
    const attemptsUntilRefused = async (servers: readonly ServerProcess[], username: string) => {
      for (let attempt = 1; attempt <= THROTTLE.perUsername + 3; attempt++) {
        const code = await failLogin(servers[(attempt - 1) % servers.length]!, username);
        if (code === 'TOO_MANY_ATTEMPTS') return attempt;
        expect(code).toBe('INVALID_CREDENTIALS');
      }
      return null;
    };

    it('add up failed logins made on A and on B: the account is refused at the same attempt as on one server', async () => {
      const alone = await attemptsUntilRefused([a], 'pc06.nghean');
      const spread = await attemptsUntilRefused([a, b], 'pc06.hanoi');
      expect(alone).toBe(THROTTLE.perUsername + 1);
      expect(spread).toBe(alone);
      // Refused on both, even with the right password, while the window lasts.
      for (const server of [a, b]) expect((await login(server, 'pc06.hanoi')).appCode).toBe('TOO_MANY_ATTEMPTS');
    });

    it('add up failed logins of one client address across A and B (the per-address limit)', async () => {
      // Every failure so far came from 127.0.0.1; spread the rest over A and B, other names each time.
      let i = 0;
      while (addressFailures < THROTTLE.perAddress) {
        expect(await failLogin(i % 2 === 0 ? a : b, `khong-co-${i}`)).toBe('INVALID_CREDENTIALS');
        i++;
      }
      expect(i).toBeGreaterThan(2);
      // An account with no failures of its own, the right password, on either process: refused.
      expect((await login(a, 'c06.thamdinh')).appCode).toBe('TOO_MANY_ATTEMPTS');
      expect((await login(b, 'boyte.canbo')).appCode).toBe('TOO_MANY_ATTEMPTS');
    });

    it('answer a command repeated on B with its idempotency key from A as A did, with one event', async () => {
      // The refusals above last the 15-minute window: end it, so that the next sign-ins go through.
      await t.db.deleteFrom('login_failures').execute();
      addressFailures = 0;
      const cookie = await signedIn(a, 'pc06.nghean');
      const user = await t.db.selectFrom('users').select('id').where('username', '=', 'pc06.nghean').executeTakeFirstOrThrow();
      const target = await t.db
        .selectFrom('dossiers')
        .select(['id', 'revision'])
        .where('status', '=', 'PROVINCIAL_REVIEW')
        .where('holder_user_id', 'is', null)
        .where('queue_province_code', '=', (await t.db.selectFrom('users as u').innerJoin('units as n', 'n.id', 'u.unit_id').select('n.province_code').where('u.id', '=', user.id).executeTakeFirstOrThrow()).province_code)
        .orderBy('code')
        .executeTakeFirstOrThrow();
      const eventsOf = async () => (await t.db.selectFrom('dossier_events').select(['seq', 'type']).where('dossier_id', '=', target.id).orderBy('seq').execute()).map((e) => e.type);
      const before = await eventsOf();

      const body = { dossierId: target.id, expectedRevision: target.revision, idempotencyKey: randomUUID() };
      const onA = await call<{ dossierId: string; revision: number; status: string }>(a, 'POST', 'provincial.claim', body, cookie);
      expect(onA.status).toBe(200);
      const onB = await call<typeof onA.data>(b, 'POST', 'provincial.claim', body, cookie);
      expect(onB.status).toBe(200);
      expect(onB.data).toEqual(onA.data);
      expect(onA.data.revision).toBe(target.revision + 1);
      expect(await eventsOf()).toEqual([...before, 'CLAIMED']);
      // The same key with another body is refused on either.
      const reused = await call(b, 'POST', 'provincial.claim', { ...body, expectedRevision: target.revision + 1 }, cookie);
      expect(reused.appCode).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('answer the same key sent to A and B at the same moment once: one dossier, one CREATED event', async () => {
      const cookie = await signedIn(b, 'nghean.canbo');
      const system = await call<{ id: string }>(a, 'POST', 'submitter.systems.create', {
        idempotencyKey: randomUUID(),
        system: {
          name: 'Hệ thống thử hai tiến trình',
          purpose: 'Giải quyết thủ tục hành chính trực tuyến, xác thực thông tin công dân khi tiếp nhận hồ sơ.',
          host: 'dichvucong.demo.gov.vn',
          operator: 'Trung tâm Chuyển đổi số',
          securityLevel: 3,
          securityLevelDecision: { numberAndSymbol: '125/QĐ-STTTT', issuedOn: '2024-05-10' },
          connectionChannel: 'LGSP',
        },
      }, cookie);
      expect(system.status).toBe(200);
      const body = { idempotencyKey: randomUUID(), systemId: system.data.id };
      const [onA, onB] = await Promise.all([a, b].map((server) => call<{ dossierId: string }>(server, 'POST', 'submitter.dossiers.create', body, cookie)));
      expect([onA!.status, onB!.status]).toEqual([200, 200]);
      expect(onB!.data).toEqual(onA!.data);
      const dossiers = await t.db.selectFrom('dossiers').select('id').where('system_id', '=', system.data.id).execute();
      expect(dossiers.map((d) => d.id)).toEqual([onA!.data.dossierId]);
      const events = await t.db.selectFrom('dossier_events').select('type').where('dossier_id', '=', onA!.data.dossierId).execute();
      expect(events.map((e) => e.type)).toEqual(['CREATED']);
    });

    it('keep one audit chain, though each process batches its own audit rows', async () => {
      const chain = await verifyAuditChain(t.db);
      expect(chain.ok).toBe(true);
      expect(chain.rows).toBeGreaterThan(0);
    });
  });
}

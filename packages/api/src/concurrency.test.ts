import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@ketnoi/db';
import { testDatabases } from '@ketnoi/db/testing';
import { openWorld, type World } from './testing/world.ts';

/**
 * Quality W2 and W3 on a real PostgreSQL: row locks and unique-index waits only exist there
 * (PGlite runs one session, so concurrency never shows on it).
 */
const onPostgres = testDatabases().includes('postgres');

async function settle<T>(calls: Promise<T>[]) {
  const results = await Promise.allSettled(calls);
  const ok = results.filter((r): r is PromiseFulfilledResult<Awaited<T>> => r.status === 'fulfilled').map((r) => r.value);
  const codes = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => (r.reason as { cause?: { appCode?: string } }).cause?.appCode ?? String(r.reason));
  return { ok, codes };
}

describe.runIf(onPostgres)('concurrency on postgres', () => {
  let w: World;
  beforeAll(async () => {
    w = await openWorld('postgres');
  });
  afterAll(async () => {
    await w?.close();
  });

  it('W2: 50 concurrent approvals of one dossier revision — exactly one succeeds, 49 conflict, one event', async () => {
    const d = await w.dossierOf('Hệ thống cơ sở dữ liệu quốc gia về y tế');
    const c06 = w.as('c06.thamdinh');
    const claimed = await c06.national.claim({ dossierId: d.id, expectedRevision: d.revision, idempotencyKey: randomUUID() });
    const { ok, codes } = await settle(
      Array.from({ length: 50 }, () => c06.national.approve({ dossierId: d.id, expectedRevision: claimed.revision, idempotencyKey: randomUUID(), decision: { numberAndSymbol: '77/C06-TTDLDC', issuedOn: '2026-11-25' } })),
    );
    expect(ok).toHaveLength(1);
    expect(codes).toEqual(Array(49).fill('VERSION_CONFLICT'));
    const approvals = await w.db.selectFrom('dossier_events').select('seq').where('dossier_id', '=', d.id).where('type', '=', 'APPROVED').execute();
    expect(approvals).toHaveLength(1);
    const okAudits = await w.db.selectFrom('audit_log').select('id').where('target_id', '=', d.id).where('action', '=', 'national.approve').where('outcome', '=', 'OK').execute();
    expect(okAudits).toHaveLength(1);
    expect((await verifyAuditChain(w.db)).ok).toBe(true);
  });

  it('W2: 50 concurrent forwards by PC06 — exactly one succeeds', async () => {
    const d = await w.dossierOf('Hệ thống thông tin giải quyết TTHC Thành phố Hà Nội');
    const pc06 = w.as('pc06.hanoi');
    const opinion = { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' }, recommendation: 'APPROVE', note: 'Đủ.' } as const;
    const { ok, codes } = await settle(Array.from({ length: 50 }, () => pc06.provincial.forward({ dossierId: d.id, expectedRevision: d.revision, idempotencyKey: randomUUID(), opinion })));
    expect(ok).toHaveLength(1);
    expect(codes).toEqual(Array(49).fill('VERSION_CONFLICT'));
    const forwards = await w.db.selectFrom('dossier_events').select('seq').where('dossier_id', '=', d.id).where('type', '=', 'FORWARDED').execute();
    expect(forwards).toHaveLength(1);
  });

  it('W3: one idempotency key sent 100 times (half concurrently) — one effect, identical answers; a changed body is refused', async () => {
    const d = await w.dossierOf('Hệ thống quản lý cư trú phục vụ an sinh xã hội Hà Nội');
    const c06 = w.as('c06.thamdinh');
    const key = randomUUID();
    const send = () => c06.national.claim({ dossierId: d.id, expectedRevision: d.revision, idempotencyKey: key });
    const concurrent = await settle(Array.from({ length: 50 }, send));
    expect(concurrent.codes).toEqual([]);
    const sequential = [];
    for (let i = 0; i < 50; i++) sequential.push(await send());
    const answers = [...concurrent.ok, ...sequential];
    expect(answers).toHaveLength(100);
    for (const a of answers) expect(a).toEqual(answers[0]);
    const claims = await w.db.selectFrom('dossier_events').select('seq').where('dossier_id', '=', d.id).where('type', '=', 'CLAIMED').where('actor_user_id', '=', w.users['c06.thamdinh'].userId).execute();
    expect(claims).toHaveLength(1);
    await expect(c06.national.claim({ dossierId: d.id, expectedRevision: d.revision + 1, idempotencyKey: key })).rejects.toMatchObject({ cause: { appCode: 'IDEMPOTENCY_KEY_REUSED' } });
  });
});

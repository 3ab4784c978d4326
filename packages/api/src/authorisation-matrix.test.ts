import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@ketnoi/db/testing';
import type { Role } from '@ketnoi/domain';
import { appRouter } from './routers/app.ts';
import { createCallerFactory } from './trpc.ts';
import { openWorld, type DemoUsername, type World } from './testing/world.ts';

/**
 * Quality A1: every procedure of the router × every role × objects of another unit or province.
 * The procedures are enumerated from the router at test time: a procedure without a row here fails.
 */
type Target = { dossierId: string; revision: number; systemId: string; userId: string; unitId: string; importId: string };
type Row = { roles: readonly Role[] | 'public' | 'signed-in'; input?: (t: Target) => unknown; scoped?: boolean };

const k = () => randomUUID();
const cmd = (t: Target, extra: object = {}) => ({ dossierId: t.dossierId, expectedRevision: t.revision, idempotencyKey: k(), ...extra });
const deficiencies = { deficiencies: [{ part: 'ORG_COMMITMENT', reason: 'Thiếu chữ ký.' }] };
const opinion = { opinion: { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' }, recommendation: 'APPROVE', note: 'Đủ.' } };
const system = { name: 'Hệ thống X', purpose: 'Thử', host: 'x.gov.vn', operator: 'Trung tâm', securityLevel: 3, securityLevelDecision: { numberAndSymbol: '1/QĐ-X', issuedOn: '2025-01-01' }, connectionChannel: 'NDXP' };
const SUB = ['SUBMITTER'] as const;
const PROV = ['PROVINCIAL_REVIEWER'] as const;
const NAT = ['NATIONAL_REVIEWER'] as const;
const ADMIN = ['NATIONAL_ADMIN'] as const;

const MATRIX: Record<string, Row> = {
  'auth.login': { roles: 'public' },
  'auth.logout': { roles: 'signed-in' },
  'auth.me': { roles: 'public' },
  'reference.provinces': { roles: 'signed-in' },
  'reference.services': { roles: 'signed-in' },
  'dossier.get': { roles: 'signed-in', scoped: true, input: (t) => ({ dossierId: t.dossierId }) },
  'dossier.timeline': { roles: 'signed-in', scoped: true, input: (t) => ({ dossierId: t.dossierId }) },
  'dossier.accounts': { roles: 'signed-in', scoped: true, input: (t) => ({ dossierId: t.dossierId }) },
  'dossier.diff': { roles: 'signed-in', scoped: true, input: (t) => ({ dossierId: t.dossierId, from: 1, to: 1 }) },
  'submitter.systems.list': { roles: SUB },
  'submitter.systems.create': { roles: SUB },
  'submitter.systems.update': { roles: SUB, scoped: true, input: (t) => ({ idempotencyKey: k(), systemId: t.systemId, expectedRevision: 0, system }) },
  'submitter.dossiers.list': { roles: SUB },
  'submitter.dossiers.create': { roles: SUB, scoped: true, input: (t) => ({ idempotencyKey: k(), systemId: t.systemId }) },
  'submitter.dossiers.createAmendment': { roles: SUB, scoped: true, input: (t) => ({ idempotencyKey: k(), dossierId: t.dossierId }) },
  'submitter.dossiers.completeness': { roles: SUB, scoped: true, input: (t) => ({ dossierId: t.dossierId }) },
  'submitter.dossiers.saveServiceRegistration': { roles: SUB, scoped: true, input: (t) => cmd(t, { serviceRegistration: { lines: [] } }) },
  'submitter.dossiers.saveOrgCommitment': { roles: SUB, scoped: true, input: (t) => cmd(t, { orgCommitment: { document: null } }) },
  'submitter.dossiers.saveSecurityConfirmation': { roles: SUB, scoped: true, input: (t) => cmd(t, { securityConfirmation: { survey: null, confirmation: { document: null, result: null, validUntil: null } } }) },
  'submitter.dossiers.replaceAccounts': { roles: SUB, scoped: true, input: (t) => cmd(t, { rows: [] }) },
  'submitter.dossiers.checkAccountFile': { roles: SUB, scoped: true, input: (t) => ({ dossierId: t.dossierId, fileName: 'a.csv', contentBase64: '' }) },
  'submitter.dossiers.submission': { roles: SUB, scoped: true, input: (t) => ({ dossierId: t.dossierId }) },
  'submitter.dossiers.submit': { roles: SUB, scoped: true, input: (t) => cmd(t) },
  'submitter.dossiers.resubmit': { roles: SUB, scoped: true, input: (t) => cmd(t) },
  'submitter.dossiers.withdraw': { roles: SUB, scoped: true, input: (t) => cmd(t) },
  'submitter.documents.upload': { roles: SUB },
  'submitter.accountRows.get': { roles: SUB, scoped: true, input: (t) => ({ dossierId: t.dossierId, rowNumber: 2 }) },
  'submitter.accountRows.save': { roles: SUB, scoped: true, input: (t) => cmd(t, { rowNumber: 2, cells: {} }) },
  'submitter.accountRows.delete': { roles: SUB, scoped: true, input: (t) => cmd(t, { rowNumber: 2 }) },
  'submitter.accountImports.start': { roles: SUB, scoped: true, input: (t) => ({ ...cmd(t), fileName: 'a.csv', contentBase64: 'YQ==' }) },
  'submitter.accountImports.get': { roles: SUB, scoped: true, input: (t) => ({ importId: t.importId }) },
  'submitter.accountImports.latest': { roles: SUB, scoped: true, input: (t) => ({ dossierId: t.dossierId }) },
  'submitter.accountImports.keepValid': { roles: SUB, scoped: true, input: (t) => ({ importId: t.importId, expectedRevision: t.revision, idempotencyKey: k() }) },
  'submitter.accountImports.discard': { roles: SUB, scoped: true, input: (t) => ({ importId: t.importId, idempotencyKey: k() }) },
  'provincial.queue': { roles: PROV },
  'provincial.counts': { roles: PROV },
  'provincial.filterOptions': { roles: PROV },
  'provincial.claim': { roles: PROV, scoped: true, input: (t) => cmd(t) },
  'provincial.release': { roles: PROV, scoped: true, input: (t) => cmd(t) },
  'provincial.return': { roles: PROV, scoped: true, input: (t) => cmd(t, deficiencies) },
  'provincial.forward': { roles: PROV, scoped: true, input: (t) => cmd(t, opinion) },
  'national.queue': { roles: NAT },
  'national.counts': { roles: NAT },
  'national.filterOptions': { roles: NAT },
  'national.claim': { roles: NAT, scoped: true, input: (t) => cmd(t) },
  'national.release': { roles: NAT, scoped: true, input: (t) => cmd(t) },
  'national.return': { roles: NAT, scoped: true, input: (t) => cmd(t, deficiencies) },
  'national.reject': { roles: NAT, scoped: true, input: (t) => cmd(t, { reason: 'Không đạt.' }) },
  'national.approve': { roles: NAT, scoped: true, input: (t) => cmd(t, { decision: { numberAndSymbol: '1/C06-TTDLDC', issuedOn: '2026-11-25' } }) },
  'national.recordConnection': { roles: NAT, scoped: true, input: (t) => cmd(t, { connectedOn: '2026-11-25', channel: 'NDXP', technicalReference: 'X' }) },
  'national.suspend': { roles: NAT, scoped: true, input: (t) => cmd(t, { reason: 'Tạm dừng.' }) },
  'national.resume': { roles: NAT, scoped: true, input: (t) => cmd(t) },
  'national.revoke': { roles: NAT, scoped: true, input: (t) => cmd(t, { reason: 'Thu hồi.' }) },
  // The national dashboard: C06 reviewers only (domain.md §3); administrators see no dossier and are refused too.
  'national.dashboard.overview': { roles: NAT, input: () => ({ provinceCode: '40' }) },
  'national.dashboard.list': { roles: NAT, input: () => ({ filter: { stage: 'PROVINCIAL_REVIEW', provinceCode: '40' } }) },
  'admin.users.list': { roles: ADMIN },
  'admin.users.create': { roles: ADMIN },
  'admin.users.disable': { roles: ADMIN },
  'admin.users.moveToUnit': { roles: ADMIN },
  'admin.units.list': { roles: ADMIN },
  'admin.reference.policy.get': { roles: ADMIN },
  'admin.reference.policy.update': { roles: ADMIN },
  'admin.reference.services.list': { roles: ADMIN },
  'admin.reference.services.save': { roles: ADMIN },
  'admin.reference.calendar.list': { roles: ADMIN },
  'admin.reference.calendar.replaceYear': { roles: ADMIN },
  'admin.reference.provinces': { roles: ADMIN },
  'admin.reference.provinceValidity': { roles: ADMIN },
  'admin.units.create': { roles: ADMIN },
  'admin.units.search': { roles: ADMIN },
  'admin.units.update': { roles: ADMIN },
  'admin.units.deactivate': { roles: ADMIN },
  'admin.units.reactivate': { roles: ADMIN },
  'admin.users.enable': { roles: ADMIN },
  'admin.users.resetPassword': { roles: ADMIN },
  'admin.users.search': { roles: ADMIN },
  'admin.audit.forTarget': { roles: ADMIN, input: (t) => ({ targetType: 'user', targetId: t.userId }) },
  'admin.outbox.list': { roles: ADMIN },
  'notifications.list': { roles: 'signed-in' },
  'notifications.unreadCount': { roles: 'signed-in' },
  'notifications.markRead': { roles: 'signed-in', input: () => ({ all: true }) },
};

const ROLE_USERS: Record<Role, DemoUsername> = {
  SUBMITTER: 'hanoi.canbo',
  PROVINCIAL_REVIEWER: 'pc06.hanoi',
  NATIONAL_REVIEWER: 'c06.thamdinh',
  NATIONAL_ADMIN: 'c06.quantri',
};
const PERSONAL_DATA = /\d{9,12}|\+84\d{9}|@demo\.gov\.vn/;

function procedureAt(caller: unknown, path: string): (input: unknown) => Promise<unknown> {
  return path.split('.').reduce((node: any, part) => node[part], caller) as (input: unknown) => Promise<unknown>;
}

/** Quality L1: a refused mutation or personal-data read writes exactly one REFUSED audit row; other reads none. */
function mustAudit(path: string): boolean {
  const def = (appRouter._def.procedures as unknown as Record<string, { _def: { type: string; meta?: { personalData?: boolean } } }>)[path]!._def;
  return def.type === 'mutation' || def.meta?.personalData === true;
}

async function auditCount(w: World): Promise<number> {
  const row = await w.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('outcome', '=', 'REFUSED').executeTakeFirstOrThrow();
  return Number(row.n);
}

async function refusal(call: Promise<unknown>): Promise<{ appCode: string; text: string }> {
  try {
    await call;
  } catch (e) {
    const err = e as { message: string; cause?: { appCode?: string; issues?: unknown } };
    return { appCode: err.cause?.appCode ?? `TRPC:${(e as { code?: string }).code}`, text: `${err.message} ${JSON.stringify(err.cause?.issues ?? [])}` };
  }
  return { appCode: 'ACCEPTED', text: '' };
}

describe.each(testDatabases())('authorisation matrix (A1) on %s', (kind) => {
  let w: World;
  let nghean: Target;
  beforeAll(async () => {
    w = await openWorld(kind);
    // A Nghệ An dossier waiting at PC06 Nghệ An, never forwarded: outside the jurisdiction of the
    // Hà Nội submitter, PC06 Hà Nội, C06 (not yet forwarded) and the administrator.
    const d = await w.dossierOf('Hệ thống quản lý hành nghề y dược Nghệ An');
    const sys = await w.db.selectFrom('systems').select('id').where('name', '=', 'Hệ thống quản lý hành nghề y dược Nghệ An').executeTakeFirstOrThrow();
    const unitId = w.users['nghean.canbo'].unitId;
    const imp = await w.db
      .insertInto('account_imports')
      .values({ dossier_id: d.id, version: d.version, owner_unit_id: unitId, created_by: w.users['nghean.canbo'].userId, file_name: 'ds.csv', status: 'HAS_ERRORS', rows: JSON.stringify([]) })
      .returning('id')
      .executeTakeFirstOrThrow();
    nghean = { dossierId: d.id, revision: d.revision, systemId: sys.id, userId: w.users['nghean.canbo'].userId, unitId, importId: imp.id };
  });
  afterAll(async () => {
    await w?.close();
  });

  it('has a row for every procedure of the router, and no row for a procedure that does not exist', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(procedures.filter((p) => !(p in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  it('refuses every procedure but the public ones without a session', async () => {
    const anonymous = createCallerFactory(appRouter)({ db: w.db, now: w.now, session: { user: null, signIn: async () => {}, signOut: async () => {} }, requestId: 'a1', clientAddress: '127.0.0.1', idempotencyKey: null });
    let tried = 0;
    for (const [path, row] of Object.entries(MATRIX)) {
      if (row.roles === 'public') continue;
      const before = await auditCount(w);
      const r = await refusal(procedureAt(anonymous, path)(row.input?.(nghean) ?? {}));
      expect(r.appCode, path).toBe('UNAUTHENTICATED');
      expect(await auditCount(w), `audit rows for ${path}`).toBe(before + (mustAudit(path) ? 1 : 0));
      tried++;
    }
    expect(tried).toBe(Object.keys(MATRIX).length - 2);
  });

  it('refuses every role a procedure is not for', async () => {
    let tried = 0;
    for (const [path, row] of Object.entries(MATRIX)) {
      if (!Array.isArray(row.roles)) continue;
      for (const role of Object.keys(ROLE_USERS) as Role[]) {
        if (row.roles.includes(role)) continue;
        const before = await auditCount(w);
        const r = await refusal(procedureAt(w.as(ROLE_USERS[role]), path)(row.input?.(nghean) ?? {}));
        expect(r.appCode, `${path} as ${role}`).toBe('FORBIDDEN_ROLE');
        expect(await auditCount(w), `audit rows for ${path} as ${role}`).toBe(before + (mustAudit(path) ? 1 : 0));
        expect(r.text).not.toMatch(PERSONAL_DATA);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(100);
  });

  it("refuses every allowed role on another unit's or province's objects as NOT_FOUND, with no personal data", async () => {
    let tried = 0;
    for (const [path, row] of Object.entries(MATRIX)) {
      if (!row.scoped || !row.input) continue;
      const roles = row.roles === 'signed-in' ? (Object.keys(ROLE_USERS) as Role[]) : (row.roles as readonly Role[]);
      for (const role of roles) {
        const before = await auditCount(w);
        const r = await refusal(procedureAt(w.as(ROLE_USERS[role]), path)(row.input(nghean)));
        expect(r.appCode, `${path} as ${role}`).toBe('NOT_FOUND');
        expect(await auditCount(w), `audit rows for ${path} as ${role}`).toBe(before + (mustAudit(path) ? 1 : 0));
        expect(r.text).not.toMatch(PERSONAL_DATA);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(30);
    const after = await w.dossierOf('Hệ thống quản lý hành nghề y dược Nghệ An');
    expect(after.revision).toBe(nghean.revision);
  });

  it('lists and counts only what the jurisdiction allows', async () => {
    const hanoi = await w.as('pc06.hanoi').provincial.queue({ pageSize: 100 });
    expect(hanoi.items.every((i) => i.queueProvinceCode === '01')).toBe(true);
    expect(hanoi.total).toBe(hanoi.items.length);
    const ngheAn = await w.as('pc06.nghean').provincial.queue({ pageSize: 100 });
    expect(ngheAn.items.every((i) => i.queueProvinceCode === '40')).toBe(true);
    expect(ngheAn.items.map((i) => i.id)).toContain(nghean.dossierId);
    expect(hanoi.items.map((i) => i.id)).not.toContain(nghean.dossierId);
    const national = await w.as('c06.thamdinh').national.queue({ pageSize: 100 });
    const reachedC06 = await w.db
      .selectFrom('dossiers')
      .select('id')
      .where('submitted_at', 'is not', null)
      .where((eb) => eb.or([eb('route', '=', 'NATIONAL'), eb('forwarded_at', 'is not', null)]))
      .execute();
    expect(national.items.map((i) => i.id).sort()).toEqual(reachedC06.map((d) => d.id).sort());
    expect(national.total).toBe(reachedC06.length);
    expect(national.items.map((i) => i.id)).not.toContain(nghean.dossierId);
    // The tab counts come through the same filter: they add up to what the lists show.
    const hanoiCounts = await w.as('pc06.hanoi').provincial.counts();
    expect(hanoiCounts.tabs.ALL).toBe(hanoi.total);
    const nationalCounts = await w.as('c06.thamdinh').national.counts();
    expect(nationalCounts.tabs.ALL).toBe(national.total);
    expect(nationalCounts.tabs.TO_RECEIVE + nationalCounts.tabs.IN_REVIEW).toBe(national.items.filter((i) => i.status === 'NATIONAL_REVIEW').length);
    // Nor through the search, the filters or the duplicate counts: the Nghệ An dossier's own code,
    // unit and system find nothing for PC06 Hà Nội, in the list or in any count.
    const code = (await w.db.selectFrom('dossiers').select('code').where('id', '=', nghean.dossierId).executeTakeFirstOrThrow()).code;
    for (const filters of [{ q: code }, { q: 'nghe an' }, { q: 'Sở Y tế tỉnh Nghệ An' }, { unitId: nghean.unitId }, { systemId: nghean.systemId }, { provinceCode: '40' }]) {
      expect((await w.as('pc06.hanoi').provincial.queue({ ...filters, pageSize: 100 })).total, JSON.stringify(filters)).toBe(0);
      const counts = await w.as('pc06.hanoi').provincial.counts(filters);
      expect(Object.values(counts.tabs).every((n) => n === 0) && counts.overdue === 0 && counts.heldByMe === 0, JSON.stringify(filters)).toBe(true);
    }
    expect((await w.as('pc06.nghean').provincial.queue({ q: code })).items.map((i) => i.id)).toEqual([nghean.dossierId]);
    expect((await w.as('c06.thamdinh').national.queue({ q: code })).total).toBe(0);
    const submitter = await w.as('hanoi.canbo').submitter.dossiers.list({ pageSize: 100 });
    expect(submitter.items.every((i) => i.ownerUnitId === w.users['hanoi.canbo'].unitId)).toBe(true);
  });
});

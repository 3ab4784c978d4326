import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@ketnoi/db/testing';
import { allowedCommands, COMMAND_TYPES, localDate, type CommandType, type Role } from '@ketnoi/domain';
import { prepareCompleteDossier, type Caller } from '../demo/demo-seed.ts';
import demoAccounts from '../demo/demo-accounts.ts';
import { openWorld, type DemoUsername, type World } from '../testing/world.ts';
import { actorOf } from './actor.ts';
import { loadState } from './dossier-events.ts';
import { dashboardOverviewNaive } from './dashboard-naive.ts';
import { expectFiguresDrillDown } from './dashboard-drilldown.test-support.ts';
import { overviewInput } from './dashboard-schemas.ts';
import { rebuildDashboardStats } from './dashboard-stats.ts';

/**
 * Property: after any sequence of commands — accepted or refused, by any actor, on any day — the
 * aggregates the commands maintain give exactly the overview that GROUP BY over the dossiers,
 * account rows and events gives, and exactly what dashboard_rebuild() recomputes.
 * DASHBOARD_SEED=<n> replays a run.
 */
const STEPS = 360;
const CHECK_EVERY = 30;
/** The stages a run must have reached for its comparisons to mean something; a run goes on (up to 3 × STEPS) until it has. */
const MUST_REACH = ['APPROVED', 'CONNECTED', 'NATIONAL_REVIEW', 'PROVINCIAL_REVIEW', 'RETURNED'];

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

const PATHS: Record<CommandType, string> = {
  SUBMIT: 'submitter.dossiers.submit',
  RESUBMIT: 'submitter.dossiers.resubmit',
  WITHDRAW: 'submitter.dossiers.withdraw',
  CLAIM: 'national.claim',
  RELEASE: 'national.release',
  RETURN: 'national.return',
  FORWARD: 'provincial.forward',
  REJECT: 'national.reject',
  APPROVE: 'national.approve',
  RECORD_CONNECTION: 'national.recordConnection',
  SUSPEND: 'national.suspend',
  RESUME: 'national.resume',
  REVOKE: 'national.revoke',
};
const PROVINCIAL_PATHS: Partial<Record<CommandType, string>> = { CLAIM: 'provincial.claim', RELEASE: 'provincial.release', RETURN: 'provincial.return' };
const pathOf = (role: Role, command: CommandType) => (role === 'PROVINCIAL_REVIEWER' ? (PROVINCIAL_PATHS[command] ?? PATHS[command]) : PATHS[command]);

const USERS: readonly DemoUsername[] = ['boyte.canbo', 'nghean.canbo', 'hanoi.canbo', 'pc06.nghean', 'pc06.hanoi', 'c06.thamdinh', 'c06.quantri'];
const SUBMITTERS = [
  { user: 'nghean.canbo', prefix: '040' },
  { user: 'hanoi.canbo', prefix: '001' },
  { user: 'boyte.canbo', prefix: '001' },
] as const;

function call(api: Caller, path: string, input: unknown): Promise<{ status: string }> {
  return (path.split('.').reduce((node: any, part) => node[part], api) as (i: unknown) => Promise<{ status: string }>)(input);
}

/** The aggregate rows that hold something, in a stable order. */
async function aggregateRows(w: World) {
  const { rows: counts } = await sql<Record<string, unknown>>`SELECT status, province_code, central_body_id, stage_started_on, stage_due_on, dossiers, accounts
    FROM dashboard_counts WHERE dossiers <> 0 OR accounts <> 0 ORDER BY 1, 2, 3, 4, 5`.execute(w.db);
  const { rows: periods } = await sql<Record<string, unknown>>`SELECT * FROM dashboard_periods
    WHERE submitted + approved + connected + provincial_completed + provincial_on_time + national_completed + national_on_time <> 0 ORDER BY 1, 2, 3, 4`.execute(w.db);
  return { counts, periods };
}

describe.each(testDatabases())('dashboard aggregates after random commands on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await openWorld(kind);
  });
  afterAll(async () => {
    await w?.close();
  });

  it(`equal the naive GROUP BY after every ${CHECK_EVERY} of ${STEPS} random commands (more until every stage that matters is reached), and what dashboard_rebuild() recomputes`, async () => {
    const seed = Number(process.env.DASHBOARD_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const r = generator(seed);
    const c06 = w.as('c06.thamdinh');
    const scopes = [{}, { granularity: 'week', periods: 10 }, { provinceCode: '40' }, { provinceCode: '01' }, { centralBodyId: w.users['boyte.canbo'].unitId }] as const;
    let clock = w.now().getTime();
    let decisions = 0;
    let accepted = 0;
    let refused = 0;
    let checks = 0;
    const seen = new Set<string>();

    const compare = async (when: string) => {
      for (const scope of scopes) {
        const input = overviewInput.parse(scope);
        expect(await c06.national.dashboard.overview(scope), `seed ${seed}, ${when}, ${JSON.stringify(scope)}`).toEqual(await dashboardOverviewNaive(w.db, input, w.now()));
        checks += 1;
      }
      // Overdue and ages depend on the day seen: look three weeks ahead too.
      const start = w.now();
      w.setNow(new Date(start.getTime() + 21 * 86_400_000));
      try {
        expect(await c06.national.dashboard.overview({ granularity: 'week', periods: 4 }), `seed ${seed}, ${when}, 3 weeks later`).toEqual(
          await dashboardOverviewNaive(w.db, overviewInput.parse({ granularity: 'week', periods: 4 }), w.now()),
        );
        checks += 1;
      } finally {
        w.setNow(start);
      }
    };

    const reachedAll = () => MUST_REACH.every((status) => seen.has(status));
    let steps = 0;
    for (let step = 1; step <= STEPS || (!reachedAll() && step <= 3 * STEPS); step += 1) {
      steps = step;
      const roll = r.next();
      clock += roll < 0.75 ? r.int(6 * 3_600_000) : roll < 0.97 ? 86_400_000 + r.int(86_400_000) : (5 + r.int(8)) * 86_400_000;
      w.setNow(new Date(clock));
      const today = localDate(w.now().toISOString());
      const action = r.next();
      const act = async () => {
        if (action < 0.07) {
          const { user, prefix } = r.pick(SUBMITTERS);
          await prepareCompleteDossier(w.as(user), { systemName: `Hệ thống thử ${step}`, birthPrefix: prefix, submit: r.next() < 0.85 });
          accepted += 1;
          return;
        }
        const dossiers = await w.db.selectFrom('dossiers').select(['id', 'revision', 'owner_unit_id']).orderBy('code').execute();
        const dossier = r.pick(dossiers);
        if (action < 0.09) {
          const owner = SUBMITTERS.find((s) => w.users[s.user].unitId === dossier.owner_unit_id);
          if (owner) {
            const draft = await w.as(owner.user).submitter.dossiers.createAmendment({ idempotencyKey: randomUUID(), dossierId: dossier.id });
            await w.as(owner.user).submitter.dossiers.submit({ dossierId: draft.dossierId, expectedRevision: draft.revision, idempotencyKey: randomUUID() });
            accepted += 1;
          }
          return;
        }
        const { state } = await loadState(w.db, dossier.id);
        const owner = SUBMITTERS.find((s) => w.users[s.user].unitId === dossier.owner_unit_id);
        if (owner && (state.status === 'RETURNED' || state.status === 'DRAFT') && r.next() < 0.4) {
          // The unit changes its list before (re)submitting: the counted accounts follow the version.
          await w.as(owner.user).submitter.dossiers.replaceAccounts({ dossierId: dossier.id, expectedRevision: dossier.revision, idempotencyKey: randomUUID(), rows: demoAccounts(owner.prefix).slice(0, 1 + r.int(5)) });
          accepted += 1;
          return;
        }
        const allowed = USERS.flatMap((u) => allowedCommands(state, actorOf(w.users[u])).map((command) => ({ user: u, command })));
        const chosen = allowed.length > 0 && r.next() < 0.85 ? r.pick(allowed) : { user: r.pick(USERS), command: r.pick(COMMAND_TYPES) };
        const stale = r.next() < 0.03;
        const target = { dossierId: dossier.id, expectedRevision: stale ? dossier.revision - 1 : dossier.revision, idempotencyKey: randomUUID() };
        decisions += 1;
        const fields: Record<CommandType, object> = {
          SUBMIT: {},
          RESUBMIT: {},
          WITHDRAW: {},
          CLAIM: {},
          RELEASE: {},
          RETURN: { deficiencies: [{ part: 'ORG_COMMITMENT', reason: 'Bản cam kết chưa có dấu của đơn vị.' }] },
          FORWARD: { opinion: { checklist: { ORG_COMMITMENT: 'OK', ACCOUNT_LIST: 'OK', SERVICE_REGISTRATION: 'OK', SECURITY_CONFIRMATION: 'OK' }, recommendation: 'APPROVE', note: 'Đủ điều kiện.' } },
          REJECT: { reason: 'Hệ thống không đạt yêu cầu bảo mật.' },
          APPROVE: { decision: { numberAndSymbol: `${decisions}/C06-TTDLDC`, issuedOn: today } },
          RECORD_CONNECTION: { connectedOn: today, channel: 'NDXP', technicalReference: `NDXP-${decisions}` },
          SUSPEND: { reason: 'Tạm dừng để kiểm tra an ninh.' },
          RESUME: {},
          REVOKE: { reason: 'Thu hồi theo đề nghị của đơn vị.' },
        };
        seen.add((await call(w.as(chosen.user), pathOf(w.users[chosen.user].role, chosen.command), { ...target, ...fields[chosen.command] })).status);
        accepted += 1;
      };
      try {
        await act();
      } catch (e) {
        // Refusals (role, jurisdiction, transition, stale revision) must leave every figure as it was.
        const code = (e as { cause?: { appCode?: string }; code?: string }).cause?.appCode ?? (e as { code?: string }).code;
        expect(['FORBIDDEN_ROLE', 'NOT_FOUND', 'DOMAIN_REFUSED', 'VERSION_CONFLICT', 'BAD_REQUEST'], `seed ${seed}, step ${step}: ${String(e)}`).toContain(code);
        refused += 1;
      }
      if (step % CHECK_EVERY === 0) await compare(`step ${step}`);
    }

    // Enough happened for the comparison to mean something.
    expect(accepted, `seed ${seed}`).toBeGreaterThan(STEPS / 4);
    expect(refused, `seed ${seed}`).toBeGreaterThan(5);
    expect([...seen].sort(), `seed ${seed}`).toEqual(expect.arrayContaining(MUST_REACH));
    expect(seen.size, `seed ${seed}: ${[...seen].join(', ')}`).toBeGreaterThanOrEqual(7);
    expect(checks).toBe(Math.floor(steps / CHECK_EVERY) * (scopes.length + 1));

    // The maintained rows are the rebuilt rows, and the figures still drill down to their dossiers.
    const maintained = await aggregateRows(w);
    const empty = await w.db.selectFrom('dashboard_counts').select((eb) => eb.fn.countAll<number>().as('n')).where('dossiers', '=', 0).where('accounts', '=', 0).executeTakeFirstOrThrow();
    expect(Number(empty.n), 'figures left empty are deleted').toBe(0);
    await rebuildDashboardStats(w.db);
    expect(await aggregateRows(w), `seed ${seed}`).toEqual(maintained);
    expect(maintained.counts.length).toBeGreaterThan(5);
    expect(await expectFiguresDrillDown(c06, await c06.national.dashboard.overview({}))).toBeGreaterThan(50);
  });
});

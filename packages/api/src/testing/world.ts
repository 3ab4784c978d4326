import { findUserForLogin } from '@ketnoi/db';
import { openTestDatabase, type TestDatabase } from '@ketnoi/db/testing';
import type { SessionUser } from '../context.ts';
import { callerAs, DEMO_LOGINS, seedDemo } from '../demo/demo-seed.ts';

export type DemoUsername = (typeof DEMO_LOGINS.users)[number]['username'];

/**
 * A test world: a fresh database of the given kind with the demo set created through the real
 * router, a settable clock, and callers as each demo user.
 */
export async function openWorld(kind: TestDatabase['kind']) {
  const t = await openTestDatabase(kind);
  let clock = new Date('2026-11-25T02:00:00.000Z'); // a Wednesday, 09:00 in Hà Nội
  const now = () => clock;
  await seedDemo(t.db, now);
  const users = {} as Record<DemoUsername, SessionUser>;
  for (const { username } of DEMO_LOGINS.users) {
    const u = await findUserForLogin(t.db, username);
    if (!u) throw new Error(`demo user ${username} missing`);
    users[username] = { userId: u.id, username: u.username, displayName: u.displayName, role: u.role, unitId: u.unitId, unitName: u.unitName, provinceCode: u.provinceCode };
  }
  return {
    ...t,
    users,
    now,
    setNow: (d: Date) => {
      clock = d;
    },
    as: (username: DemoUsername) => callerAs(t.db, now, users[username]),
    /** The first demo dossier of a system, by the system's name (amendments come later). */
    dossierOf: async (systemName: string) =>
      t.db
        .selectFrom('dossiers')
        .innerJoin('systems', 'systems.id', 'dossiers.system_id')
        .select(['dossiers.id', 'dossiers.revision', 'dossiers.status', 'dossiers.version'])
        .where('systems.name', '=', systemName)
        .orderBy('dossiers.created_at')
        .orderBy('dossiers.code')
        .executeTakeFirstOrThrow(),
  };
}

export type World = Awaited<ReturnType<typeof openWorld>>;

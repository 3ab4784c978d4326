import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';

/** Something the server needs in order to serve: it resolves when usable, throws otherwise. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

/**
 * `GET /ready`: 200 `{ status: 'ready' }` when the database answers and every extra check passes
 * (the job queue registers its own through `AppOptions.readinessChecks`), else 503 with the names
 * of the checks that failed — never their error messages.
 */
export function registerReadiness(app: FastifyInstance, db: Kysely<Database>, extra: readonly ReadinessCheck[] = []): void {
  const checks: ReadinessCheck[] = [
    {
      name: 'database',
      async check() {
        await sql`select 1`.execute(db);
      },
    },
    ...extra,
  ];
  app.get('/ready', async (req, reply) => {
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await check();
          return null;
        } catch (e) {
          req.log.warn({ check: name, err: e }, 'readiness check failed');
          return name;
        }
      }),
    );
    const failed = results.filter((n): n is string => n !== null);
    if (failed.length > 0) return reply.code(503).send({ status: 'unavailable', failed });
    return { status: 'ready' };
  });
}

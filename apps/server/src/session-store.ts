import type { Kysely } from 'kysely';
import type { Session } from 'fastify';
import { destroySession, getSession, setSession } from '@ketnoi/db';
import type { Database, JsonValue } from '@ketnoi/db';

type Callback = (err?: unknown) => void;
type CallbackSession = (err: unknown, result?: Session | null) => void;

/**
 * @fastify/session store backed by the `sessions` table: sessions survive restarts and are shared
 * by every server process, and revoking them (user disabled or moved) takes effect at once.
 */
export class DatabaseSessionStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly absoluteTimeoutMs: number,
    private readonly now: () => Date,
  ) {}

  set(sid: string, session: Session, callback: Callback): void {
    const data = JSON.parse(JSON.stringify(session)) as Record<string, unknown>;
    const user = data['user'] as { userId?: string } | undefined;
    const createdAt = typeof data['createdAt'] === 'number' ? data['createdAt'] : this.now().getTime();
    // Only signed-in sessions are stored (saveUninitialized: false); anything else is dropped.
    if (!user?.userId) return callback();
    setSession(this.db, sid, data as JsonValue, new Date(createdAt + this.absoluteTimeoutMs), user.userId).then(
      () => callback(),
      (err: unknown) => callback(err),
    );
  }

  get(sid: string, callback: CallbackSession): void {
    getSession(this.db, sid, this.now()).then(
      (stored) => callback(null, stored ? (stored.data as unknown as Session) : null),
      (err: unknown) => callback(err),
    );
  }

  destroy(sid: string, callback: Callback): void {
    destroySession(this.db, sid).then(
      () => callback(),
      (err: unknown) => callback(err),
    );
  }
}

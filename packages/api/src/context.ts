import type { Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import type { Role } from '@ketnoi/domain';

/** Who is signed in, as stored in the session. Refreshed by revoking sessions when the user changes (A3). */
export interface SessionUser {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitId: string;
  readonly unitName: string;
  /** The province of the user's unit (PC06 and local owner units); null for central units and C06. */
  readonly provinceCode: string | null;
}

/** What the HTTP host gives the API for the session: the API never sees cookies or Fastify. */
export interface SessionPort {
  readonly user: SessionUser | null;
  /** Starts a session for the user under a NEW session id (prevents fixation). */
  signIn(user: SessionUser): Promise<void>;
  signOut(): Promise<void>;
}

export interface ApiDeps {
  readonly db: Kysely<Database>;
  /** The clock, injectable for tests and deadlines. */
  readonly now: () => Date;
  /**
   * How long (ms) a READING account import may go unheard of before `accountImports.get` reports it
   * interrupted (IMPORT_INTERRUPTED): its reader died with its process. Default STALE_IMPORT_MS (120 s).
   */
  readonly importStaleMs?: number | undefined;
}

export interface Context extends ApiDeps {
  readonly session: SessionPort;
  readonly requestId: string;
  /** Client address, used only to throttle failed logins. */
  readonly clientAddress: string;
  /** Idempotency-Key header of a mutation, when sent. */
  readonly idempotencyKey: string | null;
}

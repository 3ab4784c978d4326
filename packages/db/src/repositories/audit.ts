import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { AuditLogRow, AuditOutcome, Database, JsonValue } from '../schema.js';

/** One audit row (quality.md L1: who, role, unit, when, what, outcome). No personal data in details. */
export interface AuditEntry {
  actorUserId?: string | null;
  actorRole?: string | null;
  actorUnitId?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  outcome: AuditOutcome;
  details?: { readonly [key: string]: JsonValue };
  requestId?: string | null;
  /** Defaults to the database's now(). */
  occurredAt?: string | Date;
}

export interface AppendedAudit {
  readonly id: number;
  readonly occurredAt: string;
}

/**
 * Appends one row to the hash chain. Pass the transaction of the change being audited, so that the
 * change and its audit row commit together (architecture.md: persist events + audit in ONE
 * transaction). The trigger assigns id, prev_hash and row_hash; it holds the chain lock until commit.
 */
export async function appendAudit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry): Promise<AppendedAudit> {
  const row = await db
    .insertInto('audit_log')
    .values(auditRow(entry))
    .returning(['id', 'occurred_at'])
    .executeTakeFirstOrThrow();
  return { id: row.id, occurredAt: row.occurred_at };
}

/**
 * Appends several rows in one statement (one chain lock, one commit): the audit writer's group
 * commit for rows that are not part of a change (reads of personal data, refusals). The trigger
 * chains them in the order given.
 */
export async function appendAuditBatch(db: Kysely<Database> | Transaction<Database>, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insertInto('audit_log').values(entries.map(auditRow)).execute();
}

function auditRow(entry: AuditEntry) {
  return {
    actor_user_id: entry.actorUserId ?? null,
    actor_role: entry.actorRole ?? null,
    actor_unit_id: entry.actorUnitId ?? null,
    action: entry.action,
    target_type: entry.targetType ?? null,
    target_id: entry.targetId ?? null,
    outcome: entry.outcome,
    details: JSON.stringify(entry.details ?? {}),
    request_id: entry.requestId ?? null,
    ...(entry.occurredAt !== undefined ? { occurred_at: entry.occurredAt } : {}),
  };
}

export type AuditChainVerdict =
  | { readonly ok: true; readonly rows: number }
  | { readonly ok: false; readonly rows: number; readonly firstBrokenId: number; readonly reason: 'HASH_MISMATCH' | 'PREV_MISMATCH' };

/**
 * Recomputes the chain in SQL (the same audit_row_hash the trigger used) and names the first
 * broken row (quality.md L2). A row whose own fields were altered gives HASH_MISMATCH at that row;
 * a row removed or inserted out of the chain gives PREV_MISMATCH at the row after the gap.
 */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditChainVerdict> {
  const { rows } = await sql<{ rows: number; first_broken_id: number | null; reason: 'HASH_MISMATCH' | 'PREV_MISMATCH' | null }>`
    WITH chain AS (
      SELECT a.id,
             a.prev_hash,
             a.row_hash,
             coalesce(lag(a.row_hash) OVER (ORDER BY a.id), decode(repeat('00', 32), 'hex')) AS expected_prev,
             audit_row_hash(a.prev_hash, a) AS expected_hash
        FROM audit_log a
    ),
    broken AS (
      SELECT id,
             CASE WHEN prev_hash IS DISTINCT FROM expected_prev THEN 'PREV_MISMATCH' ELSE 'HASH_MISMATCH' END AS reason
        FROM chain
       WHERE prev_hash IS DISTINCT FROM expected_prev OR row_hash IS DISTINCT FROM expected_hash
       ORDER BY id
       LIMIT 1
    )
    SELECT (SELECT count(*) FROM audit_log)::int AS rows,
           (SELECT id FROM broken) AS first_broken_id,
           (SELECT reason FROM broken) AS reason
  `.execute(db);
  const r = rows[0];
  const count = r?.rows ?? 0;
  if (r === undefined || r.first_broken_id === null || r.reason === null) return { ok: true, rows: count };
  return { ok: false, rows: count, firstBrokenId: Number(r.first_broken_id), reason: r.reason };
}

/** Audit rows about one target, oldest first (a dossier's history, a user's administration). */
export async function listAuditForTarget(db: Kysely<Database>, targetType: string, targetId: string): Promise<AuditLogRow[]> {
  return db.selectFrom('audit_log').selectAll().where('target_type', '=', targetType).where('target_id', '=', targetId).orderBy('id').execute();
}

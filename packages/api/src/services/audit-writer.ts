import type { Kysely } from 'kysely';
import { appendAuditBatch, type AuditEntry, type Database } from '@ketnoi/db';

/**
 * Group commit for audit rows that are not part of a change (reads of personal data, refusals).
 * The chain is serial — one lock, held until commit — so one row per commit caps every audited
 * read at the rate of commits. Here each caller still waits until its row is committed (nothing is
 * answered before its audit row is durable), but the rows that arrive while a commit is running go
 * together in the next one.
 */
export class AuditWriter {
  private pending: { entry: AuditEntry; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private running: Promise<void> | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  write(entry: AuditEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ entry, resolve, reject });
      this.running ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    // Let the rows of the same turn of the event loop join the first batch.
    await new Promise((r) => setImmediate(r));
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, 500);
      try {
        await appendAuditBatch(this.db, batch.map((b) => b.entry));
        for (const b of batch) b.resolve();
      } catch (e) {
        for (const b of batch) b.reject(e);
      }
    }
    this.running = null;
  }
}

const writers = new WeakMap<Kysely<Database>, AuditWriter>();

/** One writer per database handle, shared by every request of the process. */
export function auditWriterFor(db: Kysely<Database>): AuditWriter {
  let writer = writers.get(db);
  if (!writer) {
    writer = new AuditWriter(db);
    writers.set(db, writer);
  }
  return writer;
}

import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@ketnoi/db';
import { causeKeys, enqueueJobs, JOB_QUEUES } from './jobs-outbox.ts';
import type { NotificationKind, NotificationText } from './notifications-text.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface NotificationDraft extends NotificationText {
  readonly recipientUserId: string;
  readonly dossierId: string | null;
  readonly kind: NotificationKind;
  /** What caused it; a recipient gets one notification per cause, however often it is stored. */
  readonly causeKey: string;
}

/**
 * Stores notifications in the caller's transaction, and for each recipient with an email address
 * the email and the job that sends it (or, without SMTP, keeps it for the administrator). A
 * notification already stored for its recipient and cause is left as it is, and so is its email.
 * Returns how many notifications were new.
 */
export async function storeNotifications(db: Db, drafts: readonly NotificationDraft[], now: Date): Promise<number> {
  if (drafts.length === 0) return 0;
  const stored = await db
    .insertInto('notifications')
    .values(
      drafts.map((d) => ({
        recipient_user_id: d.recipientUserId,
        dossier_id: d.dossierId,
        kind: d.kind,
        title: d.title,
        body: d.body,
        cause_key: d.causeKey,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['recipient_user_id', 'cause_key']).doNothing())
    .returning(['id', 'recipient_user_id', 'title', 'body'])
    .execute();
  if (stored.length === 0) return 0;
  const addresses = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('id', 'in', [...new Set(stored.map((n) => n.recipient_user_id))])
    .where('active', '=', true)
    .where('email', 'is not', null)
    .execute();
  const emailOf = new Map(addresses.map((a) => [a.id, a.email!]));
  const emails = stored
    .filter((n) => emailOf.has(n.recipient_user_id))
    .map((n) => ({
      notification_id: n.id,
      recipient_user_id: n.recipient_user_id,
      to_address: emailOf.get(n.recipient_user_id)!,
      subject: `[ketnoi] ${n.title}`,
      body: `${n.body}\n\n— Hệ thống ketnoi (thư tự động, vui lòng không trả lời).`,
      created_at: now,
    }));
  if (emails.length > 0) {
    const ids = await db.insertInto('email_outbox').values(emails).returning('id').execute();
    await enqueueJobs(
      db,
      ids.map(({ id }) => ({ causeKey: causeKeys.email(id), queue: JOB_QUEUES.email, payload: { emailId: id }, runAt: now })),
    );
  }
  return stored.length;
}

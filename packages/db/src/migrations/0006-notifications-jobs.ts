import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Notifications, their emails, the jobs caused by changes, and the flags those jobs raise (issue 6).
 *
 * - notifications: one row per recipient and cause; (recipient, cause_key) is unique so a cause
 *   never notifies a person twice. Texts are Vietnamese and never carry an ID number or phone.
 * - email_outbox: the email of a notification for a recipient with an address. Sent through SMTP
 *   by a job when SMTP is configured; otherwise kept here for an administrator to read.
 * - job_outbox: the transactional outbox of background jobs. A change writes its jobs here in its
 *   own transaction (a rolled-back change leaves none); the worker moves due rows into the queue
 *   (pg-boss) and the handler marks its row finished in the transaction of its effect. The cause
 *   key is the primary key: one cause, one job, whatever enqueues it again.
 * - dossier_flags: what the jobs found (a review stage overdue, a security confirmation lapsed),
 *   one per dossier, kind and subject (the stage's due date or the confirmation's end of validity).
 *
 * Users already have a nullable email (0001). FROZEN once released.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE notifications (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     recipient_user_id uuid NOT NULL REFERENCES users(id),
     dossier_id uuid NULL REFERENCES dossiers(id),
     kind text NOT NULL,
     title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
     body text NOT NULL CHECK (length(body) <= 8000),
     cause_key text NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     read_at timestamptz NULL,
     UNIQUE (recipient_user_id, cause_key)
   )`.execute(db);
  await sql`CREATE INDEX notifications_recipient ON notifications (recipient_user_id, created_at DESC, id)`.execute(db);
  await sql`CREATE INDEX notifications_unread ON notifications (recipient_user_id) WHERE read_at IS NULL`.execute(db);

  await sql`CREATE TABLE email_outbox (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     notification_id uuid NOT NULL UNIQUE REFERENCES notifications(id),
     recipient_user_id uuid NOT NULL REFERENCES users(id),
     to_address text NOT NULL,
     subject text NOT NULL,
     body text NOT NULL,
     status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'KEPT')),
     attempts integer NOT NULL DEFAULT 0,
     last_error text NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     sent_at timestamptz NULL
   )`.execute(db);
  await sql`CREATE INDEX email_outbox_created ON email_outbox (created_at DESC, id)`.execute(db);

  await sql`CREATE TABLE job_outbox (
     cause_key text PRIMARY KEY CHECK (length(cause_key) BETWEEN 1 AND 300),
     queue text NOT NULL,
     payload jsonb NOT NULL,
     run_at timestamptz NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     queued_at timestamptz NULL,
     finished_at timestamptz NULL,
     outcome text NULL
   )`.execute(db);
  await sql`CREATE INDEX job_outbox_due ON job_outbox (run_at) WHERE queued_at IS NULL`.execute(db);

  await sql`CREATE TABLE dossier_flags (
     dossier_id uuid NOT NULL REFERENCES dossiers(id),
     kind text NOT NULL CHECK (kind IN ('STAGE_OVERDUE', 'RECERTIFICATION_DUE')),
     subject text NOT NULL,
     raised_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (dossier_id, kind, subject)
   )`.execute(db);

  // On PostgreSQL the application role needs the new tables too (PGlite has no roles).
  await sql`DO $do$ BEGIN
     IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ketnoi_app') THEN
       GRANT SELECT, INSERT, UPDATE, DELETE ON notifications, email_outbox, job_outbox, dossier_flags TO ketnoi_app;
     END IF;
   END $do$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS dossier_flags`.execute(db);
  await sql`DROP TABLE IF EXISTS job_outbox`.execute(db);
  await sql`DROP TABLE IF EXISTS email_outbox`.execute(db);
  await sql`DROP TABLE IF EXISTS notifications`.execute(db);
}

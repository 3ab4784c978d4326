import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The national dashboard's aggregates (issue 5, quality.md P3): small tables kept in step with the
 * dossiers by the command that changes them, in the same transaction, so the overview reads a few
 * hundred rows instead of grouping 100,000 dossiers and 1,000,000 account rows.
 *
 * - dashboard_counts: submitted dossiers (submitted_at set) and the account rows of their current
 *   version, per status, queue province (local route) or owner unit (central route), and — for a
 *   running review — the local day the stage started and its due date, so that "overdue" and the
 *   age of open dossiers are computed for any day from a handful of rows.
 * - dashboard_periods: per week (from Monday) and per month of local days (Asia/Ho_Chi_Minh), and
 *   the same province or central body: first submissions, approvals, connections recorded, and
 *   review stages completed (forwarded, returned, rejected or approved), with how many of those
 *   were completed by their due date. A year of the country is a few hundred rows per granularity.
 *
 * dashboard_rebuild() recomputes both from dossiers, account_rows and dossier_events (the backfill
 * below, and a repair should the tables ever be suspected). FROZEN once released.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE dashboard_counts (
     status text NOT NULL,
     province_code text NULL,
     central_body_id uuid NULL,
     stage_started_on date NULL,
     stage_due_on date NULL,
     dossiers integer NOT NULL DEFAULT 0,
     accounts bigint NOT NULL DEFAULT 0,
     CONSTRAINT dashboard_counts_key UNIQUE NULLS NOT DISTINCT (status, province_code, central_body_id, stage_started_on, stage_due_on)
   )`.execute(db);
  await sql`CREATE TABLE dashboard_periods (
     granularity text NOT NULL CHECK (granularity IN ('week', 'month')),
     period_start date NOT NULL,
     province_code text NULL,
     central_body_id uuid NULL,
     submitted integer NOT NULL DEFAULT 0,
     approved integer NOT NULL DEFAULT 0,
     connected integer NOT NULL DEFAULT 0,
     provincial_completed integer NOT NULL DEFAULT 0,
     provincial_on_time integer NOT NULL DEFAULT 0,
     national_completed integer NOT NULL DEFAULT 0,
     national_on_time integer NOT NULL DEFAULT 0,
     CONSTRAINT dashboard_periods_key UNIQUE NULLS NOT DISTINCT (granularity, period_start, province_code, central_body_id)
   )`.execute(db);
  // Drill-down of a period ("approved in March") finds the events of one type by time.
  await sql`CREATE INDEX dossier_events_type_time ON dossier_events (type, occurred_at)`.execute(db);

  await sql`CREATE FUNCTION dashboard_rebuild() RETURNS void
   LANGUAGE plpgsql AS $fn$
   BEGIN
     DELETE FROM dashboard_counts;
     DELETE FROM dashboard_periods;
     INSERT INTO dashboard_counts (status, province_code, central_body_id, stage_started_on, stage_due_on, dossiers, accounts)
     SELECT d.status,
            d.queue_province_code,
            CASE WHEN d.route = 'NATIONAL' THEN d.owner_unit_id END,
            (d.stage_started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
            d.stage_due_on,
            count(*),
            coalesce(sum(a.n), 0)
       FROM dossiers d
       LEFT JOIN (SELECT r.dossier_id, r.version, count(*) AS n FROM account_rows r GROUP BY r.dossier_id, r.version) a
         ON a.dossier_id = d.id AND a.version = d.version
      WHERE d.submitted_at IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5;

     INSERT INTO dashboard_periods (granularity, period_start, province_code, central_body_id, submitted, approved, connected,
                                    provincial_completed, provincial_on_time, national_completed, national_on_time)
     SELECT g.granularity,
            date_trunc(g.granularity, k.day::timestamp)::date,
            CASE WHEN k.routing->>'route' = 'PROVINCIAL' THEN k.routing->>'queueProvinceCode' END,
            CASE WHEN k.routing->>'route' = 'NATIONAL' THEN k.owner_unit_id END,
            count(*) FILTER (WHERE k.type = 'SUBMITTED'),
            count(*) FILTER (WHERE k.type = 'APPROVED'),
            count(*) FILTER (WHERE k.type = 'CONNECTION_RECORDED'),
            count(*) FILTER (WHERE k.stage->>'kind' = 'PROVINCIAL'),
            count(*) FILTER (WHERE k.stage->>'kind' = 'PROVINCIAL' AND k.day <= (k.stage->>'dueOn')::date),
            count(*) FILTER (WHERE k.stage->>'kind' = 'NATIONAL'),
            count(*) FILTER (WHERE k.stage->>'kind' = 'NATIONAL' AND k.day <= (k.stage->>'dueOn')::date)
       FROM (
         SELECT e.type, (e.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, d.owner_unit_id, r.routing, s.stage
           FROM dossier_events e
           JOIN dossiers d ON d.id = e.dossier_id
           -- the routing in force after the event: the latest event that carries one
           CROSS JOIN LATERAL (
             SELECT p.payload->'routing' AS routing FROM dossier_events p
              WHERE p.dossier_id = e.dossier_id AND p.seq <= e.seq AND p.type IN ('CREATED', 'SUBMITTED', 'RESUBMITTED')
              ORDER BY p.seq DESC LIMIT 1
           ) r
           -- the stage an ending event completes: the latest one started before it
           LEFT JOIN LATERAL (
             SELECT p.payload->'stage' AS stage FROM dossier_events p
              WHERE p.dossier_id = e.dossier_id AND p.seq < e.seq AND p.type IN ('SUBMITTED', 'RESUBMITTED', 'FORWARDED')
              ORDER BY p.seq DESC LIMIT 1
           ) s ON e.type IN ('FORWARDED', 'RETURNED', 'REJECTED', 'APPROVED')
          WHERE e.type IN ('SUBMITTED', 'APPROVED', 'CONNECTION_RECORDED', 'FORWARDED', 'RETURNED', 'REJECTED')
       ) k
      CROSS JOIN (VALUES ('week'), ('month')) AS g(granularity)
      GROUP BY 1, 2, 3, 4;
   END
   $fn$`.execute(db);
  await sql`SELECT dashboard_rebuild()`.execute(db);

  // On PostgreSQL the application role needs the new tables too (PGlite has no roles).
  await sql`DO $do$ BEGIN
     IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ketnoi_app') THEN
       GRANT SELECT, INSERT, UPDATE, DELETE ON dashboard_counts, dashboard_periods TO ketnoi_app;
     END IF;
   END $do$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP FUNCTION IF EXISTS dashboard_rebuild()`.execute(db);
  await sql`DROP INDEX IF EXISTS dossier_events_type_time`.execute(db);
  await sql`DROP TABLE IF EXISTS dashboard_periods`.execute(db);
  await sql`DROP TABLE IF EXISTS dashboard_counts`.execute(db);
}

/**
 * A country's worth of dossiers for P3, written with INSERT … SELECT generate_series in the
 * database itself (seconds, not the hours the router would take): owner units in the 34 provinces
 * and the seeded central bodies, systems, dossiers in every status with the projection, event log
 * and account rows they would have — consistent with each other as the router writes them:
 *
 * - the route follows the owner unit (central → C06, local → the PC06 of its province);
 * - events: CREATED, SUBMITTED (with the stage), FORWARDED for local dossiers that reached C06,
 *   then RETURNED / WITHDRAWN / REJECTED / APPROVED → CONNECTION_RECORDED → SUSPENDED / REVOKED
 *   as the status says; payloads carry the routing and the stages (due dates 3 working days ≈ 5
 *   calendar days at PC06, 5 ≈ 7 at C06); decisions come 1–9 days after a stage started, so
 *   some are late;
 * - open dossiers (at PC06 or C06) started their stage in the last 3 weeks, so some are overdue;
 *   the others were created over the last two years;
 * - 1–(2×average−1) account rows per dossier, unique ID numbers and usernames within it.
 *
 * The dashboard's aggregates are then built by dashboard_rebuild(), as for any bulk load.
 * Deterministic for the same sizes (setseed, hashtext of ids).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';

export interface NationalSeedOptions {
  readonly dossiers: number;
  /** Account rows in all (about dossiers × 10 at national scale). */
  readonly accounts: number;
  /** The day the data ends: the benchmark's "now". */
  readonly now: Date;
}

export interface NationalSeedReport {
  readonly units: number;
  readonly systems: number;
  readonly dossiers: number;
  readonly accounts: number;
  readonly events: number;
  readonly byStatus: Readonly<Record<string, number>>;
}

/** The actor recorded on seeded events (no foreign key: events keep ids, not rows). */
const SEED_ACTOR = '00000000-0000-4000-8000-00000000c006';

export async function seedNationalScale(db: Kysely<Database>, options: NationalSeedOptions, log: (line: string) => void = () => {}): Promise<NationalSeedReport> {
  const n = Math.max(1, Math.round(options.dossiers));
  const perDossier = Math.max(1, options.accounts / n);
  const maxAccounts = Math.max(1, Math.round(2 * perDossier - 1));
  const systems = Math.max(1, Math.round(n / 5));
  const unitsPerProvince = Math.max(1, Math.round(n / 100 / 34));
  const now = sql.lit(options.now.toISOString());
  // One connection for the whole seed, so that setseed() holds for every random() after it.
  return db.connection().execute(async (conn) => {
    const step = async (label: string, statement: ReturnType<typeof sql>) => {
      const started = performance.now();
      await statement.execute(conn);
      log(`    ${label} (${Math.round(performance.now() - started)} ms)`);
    };
    await sql`SELECT setseed(0.42)`.execute(conn);

    await step(
      `owner units: ${unitsPerProvince} per province`,
      sql`INSERT INTO units (kind, level, province_code, name, parent_body)
          SELECT 'OWNER', 'LOCAL', p.code, 'Sở ngành thử ' || g || ' – ' || p.name, 'UBND ' || p.name
            FROM provinces p CROSS JOIN generate_series(1, ${sql.lit(unitsPerProvince)}) g
           WHERE p.valid_to IS NULL`,
    );
    await step(
      `${systems} systems (a quarter central)`,
      sql`WITH local_units AS (SELECT array_agg(id ORDER BY id) AS ids FROM units WHERE kind = 'OWNER' AND level = 'LOCAL'),
               central_units AS (SELECT array_agg(id ORDER BY id) AS ids FROM units WHERE kind = 'OWNER' AND level = 'CENTRAL')
          INSERT INTO systems (owner_unit_id, name, purpose, host, operator, security_level, security_level_decision, connection_channel)
          SELECT CASE WHEN g % 4 = 0 THEN c.ids[1 + (g * 7919) % cardinality(c.ids)] ELSE l.ids[1 + (g * 7919) % cardinality(l.ids)] END,
                 'Hệ thống thông tin thử ' || g, 'Giải quyết thủ tục hành chính', 'ht' || g || '.gov.vn', 'Trung tâm Chuyển đổi số', 3, '125/QĐ-STTTT',
                 CASE WHEN g % 4 = 0 THEN 'NDXP' ELSE 'LGSP' END
            FROM generate_series(1, ${sql.lit(systems)}) g, local_units l, central_units c`,
    );
    await step(
      `${n} dossiers`,
      sql`WITH sys AS (
            SELECT s.id, s.owner_unit_id, u.level, u.province_code, (row_number() OVER (ORDER BY s.id)) - 1 AS i
              FROM systems s JOIN units u ON u.id = s.owner_unit_id
          ),
          drawn AS (
            SELECT g, random() AS r, random() AS t, random() AS f FROM generate_series(1, ${sql.lit(n)}) g
          ),
          planned AS (
            SELECT d.g, sys.id AS system_id, sys.owner_unit_id, sys.level, sys.province_code, d.t, d.f,
                   CASE
                     WHEN d.r < 0.10 THEN 'DRAFT'
                     WHEN d.r < 0.18 THEN CASE WHEN sys.level = 'LOCAL' THEN 'PROVINCIAL_REVIEW' ELSE 'NATIONAL_REVIEW' END
                     WHEN d.r < 0.24 THEN 'NATIONAL_REVIEW'
                     WHEN d.r < 0.32 THEN 'RETURNED'
                     WHEN d.r < 0.37 THEN 'APPROVED'
                     WHEN d.r < 0.85 THEN 'CONNECTED'
                     WHEN d.r < 0.87 THEN 'SUSPENDED'
                     WHEN d.r < 0.90 THEN 'REJECTED'
                     WHEN d.r < 0.93 THEN 'WITHDRAWN'
                     WHEN d.r < 0.94 THEN 'REVOKED'
                     ELSE 'CONNECTED'
                   END AS status
              FROM drawn d JOIN sys ON sys.i = d.g % ${sql.lit(systems)}
          ),
          timed AS (
            SELECT p.*,
                   -- open stages started in the last 3 weeks (more of them recently); the rest over two years
                   CASE WHEN p.status IN ('PROVINCIAL_REVIEW', 'NATIONAL_REVIEW')
                        THEN ${now}::timestamptz - interval '1 minute' * floor(p.t * p.t * 21 * 1440)
                        ELSE ${now}::timestamptz - interval '1 minute' * floor((90 + p.t * 640) * 1440) END AS base_at,
                   p.level = 'LOCAL' AND (p.status IN ('NATIONAL_REVIEW', 'APPROVED', 'CONNECTED', 'SUSPENDED', 'REJECTED', 'REVOKED')
                                          OR (p.status IN ('RETURNED', 'WITHDRAWN') AND p.f < 0.3)) AS forwarded
              FROM planned p
          )
          INSERT INTO dossiers (system_id, owner_unit_id, route, filed_province_code, queue_province_code, status, version, revision,
                                stage_kind, stage_started_at, stage_due_on, created_at, updated_at, submitted_at, forwarded_at)
          SELECT system_id, owner_unit_id,
                 CASE WHEN level = 'CENTRAL' THEN 'NATIONAL' ELSE 'PROVINCIAL' END,
                 province_code, province_code, status, 1, 1,
                 CASE status WHEN 'PROVINCIAL_REVIEW' THEN 'PROVINCIAL' WHEN 'NATIONAL_REVIEW' THEN 'NATIONAL' END,
                 CASE WHEN status IN ('PROVINCIAL_REVIEW', 'NATIONAL_REVIEW') THEN base_at END,
                 CASE status WHEN 'PROVINCIAL_REVIEW' THEN (base_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 5
                             WHEN 'NATIONAL_REVIEW' THEN (base_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 7 END,
                 -- a forwarded dossier at C06 was submitted 3 days before its C06 stage started
                 base_at - CASE WHEN status = 'NATIONAL_REVIEW' AND forwarded THEN interval '5 days' ELSE interval '2 days' END,
                 ${now}::timestamptz,
                 CASE WHEN status = 'DRAFT' THEN NULL
                      WHEN status = 'NATIONAL_REVIEW' AND forwarded THEN base_at - interval '3 days'
                      ELSE base_at END,
                 CASE WHEN NOT forwarded THEN NULL
                      WHEN status = 'NATIONAL_REVIEW' THEN base_at
                      ELSE base_at + interval '1 day' * (1 + abs(hashtext(g::text || 'f')) % 8) END
            FROM timed`,
    );
    await step(
      'versions',
      sql`INSERT INTO dossier_versions (dossier_id, version, service_registration, org_commitment, security_confirmation, submitted_at)
          SELECT id, 1, '{"lines":[]}'::jsonb, '{"document":null}'::jsonb, '{"survey":null,"confirmation":{"document":null,"result":null,"validUntil":null}}'::jsonb, submitted_at
            FROM dossiers`,
    );
    await step(
      `about ${options.accounts} account rows (1–${maxAccounts} per dossier)`,
      sql`INSERT INTO account_rows (dossier_id, version, row_number, full_name, personal_id, date_of_birth, sex, position, work_unit, phone, email, username, services)
          SELECT d.id, 1, k + 1, 'Nguyễn Thị Thử ' || k, '0011' || lpad((d.i % 1000000)::text, 6, '0') || lpad(k::text, 2, '0'),
                 DATE '1985-01-01' + (d.i % 9000)::int, CASE WHEN k % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
                 'Chuyên viên', 'Phòng Hành chính', '+8491' || lpad(((d.i * 31 + k) % 10000000)::text, 7, '0'),
                 'tk' || k || '.' || d.i || '@donvi.gov.vn', 'tk' || k, ARRAY['XAC_THUC_THONG_TIN']
            FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM dossiers) d
            CROSS JOIN LATERAL generate_series(1, 1 + abs(hashtext(d.id::text || 'a')) % ${sql.lit(maxAccounts)}) k`,
    );
    await step(
      'events',
      sql`WITH d AS (
            SELECT d.*, CASE WHEN d.route = 'NATIONAL' THEN jsonb_build_object('route', 'NATIONAL')
                             ELSE jsonb_build_object('route', 'PROVINCIAL', 'filedProvinceCode', d.filed_province_code, 'queueProvinceCode', d.queue_province_code) END AS routing,
                   (abs(hashtext(d.id::text || 'd')) % 9) + 1 AS decide_days
              FROM dossiers d
          ),
          timed AS (
            SELECT d.*,
                   coalesce(d.forwarded_at, d.submitted_at) + interval '1 day' * d.decide_days AS decided_at,
                   coalesce(d.forwarded_at, d.submitted_at) + interval '1 day' * (d.decide_days + 3 + abs(hashtext(d.id::text || 'c')) % 20) AS connected_at
              FROM d
          ),
          planned AS (
            SELECT t.id, e.ord, e.type, e.at, e.stage, t.routing, t.owner_unit_id
              FROM timed t
              CROSS JOIN LATERAL (VALUES
                (1, 'CREATED', t.created_at, NULL::jsonb, true),
                (2, 'SUBMITTED', t.submitted_at,
                    jsonb_build_object('kind', CASE WHEN t.route = 'NATIONAL' THEN 'NATIONAL' ELSE 'PROVINCIAL' END,
                                       'startedAt', t.submitted_at,
                                       'dueOn', (t.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + CASE WHEN t.route = 'NATIONAL' THEN 7 ELSE 5 END),
                    t.submitted_at IS NOT NULL),
                (3, 'FORWARDED', t.forwarded_at,
                    jsonb_build_object('kind', 'NATIONAL', 'startedAt', t.forwarded_at, 'dueOn', (t.forwarded_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 7),
                    t.forwarded_at IS NOT NULL),
                (4, 'RETURNED', t.decided_at, NULL, t.status IN ('RETURNED', 'WITHDRAWN')),
                (5, 'WITHDRAWN', t.decided_at + interval '3 days', NULL, t.status = 'WITHDRAWN'),
                (6, 'REJECTED', t.decided_at, NULL, t.status = 'REJECTED'),
                (7, 'APPROVED', t.decided_at, NULL, t.status IN ('APPROVED', 'CONNECTED', 'SUSPENDED', 'REVOKED')),
                (8, 'CONNECTION_RECORDED', t.connected_at, NULL, t.status IN ('CONNECTED', 'SUSPENDED', 'REVOKED')),
                (9, 'SUSPENDED', t.connected_at + interval '10 days', NULL, t.status IN ('SUSPENDED', 'REVOKED')),
                (10, 'REVOKED', t.connected_at + interval '20 days', NULL, t.status = 'REVOKED')
              ) AS e(ord, type, at, stage, included)
             WHERE e.included
          )
          INSERT INTO dossier_events (dossier_id, seq, type, actor_user_id, actor_role, actor_unit_id, payload, occurred_at)
          SELECT p.id, row_number() OVER (PARTITION BY p.id ORDER BY p.ord), p.type, ${sql.lit(SEED_ACTOR)}::uuid,
                 CASE WHEN p.type IN ('CREATED', 'SUBMITTED', 'WITHDRAWN') THEN 'SUBMITTER' WHEN p.type = 'FORWARDED' THEN 'PROVINCIAL_REVIEWER' ELSE 'NATIONAL_REVIEWER' END,
                 p.owner_unit_id,
                 jsonb_strip_nulls(jsonb_build_object(
                   'type', p.type,
                   'at', to_char(p.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                   'routing', CASE WHEN p.type IN ('CREATED', 'SUBMITTED') THEN p.routing END,
                   'stage', p.stage)),
                 p.at
            FROM planned p`,
    );
    await step('analyze', sql`ANALYZE`);

    const count = async (table: 'units' | 'systems' | 'dossiers' | 'account_rows' | 'dossier_events') =>
      Number((await conn.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const statuses = await conn.selectFrom('dossiers').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
    return {
      units: await count('units'),
      systems: await count('systems'),
      dossiers: await count('dossiers'),
      accounts: await count('account_rows'),
      events: await count('dossier_events'),
      byStatus: Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)])),
    };
  });
}

import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The database as Kysely sees it, written by hand to match migrations/0001-initial.ts.
 * Shapes follow type-conventions.ts: int8 → number, date → 'yyyy-MM-dd', timestamptz → ISO
 * string, bytea → Buffer. jsonb columns are written as JSON text (pg would turn a JS array into a
 * PostgreSQL array literal) and read back as parsed values.
 */

/** timestamptz read as an ISO string; written as an ISO string or a Date. */
export type Timestamp = ColumnType<string, string | Date, string | Date>;
export type GeneratedTimestamp = ColumnType<string, string | Date | undefined, string | Date>;
/** date read and written as 'yyyy-MM-dd'. */
export type DateOnly = string;
/** jsonb: read as T, written as JSON text (`JSON.stringify(value)`). */
export type Json<T> = ColumnType<T, string, string>;
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface ProvincesTable {
  code: string;
  name: string;
  valid_from: DateOnly;
  valid_to: DateOnly | null;
  successor_code: string | null;
}

export type UnitKind = 'OWNER' | 'PC06' | 'C06';
export type UnitLevel = 'CENTRAL' | 'LOCAL';

export interface UnitsTable {
  id: Generated<string>;
  kind: UnitKind;
  level: UnitLevel;
  province_code: string | null;
  name: string;
  parent_body: string | null;
  address: string | null;
  head_name: string | null;
  head_title: string | null;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface ServicesTable {
  code: string;
  name: string;
  active: Generated<boolean>;
  sort_order: Generated<number>;
}

export type CalendarDayKind = 'HOLIDAY' | 'WORKING_WEEKEND';

export interface CalendarDaysTable {
  day: DateOnly;
  kind: CalendarDayKind;
  name: string;
}

export interface PoliciesTable {
  key: string;
  value: Json<JsonValue>;
  updated_at: GeneratedTimestamp;
  updated_by: string | null;
}

export type RoleName = 'SUBMITTER' | 'PROVINCIAL_REVIEWER' | 'NATIONAL_REVIEWER' | 'NATIONAL_ADMIN';

export interface UsersTable {
  id: Generated<string>;
  /** Stored lowercased (a check constraint refuses anything else). */
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  role: RoleName;
  unit_id: string;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
  disabled_at: Timestamp | null;
  password_changed_at: GeneratedTimestamp;
}

export interface SessionsTable {
  sid: string;
  user_id: string;
  data: Json<JsonValue>;
  created_at: GeneratedTimestamp;
  last_seen_at: GeneratedTimestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface LoginFailuresTable {
  key: string;
  failed_at: GeneratedTimestamp;
}

export type ConnectionChannel = 'NDXP' | 'LGSP' | 'DEDICATED';

export interface SystemsTable {
  id: Generated<string>;
  owner_unit_id: string;
  name: string;
  purpose: string;
  host: string;
  operator: string;
  security_level: number;
  security_level_decision: string;
  security_level_decided_on: DateOnly | null;
  connection_channel: ConnectionChannel;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  revision: Generated<number>;
}

export type DossierRoute = 'PROVINCIAL' | 'NATIONAL';
export type DossierStatusName =
  | 'DRAFT'
  | 'PROVINCIAL_REVIEW'
  | 'NATIONAL_REVIEW'
  | 'RETURNED'
  | 'APPROVED'
  | 'CONNECTED'
  | 'SUSPENDED'
  | 'REJECTED'
  | 'WITHDRAWN'
  | 'REVOKED';

export interface DossiersTable {
  id: Generated<string>;
  /** 'KN-2026-000123': year in Asia/Ho_Chi_Minh and a database sequence. */
  code: Generated<string>;
  system_id: string;
  owner_unit_id: string;
  route: DossierRoute | null;
  filed_province_code: string | null;
  queue_province_code: string | null;
  status: Generated<DossierStatusName>;
  holder_user_id: string | null;
  /** Content version (a return is answered by a new version). */
  version: Generated<number>;
  /** Events folded; the optimistic-concurrency token. */
  revision: Generated<number>;
  stage_kind: string | null;
  stage_started_at: Timestamp | null;
  stage_due_on: DateOnly | null;
  amends_dossier_id: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  submitted_at: Timestamp | null;
  /** First time a local dossier reached C06 (0002). */
  forwarded_at: Timestamp | null;
  /**
   * Code, owner unit name and system name folded by `foldForSearch` (0004), for the queues' search;
   * written by `refreshDossierSearchText` whenever one of the three changes.
   */
  search_text: Generated<string>;
}

export interface DossierVersionsTable {
  dossier_id: string;
  version: number;
  service_registration: Json<JsonValue> | null;
  org_commitment: Json<JsonValue> | null;
  security_confirmation: Json<JsonValue> | null;
  created_at: GeneratedTimestamp;
  submitted_at: Timestamp | null;
}

export interface AccountRowsTable {
  id: Generated<number>;
  dossier_id: string;
  version: number;
  row_number: number;
  full_name: string;
  personal_id: string;
  date_of_birth: DateOnly;
  sex: string | null;
  position: string;
  work_unit: string;
  phone: string;
  email: string;
  username: string;
  services: string[];
}

export interface DocumentsTable {
  id: Generated<string>;
  owner_unit_id: string;
  kind: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string;
  uploaded_at: GeneratedTimestamp;
}

export type AccountImportStatus = 'READING' | 'HAS_ERRORS' | 'STORED' | 'UNREADABLE' | 'FAILED' | 'DISCARDED';

export interface AccountImportsTable {
  id: Generated<string>;
  dossier_id: string;
  version: number;
  owner_unit_id: string;
  created_by: string;
  file_name: string;
  status: AccountImportStatus;
  phase: string | null;
  progress_done: Generated<number>;
  progress_total: number | null;
  format: string | null;
  sheet_name: string | null;
  row_count: number | null;
  valid_count: number | null;
  stored_count: number | null;
  /** JSON: [{ row, column, code, message, severity }] — messages never quote personal data. */
  findings: unknown;
  /** JSON: { code, message } when the file could not be read at all. */
  refusal: unknown;
  /** JSON: the raw rows read ([{ rowNumber, cells }]); kept only while the user decides. */
  rows: unknown;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface DossierEventsTable {
  id: Generated<number>;
  dossier_id: string;
  seq: number;
  type: string;
  actor_user_id: string;
  actor_role: string;
  actor_unit_id: string;
  payload: Json<JsonValue>;
  occurred_at: GeneratedTimestamp;
}

export type AuditOutcome = 'OK' | 'REFUSED' | 'ERROR';

export interface AuditLogTable {
  /** Assigned by the chain trigger (after its lock), whatever the insert says. */
  id: ColumnType<number, never, never>;
  occurred_at: GeneratedTimestamp;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_unit_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: AuditOutcome;
  details: ColumnType<JsonValue, string | undefined, never>;
  request_id: string | null;
  prev_hash: ColumnType<Buffer, never, never>;
  row_hash: ColumnType<Buffer, never, never>;
}

export type IdempotencyStatus = 'PENDING' | 'DONE';

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  procedure: string;
  request_hash: string;
  response: Json<JsonValue> | null;
  status: Generated<IdempotencyStatus>;
  created_at: GeneratedTimestamp;
}

/**
 * The national dashboard's aggregates (0005): submitted dossiers and the account rows of their
 * current version, per status, province or central body, and running stage (start day, due date).
 * Kept by the command that changes a dossier, in its transaction; dashboard_rebuild() recomputes them.
 */
export interface DashboardCountsTable {
  status: DossierStatusName;
  /** Queue province of a local dossier; null on the national route. */
  province_code: string | null;
  /** Owner unit of a central dossier; null on the provincial route. */
  central_body_id: string | null;
  /** Local day (Asia/Ho_Chi_Minh) the running review stage started; null without one. */
  stage_started_on: DateOnly | null;
  stage_due_on: DateOnly | null;
  dossiers: number;
  accounts: number;
}

/** Per week (from Monday) or month of local days, and province or central body: what happened (0005). */
export interface DashboardPeriodsTable {
  granularity: 'week' | 'month';
  /** The Monday of the week, or the 1st of the month. */
  period_start: DateOnly;
  province_code: string | null;
  central_body_id: string | null;
  submitted: Generated<number>;
  approved: Generated<number>;
  connected: Generated<number>;
  provincial_completed: Generated<number>;
  provincial_on_time: Generated<number>;
  national_completed: Generated<number>;
  national_on_time: Generated<number>;
}

/** One notification of one recipient (0006). Texts are Vietnamese and never carry an ID number or phone. */
export interface NotificationsTable {
  id: Generated<string>;
  recipient_user_id: string;
  dossier_id: string | null;
  kind: string;
  title: string;
  body: string;
  /** What caused it (`transition:<dossierId>:<revision>`, `reminder:…`): unique per recipient. */
  cause_key: string;
  created_at: GeneratedTimestamp;
  read_at: Timestamp | null;
}

export type EmailStatus = 'PENDING' | 'SENT' | 'KEPT';

/** The email of a notification (0006): sent by a job through SMTP when configured, else kept here. */
export interface EmailOutboxTable {
  id: Generated<string>;
  notification_id: string;
  recipient_user_id: string;
  to_address: string;
  subject: string;
  body: string;
  status: Generated<EmailStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: GeneratedTimestamp;
  sent_at: Timestamp | null;
}

/** A background job written in the transaction of its cause (0006); moved to the queue when due. */
export interface JobOutboxTable {
  cause_key: string;
  queue: string;
  payload: Json<JsonValue>;
  run_at: Timestamp;
  created_at: GeneratedTimestamp;
  queued_at: Timestamp | null;
  finished_at: Timestamp | null;
  outcome: string | null;
}

export type DossierFlagKind = 'STAGE_OVERDUE' | 'RECERTIFICATION_DUE';

/** What a job found about a dossier (0006): subject is the stage's due date or the confirmation's end of validity. */
export interface DossierFlagsTable {
  dossier_id: string;
  kind: DossierFlagKind;
  subject: string;
  raised_at: GeneratedTimestamp;
}

export interface Database {
  provinces: ProvincesTable;
  units: UnitsTable;
  services: ServicesTable;
  calendar_days: CalendarDaysTable;
  policies: PoliciesTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  systems: SystemsTable;
  dossiers: DossiersTable;
  dossier_versions: DossierVersionsTable;
  account_rows: AccountRowsTable;
  account_imports: AccountImportsTable;
  documents: DocumentsTable;
  dossier_events: DossierEventsTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  dashboard_counts: DashboardCountsTable;
  dashboard_periods: DashboardPeriodsTable;
  notifications: NotificationsTable;
  email_outbox: EmailOutboxTable;
  job_outbox: JobOutboxTable;
  dossier_flags: DossierFlagsTable;
}

export type ProvinceRow = Selectable<ProvincesTable>;
export type UnitRow = Selectable<UnitsTable>;
export type NewUnit = Insertable<UnitsTable>;
export type ServiceRow = Selectable<ServicesTable>;
export type CalendarDayRow = Selectable<CalendarDaysTable>;
export type PolicyRow = Selectable<PoliciesTable>;
export type UserRow = Selectable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type LoginFailureRow = Selectable<LoginFailuresTable>;
export type SystemRow = Selectable<SystemsTable>;
export type NewSystem = Insertable<SystemsTable>;
export type DossierRow = Selectable<DossiersTable>;
export type NewDossier = Insertable<DossiersTable>;
export type DossierUpdate = Updateable<DossiersTable>;
export type DossierVersionRow = Selectable<DossierVersionsTable>;
export type AccountRow = Selectable<AccountRowsTable>;
export type NewAccountRow = Insertable<AccountRowsTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type DossierEventRow = Selectable<DossierEventsTable>;
export type NewDossierEvent = Insertable<DossierEventsTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type IdempotencyKeyRow = Selectable<IdempotencyKeysTable>;

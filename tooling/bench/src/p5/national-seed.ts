/**
 * P5's data: the country at national scale, written straight into the tables in a few set-based
 * statements (INSERT … SELECT FROM unnest(…) / generate_series), not through the API — 20,000
 * dossiers through the commands would take an hour. The rows are shaped as the commands leave
 * them: the projection columns the queues read (status, route, provinces, holder, running stage
 * and its due date, submitted and forwarded times, version, revision), `search_text` folded by the
 * application's own function, the events the queues read (who returned a dossier last, PC06's
 * recommendation when forwarding), the dossier versions and the account rows of each version.
 *
 * Deterministic: one seed gives the same country.
 */
import { sql, type Kysely } from 'kysely';
import { dossierSearchText, migrateToLatest, seedReference, type Database } from '@ketnoi/db';
import { addCalendarDays, localDate, type DossierStatus } from '@ketnoi/domain';
import { birthPrefixes } from '@ketnoi/reference';

export interface NationalSeedSize {
  readonly dossiers: number;
  /** Account rows of the dossiers' current versions (resubmitted dossiers also keep version 1). */
  readonly accounts: number;
  /** Owner units per province (central dossiers go to the seeded ministries and agencies). */
  readonly unitsPerProvince: number;
}

export const FULL_SIZE: NationalSeedSize = { dossiers: 20_000, accounts: 1_000_000, unitsPerProvince: 20 };
export const QUICK_SIZE: NationalSeedSize = { dossiers: 4_000, accounts: 200_000, unitsPerProvince: 8 };

/** Where the measured reviewer works: the province with the most dossiers (Hà Nội, weight 3). */
export const MEASURED_PROVINCE = '01';

export interface SeededUser {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly provinceCode: string | null;
}

export interface NationalSeed {
  readonly provinces: number;
  readonly units: number;
  readonly systems: number;
  readonly dossiers: number;
  readonly accountRows: number;
  readonly eventRows: number;
  readonly seconds: number;
  /** PC06 officer of MEASURED_PROVINCE, a C06 officer, a submitter of the busiest unit there. */
  readonly pc06: SeededUser;
  readonly c06: SeededUser;
  readonly submitter: SeededUser;
  /** Dossiers for dossier.accounts: one of PC06's in review with a typical list, and the largest one it may read. */
  readonly typicalDossier: { id: string; rows: number };
  readonly largestDossier: { id: string; rows: number };
  /** Words of unit and system names, and the code of a dossier C06 sees, for searches that find something. */
  readonly searchWords: { unit: string; system: string; code: string };
}

const LOCAL_DEPARTMENTS = [
  'Sở Y tế', 'Sở Tư pháp', 'Sở Giáo dục và Đào tạo', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường', 'Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Dân tộc và Tôn giáo',
  'Văn phòng Ủy ban nhân dân', 'Trung tâm Phục vụ hành chính công', 'Bảo hiểm xã hội', 'Ban Quản lý các khu công nghiệp',
  'Thanh tra', 'Sở Ngoại vụ', 'Cục Thuế', 'Kho bạc Nhà nước', 'Ủy ban nhân dân phường Điện Biên', 'Ủy ban nhân dân xã Đức Phổ',
];
const SYSTEM_KINDS = [
  'Hệ thống thông tin giải quyết thủ tục hành chính', 'Cổng dịch vụ công', 'Phần mềm một cửa điện tử', 'Hệ thống hồ sơ sức khỏe điện tử',
  'Cơ sở dữ liệu hộ tịch điện tử', 'Hệ thống quản lý văn bản và điều hành', 'Hệ thống giám định bảo hiểm y tế', 'Hệ thống quản lý hành nghề y dược',
  'Hệ thống cấp phiếu lý lịch tư pháp', 'Hệ thống quản lý học bạ số', 'Hệ thống an sinh xã hội', 'Phần mềm quản lý đất đai',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quang', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đông', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Hương', 'Huy', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Yến'];

/**
 * Persons that account rows are drawn from: three for every four rows, so people appear on several
 * lists. Not a multiple of 3 (rows step by 3 through it) and more than the longest list (5,000),
 * so a list never names one person twice; under 10⁶ (six digits of the ID number).
 */
const personPool = (accounts: number) => {
  const pool = Math.min(999_999, Math.max(5_003, Math.floor(accounts * 0.75)));
  return pool % 3 === 0 ? pool + 1 : pool;
};
const CHUNK = 5_000;

/** mulberry32: a small, good-enough deterministic generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface DossierPlan {
  id: string;
  code: string;
  systemIndex: number;
  unitIndex: number;
  route: 'PROVINCIAL' | 'NATIONAL';
  provinceCode: string | null;
  status: DossierStatus;
  holder: string | null;
  version: number;
  revision: number;
  stageKind: 'PROVINCIAL' | 'NATIONAL' | null;
  stageStartedAt: string | null;
  stageDueOn: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  forwardedAt: string | null;
  returnedByC06: boolean;
  recommendation: 'APPROVE' | 'REJECT' | 'RETURN';
  rows: number;
}

const DAY = 86_400_000;

/** Inserts a batch of rows given as columns, through unnest (one statement per chunk). */
async function insertColumns(db: Kysely<Database>, table: string, columns: readonly [name: string, type: string, values: readonly unknown[]][]): Promise<void> {
  const length = columns[0]![2].length;
  for (let start = 0; start < length; start += CHUNK) {
    const names = sql.join(columns.map(([name]) => sql.ref(name)));
    const arrays = sql.join(columns.map(([, type, values]) => sql`${values.slice(start, start + CHUNK)}::${sql.raw(type)}[]`));
    await sql`INSERT INTO ${sql.table(table)} (${names}) SELECT * FROM unnest(${arrays})`.execute(db);
  }
}

/**
 * Seeds the country into a migrated database (migrations and reference data are applied first
 * if missing). `now` dates the dossiers: stages run around it, some overdue.
 */
export async function seedNationalScale(db: Kysely<Database>, size: NationalSeedSize, now: Date, log: (line: string) => void = () => {}): Promise<NationalSeed> {
  const started = Date.now();
  await migrateToLatest(db);
  await seedReference(db);
  const random = generator(20_260_701);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const provinces = await db.selectFrom('provinces').select(['code', 'name']).where('valid_to', 'is', null).orderBy('code').execute();
  const police = await db.selectFrom('units').select(['id', 'kind', 'province_code', 'name']).where('kind', 'in', ['PC06', 'C06']).where('active', '=', true).execute();
  const central = await db.selectFrom('units').select(['id', 'name']).where('kind', '=', 'OWNER').where('level', '=', 'CENTRAL').orderBy('name').execute();

  // ---- owner units of every province ----------------------------------------------------------
  const localUnits = provinces.flatMap((p) =>
    Array.from({ length: size.unitsPerProvince }, (_, i) => ({
      provinceCode: p.code,
      name: `${LOCAL_DEPARTMENTS[i % LOCAL_DEPARTMENTS.length]}${i >= LOCAL_DEPARTMENTS.length ? ` ${Math.floor(i / LOCAL_DEPARTMENTS.length) + 1}` : ''} ${p.name}`,
    })),
  );
  await insertColumns(db, 'units', [
    ['kind', 'text', localUnits.map(() => 'OWNER')],
    ['level', 'text', localUnits.map(() => 'LOCAL')],
    ['province_code', 'text', localUnits.map((u) => u.provinceCode)],
    ['name', 'text', localUnits.map((u) => u.name)],
    ['head_name', 'text', localUnits.map(() => 'Nguyễn Văn Thủ Trưởng')],
    ['head_title', 'text', localUnits.map(() => 'Giám đốc')],
  ]);
  const insertedLocal = await db.selectFrom('units').select(['id', 'name', 'province_code']).where('kind', '=', 'OWNER').where('level', '=', 'LOCAL').execute();
  const localByName = new Map(insertedLocal.map((u) => [`${u.province_code}|${u.name}`, u.id]));
  const units = [
    ...localUnits.map((u) => ({ id: localByName.get(`${u.provinceCode}|${u.name}`)!, name: u.name, provinceCode: u.provinceCode as string | null })),
    ...central.map((u) => ({ id: u.id, name: u.name, provinceCode: null as string | null })),
  ];
  log(`  units: ${localUnits.length} local in ${provinces.length} provinces, ${central.length} central`);

  // ---- reviewers: one PC06 officer per province, three at C06; a submitter ----------------------
  const users: { username: string; displayName: string; role: string; unitId: string }[] = [];
  for (const p of provinces) {
    const unit = police.find((u) => u.kind === 'PC06' && u.province_code === p.code);
    if (unit) users.push({ username: `bench.pc06.${p.code}`, displayName: `Cán bộ PC06 ${p.name}`, role: 'PROVINCIAL_REVIEWER', unitId: unit.id });
  }
  const c06Unit = police.find((u) => u.kind === 'C06')!;
  for (let i = 1; i <= 3; i++) users.push({ username: `bench.c06.${i}`, displayName: `Cán bộ C06 số ${i}`, role: 'NATIONAL_REVIEWER', unitId: c06Unit.id });
  await insertColumns(db, 'users', [
    ['username', 'text', users.map((u) => u.username)],
    ['display_name', 'text', users.map((u) => u.displayName)],
    ['password_hash', 'text', users.map(() => 'not-a-hash: nobody signs in')],
    ['role', 'text', users.map((u) => u.role)],
    ['unit_id', 'uuid', users.map((u) => u.unitId)],
  ]);
  const userIds = new Map((await db.selectFrom('users').select(['id', 'username']).where('username', 'like', 'bench.%').execute()).map((u) => [u.username, u.id]));
  const c06Holders = [1, 2, 3].map((i) => userIds.get(`bench.c06.${i}`)!);

  // ---- dossiers: 85 % local (Hà Nội and Hồ Chí Minh three times the others), 15 % central ------
  const weights = provinces.map((p) => (p.code === '01' || p.code === '79' ? 3 : 1));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const unitsOf = new Map<string | null, number[]>();
  units.forEach((u, i) => unitsOf.set(u.provinceCode, [...(unitsOf.get(u.provinceCode) ?? []), i]));
  const nowMs = now.getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const year = localDate(now.toISOString()).slice(0, 4);
  const plans: DossierPlan[] = [];
  for (let n = 0; n < size.dossiers; n++) {
    let provinceCode: string | null = null;
    if (random() < 0.85) {
      let w = random() * weightSum;
      let i = 0;
      while (w >= weights[i]!) w -= weights[i++]!;
      provinceCode = provinces[i]!.code;
    }
    const unitIndex = pick(unitsOf.get(provinceCode)!);
    const local = provinceCode !== null;
    const u = random();
    const status: DossierStatus =
      u < 0.08 ? 'DRAFT'
      : u < 0.2 ? (local ? 'PROVINCIAL_REVIEW' : 'NATIONAL_REVIEW')
      : u < 0.28 ? 'NATIONAL_REVIEW'
      : u < 0.36 ? 'RETURNED'
      : u < 0.41 ? 'APPROVED'
      : u < 0.86 ? 'CONNECTED'
      : u < 0.88 ? 'SUSPENDED'
      : u < 0.89 ? 'REVOKED'
      : u < 0.91 ? 'REJECTED'
      : 'WITHDRAWN';
    const createdMs = nowMs - (10 + random() * 200) * DAY;
    const submittedMs = status === 'DRAFT' ? null : createdMs + random() * 5 * DAY;
    const reachedC06 = local && (['NATIONAL_REVIEW', 'APPROVED', 'CONNECTED', 'SUSPENDED', 'REVOKED', 'REJECTED'].includes(status) || (status !== 'DRAFT' && status !== 'PROVINCIAL_REVIEW' && random() < 0.3));
    const forwardedMs = reachedC06 && submittedMs !== null ? submittedMs + 2 * DAY : null;
    const reviewing = status === 'PROVINCIAL_REVIEW' || status === 'NATIONAL_REVIEW';
    const stageStartMs = reviewing ? nowMs - random() * 8 * DAY : null;
    const stageKind = status === 'PROVINCIAL_REVIEW' ? 'PROVINCIAL' : status === 'NATIONAL_REVIEW' ? 'NATIONAL' : null;
    const holder =
      status === 'PROVINCIAL_REVIEW' && random() < 0.5 ? userIds.get(`bench.pc06.${provinceCode}`) ?? null
      : status === 'NATIONAL_REVIEW' && random() < 0.4 ? pick(c06Holders)
      : null;
    const returnedByC06 = status === 'RETURNED' && (!local || forwardedMs !== null);
    const version = status !== 'DRAFT' && random() < 0.2 ? 2 : 1;
    const events = 1 + (submittedMs !== null ? 1 : 0) + (forwardedMs !== null ? 1 : 0) + (status === 'RETURNED' ? 1 : 0) + (holder ? 1 : 0);
    const lastMs = Math.max(createdMs, submittedMs ?? 0, forwardedMs ?? 0, stageStartMs ?? 0);
    plans.push({
      id: '',
      code: `KN-${year}-${String(n + 1).padStart(6, '0')}`,
      systemIndex: n,
      unitIndex,
      route: local ? 'PROVINCIAL' : 'NATIONAL',
      provinceCode,
      status,
      holder,
      version,
      revision: events,
      stageKind,
      stageStartedAt: stageStartMs === null ? null : iso(stageStartMs),
      stageDueOn: stageStartMs === null ? null : addCalendarDays(localDate(iso(stageStartMs)), 3 + Math.floor(random() * 4)),
      createdAt: iso(createdMs),
      updatedAt: iso(Math.min(nowMs, lastMs + random() * DAY)),
      submittedAt: submittedMs === null ? null : iso(submittedMs),
      forwardedAt: forwardedMs === null ? null : iso(forwardedMs),
      returnedByC06,
      recommendation: random() < 0.85 ? 'APPROVE' : random() < 0.5 ? 'RETURN' : 'REJECT',
      rows: 0,
    });
  }

  // ---- account-list sizes: most lists tens of people, a few thousands (log-normal, median ~30) --
  const raw = plans.map(() => Math.exp(Math.log(30) + 1.1 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())));
  const scale = size.accounts / raw.reduce((a, b) => a + b, 0);
  plans.forEach((p, i) => (p.rows = Math.max(2, Math.min(5_000, Math.round(raw[i]! * scale)))));
  // One long list (5,000 people at full size) waiting at the measured PC06, in its second version.
  const long = plans.find((p) => p.provinceCode === MEASURED_PROVINCE && p.status === 'PROVINCIAL_REVIEW' && p.version === 2);
  if (long) long.rows = Math.min(5_000, Math.max(40, Math.round(size.accounts / 200)));

  // ---- systems, one per dossier -----------------------------------------------------------------
  const systemNames = plans.map((p, i) => `${SYSTEM_KINDS[i % SYSTEM_KINDS.length]} ${Math.floor(i / SYSTEM_KINDS.length) + 1}`);
  await insertColumns(db, 'systems', [
    ['owner_unit_id', 'uuid', plans.map((p) => units[p.unitIndex]!.id)],
    ['name', 'text', systemNames],
    ['purpose', 'text', plans.map(() => 'Xác thực và tra cứu thông tin công dân khi giải quyết thủ tục hành chính')],
    ['host', 'text', plans.map((_, i) => `hethong${i}.gov.vn`)],
    ['operator', 'text', plans.map(() => 'Trung tâm Công nghệ thông tin')],
    ['security_level', 'int', plans.map(() => 3)],
    ['security_level_decision', 'text', plans.map(() => '123/QĐ-UBND')],
    ['connection_channel', 'text', plans.map((p) => (p.route === 'NATIONAL' ? 'NDXP' : 'LGSP'))],
  ]);
  const systems = await db.selectFrom('systems').select(['id', 'host']).where('host', 'like', 'hethong%.gov.vn').execute();
  const systemIdByHost = new Map(systems.map((s) => [s.host, s.id]));

  await insertColumns(db, 'dossiers', [
    ['code', 'text', plans.map((p) => p.code)],
    ['system_id', 'uuid', plans.map((p) => systemIdByHost.get(`hethong${p.systemIndex}.gov.vn`)!)],
    ['owner_unit_id', 'uuid', plans.map((p) => units[p.unitIndex]!.id)],
    ['route', 'text', plans.map((p) => p.route)],
    ['filed_province_code', 'text', plans.map((p) => p.provinceCode)],
    ['queue_province_code', 'text', plans.map((p) => p.provinceCode)],
    ['status', 'text', plans.map((p) => p.status)],
    ['holder_user_id', 'uuid', plans.map((p) => p.holder)],
    ['version', 'int', plans.map((p) => p.version)],
    ['revision', 'int', plans.map((p) => p.revision)],
    ['stage_kind', 'text', plans.map((p) => p.stageKind)],
    ['stage_started_at', 'timestamptz', plans.map((p) => p.stageStartedAt)],
    ['stage_due_on', 'date', plans.map((p) => p.stageDueOn)],
    ['created_at', 'timestamptz', plans.map((p) => p.createdAt)],
    ['updated_at', 'timestamptz', plans.map((p) => p.updatedAt)],
    ['submitted_at', 'timestamptz', plans.map((p) => p.submittedAt)],
    ['forwarded_at', 'timestamptz', plans.map((p) => p.forwardedAt)],
    ['search_text', 'text', plans.map((p, i) => dossierSearchText(p.code, units[p.unitIndex]!.name, systemNames[i]!))],
  ]);
  // The codes were given here: the sequence continues after them.
  await sql`SELECT setval('dossier_code_seq', ${size.dossiers + 1})`.execute(db);
  const ids = new Map((await db.selectFrom('dossiers').select(['id', 'code']).where('code', 'like', `KN-${year}-%`).execute()).map((d) => [d.code, d.id]));
  for (const p of plans) p.id = ids.get(p.code)!;
  log(`  ${plans.length} systems and dossiers`);

  // ---- dossier versions -------------------------------------------------------------------------
  await sql`INSERT INTO dossier_versions (dossier_id, version, service_registration, org_commitment, security_confirmation, submitted_at)
    SELECT d.id, v, '{"lines":[]}'::jsonb, '{"document":null}'::jsonb, '{"survey":null,"confirmation":{"document":null,"result":null,"validUntil":null}}'::jsonb, d.submitted_at
    FROM dossiers d CROSS JOIN LATERAL generate_series(1, d.version) AS v
    WHERE d.code LIKE ${`KN-${year}-%`}`.execute(db);

  // ---- the events the queues read: CREATED, SUBMITTED, FORWARDED (PC06's opinion), CLAIMED, RETURNED last
  const events: { dossierId: string; seq: number; type: string; role: string; unitId: string; userId: string; at: string; payload: string }[] = [];
  const pc06Unit = (code: string | null) => police.find((u) => u.kind === 'PC06' && u.province_code === code)?.id ?? c06Unit.id;
  for (const p of plans) {
    let seq = 0;
    const add = (type: string, role: string, unitId: string, userId: string, at: string, extra: object = {}) =>
      events.push({ dossierId: p.id, seq: ++seq, type, role, unitId, userId, at, payload: JSON.stringify({ type, at, actor: { userId, role, unitId }, ...extra }) });
    const owner = units[p.unitIndex]!.id;
    add('CREATED', 'SUBMITTER', owner, owner, p.createdAt);
    if (p.submittedAt) add('SUBMITTED', 'SUBMITTER', owner, owner, p.submittedAt);
    if (p.forwardedAt) {
      const pc06 = userIds.get(`bench.pc06.${p.provinceCode}`) ?? owner;
      add('FORWARDED', 'PROVINCIAL_REVIEWER', pc06Unit(p.provinceCode), pc06, p.forwardedAt, { opinion: { recommendation: p.recommendation, note: 'Hồ sơ đầy đủ.', checklist: {} } });
    }
    if (p.holder) add('CLAIMED', p.stageKind === 'PROVINCIAL' ? 'PROVINCIAL_REVIEWER' : 'NATIONAL_REVIEWER', p.stageKind === 'PROVINCIAL' ? pc06Unit(p.provinceCode) : c06Unit.id, p.holder, p.updatedAt);
    if (p.status === 'RETURNED') {
      add('RETURNED', p.returnedByC06 ? 'NATIONAL_REVIEWER' : 'PROVINCIAL_REVIEWER', p.returnedByC06 ? c06Unit.id : pc06Unit(p.provinceCode), p.returnedByC06 ? c06Holders[0]! : owner, p.updatedAt, {
        deficiencies: [{ part: 'ORG_COMMITMENT', reason: 'Thiếu dấu của đơn vị.' }],
      });
    }
    if (seq !== p.revision) throw new Error(`seed: ${p.code} has ${seq} events for revision ${p.revision}`);
  }
  await insertColumns(db, 'dossier_events', [
    ['dossier_id', 'uuid', events.map((e) => e.dossierId)],
    ['seq', 'int', events.map((e) => e.seq)],
    ['type', 'text', events.map((e) => e.type)],
    ['actor_user_id', 'uuid', events.map((e) => e.userId)],
    ['actor_role', 'text', events.map((e) => e.role)],
    ['actor_unit_id', 'uuid', events.map((e) => e.unitId)],
    ['payload', 'jsonb', events.map((e) => e.payload)],
    ['occurred_at', 'timestamptz', events.map((e) => e.at)],
  ]);
  log(`  ${events.length} events`);

  // ---- account rows: generated in the database, people drawn from a shared pool ----------------
  const prefixes = birthPrefixes.map((b) => b.prefix);
  const pool = personPool(size.accounts);
  const textArray = (items: readonly string[]) => sql`${items}::text[]`;
  let done = 0;
  const accountChunk = 200;
  for (let start = 0; start < plans.length; start += accountChunk) {
    const chunk = plans.slice(start, start + accountChunk);
    await sql`INSERT INTO account_rows (dossier_id, version, row_number, full_name, personal_id, date_of_birth, sex, position, work_unit, phone, email, username, services)
      SELECT d.id, d.version, r + 2,
        (${textArray(FAMILY)})[1 + p % ${FAMILY.length}] || ' ' || (${textArray(MIDDLE)})[1 + (p / ${FAMILY.length}) % ${MIDDLE.length}] || ' ' || (${textArray(GIVEN)})[1 + (p / ${FAMILY.length * MIDDLE.length}) % ${GIVEN.length}],
        (${textArray(prefixes)})[1 + p % ${prefixes.length}] || (p % 2)::text || lpad((60 + p % 40)::text, 2, '0') || lpad(p::text, 6, '0'),
        make_date(1960 + p % 40, 1 + p % 12, 1 + p % 28),
        CASE WHEN p % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
        'Chuyên viên', 'Bộ phận Một cửa',
        '+849' || lpad(((p::bigint * 7919) % 100000000)::text, 8, '0'),
        'u' || p || '@donvi.gov.vn', 'u' || p,
        ARRAY['TRA_CUU_THONG_TIN']
      FROM unnest(${chunk.map((p) => p.id)}::uuid[], ${chunk.map((p) => p.version)}::int[], ${chunk.map((p) => p.rows)}::int[], ${chunk.map((_, i) => ((start + i) * 7_919) % pool)}::int[]) AS d(id, version, n, base)
      CROSS JOIN LATERAL generate_series(0, d.n - 1) AS r
      CROSS JOIN LATERAL (SELECT ((d.base + r * 3) % ${pool}) AS p) AS person`.execute(db);
    done += chunk.reduce((a, p) => a + p.rows, 0);
    if ((start / accountChunk) % 20 === 19) log(`  account rows: ${done.toLocaleString('en-US')}`);
  }
  // Resubmitted dossiers keep version 1: the same people but one in ten gone and one in ten changed.
  await sql`INSERT INTO account_rows (dossier_id, version, row_number, full_name, personal_id, date_of_birth, sex, position, work_unit, phone, email, username, services)
    SELECT a.dossier_id, 1, a.row_number, a.full_name, a.personal_id, a.date_of_birth, a.sex,
      CASE WHEN a.row_number % 10 = 5 THEN 'Phó Trưởng phòng' ELSE a.position END, a.work_unit, a.phone, a.email, a.username, a.services
    FROM account_rows a JOIN dossiers d ON d.id = a.dossier_id AND d.version = 2 AND a.version = 2
    WHERE a.row_number % 10 <> 3`.execute(db);
  // As autovacuum leaves a table in service: statistics, and the visibility map for index-only scans.
  await sql`VACUUM ANALYZE`.execute(db);

  // ---- what the measurement needs ---------------------------------------------------------------
  const sessionUser = async (username: string): Promise<SeededUser> => {
    const u = await db.selectFrom('users').innerJoin('units', 'units.id', 'users.unit_id').select(['users.id', 'users.username', 'users.display_name', 'units.id as unitId', 'units.name as unitName', 'units.province_code']).where('users.username', '=', username).executeTakeFirstOrThrow();
    return { userId: u.id, username: u.username, displayName: u.display_name, unitId: u.unitId, unitName: u.unitName, provinceCode: u.province_code };
  };
  const measuredPlans = plans.filter((p) => p.provinceCode === MEASURED_PROVINCE);
  const busiest = [...measuredPlans.reduce((m, p) => m.set(p.unitIndex, (m.get(p.unitIndex) ?? 0) + 1), new Map<number, number>())].sort((a, b) => b[1] - a[1])[0]![0];
  const busiestUnit = units[busiest]!;
  await db.insertInto('users').values({ username: 'bench.submitter', display_name: 'Cán bộ đơn vị', password_hash: 'not-a-hash: nobody signs in', role: 'SUBMITTER', unit_id: busiestUnit.id }).execute();
  const inReview = measuredPlans.filter((p) => p.status === 'PROVINCIAL_REVIEW' && p.version === 2).sort((a, b) => a.rows - b.rows);
  const visible = measuredPlans.filter((p) => p.submittedAt !== null).sort((a, b) => b.rows - a.rows);
  const typical = inReview[Math.floor(inReview.length / 2)] ?? visible[Math.floor(visible.length / 2)]!;
  const largest = visible[0]!;
  const [eventRows, accountRows] = await Promise.all([
    db.selectFrom('dossier_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('account_rows').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    provinces: provinces.length,
    units: units.length,
    systems: plans.length,
    dossiers: plans.length,
    accountRows: Number(accountRows.n),
    eventRows: Number(eventRows.n),
    seconds: (Date.now() - started) / 1000,
    pc06: await sessionUser(`bench.pc06.${MEASURED_PROVINCE}`),
    c06: await sessionUser('bench.c06.1'),
    submitter: await sessionUser('bench.submitter'),
    typicalDossier: { id: typical.id, rows: typical.rows },
    largestDossier: { id: largest.id, rows: largest.rows },
    searchWords: { unit: 'y te', system: 'ho so suc khoe', code: plans.find((p) => p.route === 'NATIONAL' && p.submittedAt !== null)!.code },
  };
}

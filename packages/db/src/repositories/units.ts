import type { Kysely, Transaction } from 'kysely';
import type { Database, UnitKind, UnitLevel, UnitRow } from '../schema.js';

type DbOrTrx = Kysely<Database> | Transaction<Database>;

export interface UnitFilter {
  kind?: UnitKind;
  level?: UnitLevel;
  provinceCode?: string;
  activeOnly?: boolean;
}

export async function listUnits(db: DbOrTrx, filter: UnitFilter = {}): Promise<UnitRow[]> {
  let q = db.selectFrom('units').selectAll().orderBy('kind').orderBy('province_code').orderBy('name');
  if (filter.kind !== undefined) q = q.where('kind', '=', filter.kind);
  if (filter.level !== undefined) q = q.where('level', '=', filter.level);
  if (filter.provinceCode !== undefined) q = q.where('province_code', '=', filter.provinceCode);
  if (filter.activeOnly === true) q = q.where('active', '=', true);
  return q.execute();
}

export async function findUnitById(db: DbOrTrx, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The C06 unit (one active, enforced by a unique index). */
export async function findC06Unit(db: DbOrTrx): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('kind', '=', 'C06').where('active', '=', true).executeTakeFirst();
}

/** The PC06 of a current province (one active per province, enforced by a unique index). */
export async function findPc06Unit(db: DbOrTrx, provinceCode: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('kind', '=', 'PC06').where('province_code', '=', provinceCode).where('active', '=', true).executeTakeFirst();
}

export interface NewOwnerUnitInput {
  name: string;
  level: UnitLevel;
  /** Required for LOCAL units (routing goes to that province's PC06), absent for CENTRAL ones. */
  provinceCode?: string | null;
  parentBody?: string | null;
  address?: string | null;
  headName?: string | null;
  headTitle?: string | null;
}

/** An owner unit (đơn vị chủ quản); the database refuses a LOCAL unit without a province and vice versa. */
export async function createOwnerUnit(db: DbOrTrx, input: NewOwnerUnitInput): Promise<UnitRow> {
  return db
    .insertInto('units')
    .values({
      kind: 'OWNER',
      level: input.level,
      province_code: input.provinceCode ?? null,
      name: input.name.trim(),
      parent_body: input.parentBody ?? null,
      address: input.address ?? null,
      head_name: input.headName ?? null,
      head_title: input.headTitle ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

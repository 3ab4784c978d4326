/**
 * The UNIT argument of the commands: a unit id (uuid), `C06`, or `PC06:<2-digit province code>`
 * (domain.md §1: one PC06 per current province, one C06), so an administrator can name the
 * reviewing units without looking up their ids first.
 */
import { findC06Unit, findPc06Unit, findUnitById, type UnitRow } from '@ketnoi/db';
import type { Db } from './database.js';

export type UnitLookup =
  | { readonly kind: 'found'; readonly unit: UnitRow }
  | { readonly kind: 'invalid'; readonly message: string }
  | { readonly kind: 'not-found'; readonly message: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PC06 = /^PC06:(\d{2})$/i;

export const UNIT_REF_HELP = 'mã đơn vị (uuid), C06, hoặc PC06:<mã tỉnh 2 chữ số>';

export async function lookUpUnit(db: Db, ref: string): Promise<UnitLookup> {
  const text = ref.trim();
  let unit: UnitRow | undefined;
  if (text.toUpperCase() === 'C06') unit = await findC06Unit(db);
  else if (PC06.test(text)) unit = await findPc06Unit(db, PC06.exec(text)![1]!);
  // Checked before the query: a malformed id would make PostgreSQL fail the uuid cast.
  else if (UUID.test(text)) unit = await findUnitById(db, text.toLowerCase());
  else return { kind: 'invalid', message: `Đơn vị không hợp lệ: cần ${UNIT_REF_HELP}.` };
  return unit === undefined ? { kind: 'not-found', message: 'Không tìm thấy đơn vị.' } : { kind: 'found', unit };
}

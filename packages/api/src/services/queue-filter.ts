import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '@ketnoi/db';
import { addCalendarDays, searchWords, type DossierStatus } from '@ketnoi/domain';
import type { SessionUser } from '../context.ts';

export const DEADLINE_FILTERS = ['ON_TIME', 'DUE_TODAY', 'OVERDUE'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

/** The filters of a reviewer's queue; the list and its tab counts take the same ones. */
export interface QueueFilters {
  status?: readonly DossierStatus[] | undefined;
  unitId?: string | undefined;
  systemId?: string | undefined;
  provinceCode?: string | undefined;
  /** Submitted on or after this day (Asia/Ho_Chi_Minh), 'yyyy-MM-dd'. */
  submittedFrom?: string | undefined;
  /** Submitted on or before this day (Asia/Ho_Chi_Minh), 'yyyy-MM-dd'. */
  submittedTo?: string | undefined;
  /** By the running stage's due date against today: a dossier without a running stage matches none. */
  deadline?: DeadlineFilter | undefined;
  /** Words that must all appear in the code, owner unit or system name, diacritics and case ignored. */
  q?: string | undefined;
  /** Only what the user holds. */
  heldByMe?: boolean | undefined;
}

type Eb = ExpressionBuilder<Database, 'dossiers'>;

/** Vietnam is UTC+7 all year: a local day starts at 00:00+07:00. */
const startOfLocalDay = (day: string) => `${day}T00:00:00+07:00`;

/** `%`, `_` and `\` typed by the user are matched as themselves (backslash is LIKE's escape). */
const likeContaining = (word: string) => `%${word.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * The conditions of the filters, to be ANDed with visibleTo(user) (never instead of it). Every
 * value travels as a bound parameter; the search is folded by the domain's foldForSearch exactly as
 * `dossiers.search_text` was, and each word is one `LIKE '%word%'` that the pg_trgm index serves.
 */
export function filterConditions(user: SessionUser, f: QueueFilters, today: string, eb: Eb): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (f.status && f.status.length > 0) where.push(eb('dossiers.status', 'in', f.status));
  if (f.unitId) where.push(eb('dossiers.owner_unit_id', '=', f.unitId));
  if (f.systemId) where.push(eb('dossiers.system_id', '=', f.systemId));
  if (f.provinceCode) where.push(eb('dossiers.queue_province_code', '=', f.provinceCode));
  if (f.submittedFrom) where.push(eb('dossiers.submitted_at', '>=', startOfLocalDay(f.submittedFrom)));
  if (f.submittedTo) where.push(eb('dossiers.submitted_at', '<', startOfLocalDay(addCalendarDays(f.submittedTo, 1))));
  if (f.deadline === 'OVERDUE') where.push(eb('dossiers.stage_due_on', '<', today));
  if (f.deadline === 'DUE_TODAY') where.push(eb('dossiers.stage_due_on', '=', today));
  if (f.deadline === 'ON_TIME') where.push(eb('dossiers.stage_due_on', '>', today));
  for (const word of searchWords(f.q ?? '')) where.push(sql<SqlBool>`${eb.ref('dossiers.search_text')} like ${likeContaining(word)}`);
  if (f.heldByMe) where.push(eb('dossiers.holder_user_id', '=', user.userId));
  return where;
}

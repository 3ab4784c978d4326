import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '@ketnoi/db';
import type { SessionUser } from '../context.ts';

/**
 * The one definition of which dossiers a user may see (domain.md §3). Every dossier query goes
 * through it, so that a user of province A can never see, count or touch province B's dossiers:
 * - a submitter sees the dossiers of its own unit;
 * - a PC06 reviewer sees submitted local dossiers queued at its own province (never unsubmitted drafts);
 * - a C06 reviewer sees submitted central dossiers and local dossiers once forwarded to C06;
 * - an administrator sees none (it manages units, users and reference data).
 */
export function visibleTo(user: SessionUser) {
  return (eb: ExpressionBuilder<Database, 'dossiers'>): Expression<SqlBool> => {
    switch (user.role) {
      case 'SUBMITTER':
        return eb('dossiers.owner_unit_id', '=', user.unitId);
      case 'PROVINCIAL_REVIEWER':
        return eb.and([
          eb('dossiers.route', '=', 'PROVINCIAL'),
          eb('dossiers.queue_province_code', '=', user.provinceCode ?? '\u0000'),
          eb('dossiers.submitted_at', 'is not', null),
        ]);
      case 'NATIONAL_REVIEWER':
        return eb.and([
          eb('dossiers.submitted_at', 'is not', null),
          eb.or([eb('dossiers.route', '=', 'NATIONAL'), eb('dossiers.forwarded_at', 'is not', null)]),
        ]);
      default:
        return eb.lit(false);
    }
  };
}

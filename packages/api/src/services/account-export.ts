import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import { accountRowToRaw, maskPersonalId, maskPhone, type RawAccountRow } from '@ketnoi/domain';
import { writeAccountList } from '@ketnoi/sheets';
import type { SessionUser } from '../context.ts';
import { AppError } from '../errors.ts';
import { auditWriterFor } from './audit-writer.ts';
import { requireVisibleDossier } from './dossier-access.ts';
import { loadAccounts } from './dossier-content.ts';

export type AccountExportFormat = 'xlsx' | 'csv';

export interface AccountExportFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/**
 * The account list of one version of a dossier as a spreadsheet file (part 2, domain.md §5), in the
 * template's layout so that the owner unit can edit it and import it again. Jurisdiction as every
 * dossier read (requireVisibleDossier), and the versions as `dossier.accounts` shows them: the
 * submitter up to its unsent answer to a return (version + 1), reviewers up to the submitted version.
 * Only the owner unit needs the ID numbers and phones: reviewers get them masked.
 *
 * An export is a read of personal data: exactly one audit row per call, refusals included. Anything
 * outside the user's reach is null ("not found"), never a different answer.
 */
export async function accountExport(
  db: Kysely<Database>,
  user: SessionUser | null,
  dossierId: string,
  version: number | undefined,
  format: AccountExportFormat,
  requestId: string,
): Promise<AccountExportFile | null> {
  const audit = (outcome: 'OK' | 'REFUSED', details: { version: number | null; rows: number }) =>
    auditWriterFor(db).write({
      actorUserId: user?.userId ?? null,
      actorRole: user?.role ?? null,
      actorUnitId: user?.unitId ?? null,
      action: 'dossier.accounts.export',
      targetType: 'dossier',
      targetId: UUID.test(dossierId) ? dossierId : null,
      outcome,
      details: { version: details.version, format, rows: details.rows },
      requestId,
    });
  const refused = async () => {
    await audit('REFUSED', { version: version ?? null, rows: 0 });
    return null;
  };

  if (!user || !UUID.test(dossierId) || (version !== undefined && !(Number.isSafeInteger(version) && version >= 1))) return refused();
  let dossier: { id: string; code: string; version: number };
  try {
    dossier = await requireVisibleDossier(db, user, dossierId);
  } catch (e) {
    if (e instanceof TRPCError && e.cause instanceof AppError && e.cause.appCode === 'NOT_FOUND') return refused();
    throw e;
  }
  const wanted = version ?? dossier.version;
  if (wanted > latestVisibleVersion(user, dossier.version)) return refused();
  // Version N+1 exists only once the unit has started answering a return.
  const exists = await db.selectFrom('dossier_versions').select('version').where('dossier_id', '=', dossier.id).where('version', '=', wanted).executeTakeFirst();
  if (!exists) return refused();

  const accounts = await loadAccounts(db, dossier.id, wanted);
  const fullData = user.role === 'SUBMITTER';
  const rows: RawAccountRow[] = accounts.map((account, i) => {
    const raw = accountRowToRaw(account);
    return {
      rowNumber: i + 2,
      cells: {
        ...raw.cells,
        index: String(i + 1),
        ...(fullData ? {} : { personalId: maskPersonalId(account.personalId), phone: maskPhone(account.phone) }),
      },
    };
  });
  const bytes = await writeAccountList(rows, format);
  await audit('OK', { version: wanted, rows: rows.length });
  return { fileName: `Danh sách tài khoản ${dossier.code} phiên bản ${wanted}.${format}`, bytes };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** As routers/dossier.ts: the unit's answer to a return (version N+1) is its own until resubmitted. */
const latestVisibleVersion = (user: SessionUser, submitted: number) => (user.role === 'SUBMITTER' ? submitted + 1 : submitted);

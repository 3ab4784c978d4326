import type { Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import { ACCOUNT_LIST_COLUMNS } from '@ketnoi/domain';
import { writeAccountErrorCopy } from '@ketnoi/sheets';
import type { SessionUser } from '../context.ts';
import { pendingRows, type ImportFinding } from './account-import.ts';
import { auditWriterFor } from './audit-writer.ts';

const KEY_OF_LABEL = new Map<string, string>(ACCOUNT_LIST_COLUMNS.map((c) => [c.label, c.key]));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The copy of an uploaded list with an error column, for an import still waiting for the unit's
 * decision. Only the unit that uploaded it gets it (it holds the people's data as typed); every
 * request is a read of personal data and writes one audit row, refusals included.
 */
export async function importErrorCopy(db: Kysely<Database>, user: SessionUser | null, importId: string, requestId: string): Promise<{ fileName: string; bytes: Uint8Array } | null> {
  const imp =
    user?.role === 'SUBMITTER' && UUID.test(importId)
      ? await db.selectFrom('account_imports').select(['id', 'dossier_id', 'file_name', 'status', 'findings']).where('id', '=', importId).where('owner_unit_id', '=', user.unitId).executeTakeFirst()
      : undefined;
  const ok = imp !== undefined && imp.status === 'HAS_ERRORS';
  await auditWriterFor(db).write({
    actorUserId: user?.userId ?? null,
    actorRole: user?.role ?? null,
    actorUnitId: user?.unitId ?? null,
    action: 'submitter.accountImports.errorCopy',
    targetType: imp ? 'dossier' : null,
    targetId: imp?.dossier_id ?? null,
    outcome: ok ? 'OK' : 'REFUSED',
    details: { importId: UUID.test(importId) ? importId : null },
    requestId,
  });
  if (!ok) return null;
  const findings = ((typeof imp.findings === 'string' ? JSON.parse(imp.findings) : imp.findings) ?? []) as ImportFinding[];
  const bytes = await writeAccountErrorCopy(
    await pendingRows(db, imp.id),
    findings.map((f) => ({ row: f.row, column: KEY_OF_LABEL.get(f.column) ?? f.column, message: f.message })),
  );
  const base = imp.file_name.replace(/\.(xlsx|csv)$/i, '');
  return { fileName: `${base} - loi can sua.xlsx`, bytes };
}

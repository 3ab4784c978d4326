import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '@ketnoi/db';
import { auditWriterFor } from './audit-writer.ts';
import type { SessionUser } from '../context.ts';
import { visibleTo } from './jurisdiction.ts';

/**
 * A document may be downloaded by its owner unit, or by a reviewer who may see a dossier that
 * refers to it (the documents sit in the dossier versions' parts). Anything else is "not found".
 * Every download is audited (refusals included).
 */
export async function authorizeDocumentDownload(db: Kysely<Database>, user: SessionUser | null, documentId: string, requestId: string) {
  const audit = (outcome: 'OK' | 'REFUSED') =>
    auditWriterFor(db).write({ actorUserId: user?.userId ?? null, actorRole: user?.role ?? null, actorUnitId: user?.unitId ?? null, action: 'document.download', targetType: 'document', targetId: documentId, outcome, requestId });
  if (!user || !/^[0-9a-f-]{36}$/i.test(documentId)) {
    await audit('REFUSED');
    return null;
  }
  const doc = await db.selectFrom('documents').select(['id', 'owner_unit_id', 'file_name', 'media_type', 'sha256', 'content']).where('id', '=', documentId).executeTakeFirst();
  let allowed = !!doc && user.role === 'SUBMITTER' && doc.owner_unit_id === user.unitId;
  if (doc && !allowed && (user.role === 'PROVINCIAL_REVIEWER' || user.role === 'NATIONAL_REVIEWER')) {
    const ref = await db
      .selectFrom('dossiers')
      .innerJoin('dossier_versions as v', 'v.dossier_id', 'dossiers.id')
      .select('dossiers.id')
      .where(visibleTo(user))
      // Not the unit's unsubmitted answer to a return (version N+1): only what was submitted.
      .whereRef('v.version', '<=', 'dossiers.version')
      .where((eb) => eb.or([sql<boolean>`v.org_commitment -> 'document' ->> 'fileId' = ${documentId}`, sql<boolean>`v.security_confirmation -> 'confirmation' -> 'document' ->> 'fileId' = ${documentId}`]))
      .limit(1)
      .executeTakeFirst();
    allowed = !!ref;
  }
  await audit(allowed ? 'OK' : 'REFUSED');
  return allowed && doc ? { fileName: doc.file_name, mediaType: doc.media_type, sha256: doc.sha256, content: doc.content } : null;
}

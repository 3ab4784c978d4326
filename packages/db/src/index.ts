export { createDatabase, createPgliteDatabase, createPostgresDatabase, DataDirLockedError, DEFAULT_PGLITE_DIR } from './connection.js';
export type { CreateDatabaseOptions, DatabaseHandle, DatabaseKind, PgliteDatabaseHandle } from './connection.js';
export { MIGRATION_NAMES, migrateToLatest } from './migrate.js';
export { seedReference, seedProvinces, provincialPoliceName, C06_UNIT_NAME } from './seed-reference.js';
export type { SeedReport } from './seed-reference.js';
export { appendAudit, appendAuditBatch, verifyAuditChain, listAuditForTarget } from './repositories/audit.js';
export type { AuditEntry, AppendedAudit, AuditChainVerdict } from './repositories/audit.js';
export {
  createUser,
  disableUser,
  enableUser,
  findUserById,
  findUserByUsername,
  listUsers,
  normaliseUsername,
  revokeUserSessions,
  setPasswordHash,
} from './repositories/users.js';
export type { DisableUserResult, NewUserInput, UserListItem } from './repositories/users.js';
export { destroySession, getSession, purgeSessions, setSession, touchSession } from './repositories/sessions.js';
export type { StoredSession } from './repositories/sessions.js';
export { clearLoginFailures, countLoginFailures, purgeLoginFailures, recordLoginFailure } from './repositories/login-failures.js';
export { loadCalendar, loadPolicy, loadProvinces, loadReference, loadServices, mergePolicy } from './repositories/reference.js';
export type { ReferenceCalendar, ReferenceData } from './repositories/reference.js';
export type * from './schema.js';
export { findUserForLogin } from './repositories/login.js';
export type { LoginCandidate } from './repositories/login.js';
export { createOwnerUnit, findC06Unit, findPc06Unit, findUnitById, listUnits } from './repositories/units.js';
export type { NewOwnerUnitInput, UnitFilter } from './repositories/units.js';
export { dossierSearchText, refreshDossierSearchText } from './repositories/dossier-search.js';
export type { DossierSearchScope } from './repositories/dossier-search.js';
export { checkIntegrity, findDocumentHashMismatches, MIGRATION_TABLES, tableRowCounts, TABLES } from './repositories/integrity.js';
export type { IntegrityReport } from './repositories/integrity.js';

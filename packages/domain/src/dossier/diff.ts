import type { AccountRow } from '../account-list/account-row';
import type { AccountListColumn } from '../account-list/columns';
import { maskPersonalId } from '../values/personal-id';
import type { DocumentReference } from '../values/document-reference';
import type { DossierContent, ServiceLine } from './content';

/**
 * What changed between two versions of a dossier, for reviewers answering a return (domain.md §4:
 * "reviewers see what changed between versions"). Accounts are matched by personal ID number, which
 * is the person's identity, and only masked numbers leave this function. Linear time: maps, no nested scans.
 */
export interface AccountRef {
  personalIdMasked: string;
  rowNumber: number;
}

export interface AccountChange extends AccountRef {
  fields: AccountListColumn[];
}

export type DocumentChange = { part: 'ORG_COMMITMENT' | 'SECURITY_CONFIRMATION'; change: 'added' | 'removed' | 'replaced' };

export interface DossierDiff {
  accounts: { added: AccountRef[]; removed: AccountRef[]; changed: AccountChange[] };
  services: { added: string[]; removed: string[]; changed: string[] };
  documents: DocumentChange[];
  /** The security survey changed. */
  survey: boolean;
}

/** Structural equality that ignores key order (JSON from PostgreSQL jsonb comes back with keys reordered). */
export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  if (ak.length !== bk.length) return false;
  const bo = b as Record<string, unknown>;
  const ao = a as Record<string, unknown>;
  return ak.every((k) => Object.hasOwn(bo, k) && deepEqual(ao[k], bo[k]));
};

/** Compared columns; the row number is where a person sits in the sheet, not a change to the person. */
const COMPARED: readonly Exclude<AccountListColumn, 'index' | 'personalId' | 'services'>[] = [
  'fullName',
  'dateOfBirth',
  'sex',
  'position',
  'workUnit',
  'phone',
  'email',
  'username',
];

const sameServices = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((s) => set.has(s));
};

const ref = (a: AccountRow): AccountRef => ({ personalIdMasked: maskPersonalId(a.personalId), rowNumber: a.rowNumber });

const diffAccounts = (previous: readonly AccountRow[], next: readonly AccountRow[]): DossierDiff['accounts'] => {
  const before = new Map(previous.map((a) => [a.personalId, a]));
  const nextIds = new Set<string>();
  const added: AccountRef[] = [];
  const changed: AccountChange[] = [];
  for (const a of next) {
    nextIds.add(a.personalId);
    const old = before.get(a.personalId);
    if (!old) {
      added.push(ref(a));
      continue;
    }
    const fields: AccountListColumn[] = COMPARED.filter((k) => old[k] !== a[k]);
    if (!sameServices(old.services, a.services)) fields.push('services');
    if (fields.length > 0) changed.push({ ...ref(a), fields });
  }
  const removed = previous.filter((a) => !nextIds.has(a.personalId)).map(ref);
  return { added, removed, changed };
};

const linesByService = (lines: readonly ServiceLine[]): Map<string, ServiceLine[]> => {
  const map = new Map<string, ServiceLine[]>();
  for (const line of lines) {
    const list = map.get(line.serviceCode);
    if (list) list.push(line);
    else map.set(line.serviceCode, [line]);
  }
  return map;
};

const diffServices = (previous: readonly ServiceLine[], next: readonly ServiceLine[]): DossierDiff['services'] => {
  const before = linesByService(previous);
  const after = linesByService(next);
  const added: string[] = [];
  const changed: string[] = [];
  for (const [code, lines] of after) {
    const old = before.get(code);
    if (!old) added.push(code);
    else if (!deepEqual(old, lines)) changed.push(code);
  }
  const removed = [...before.keys()].filter((code) => !after.has(code));
  return { added, removed, changed };
};

const documentChange = (
  part: DocumentChange['part'],
  previous: DocumentReference | null,
  next: DocumentReference | null,
): DocumentChange | null => {
  if (previous === null && next === null) return null;
  if (previous === null) return { part, change: 'added' };
  if (next === null) return { part, change: 'removed' };
  return deepEqual(previous, next) ? null : { part, change: 'replaced' };
};

export const diffDossierVersions = (previous: DossierContent, next: DossierContent): DossierDiff => {
  const documents = [
    documentChange('ORG_COMMITMENT', previous.orgCommitment.document, next.orgCommitment.document),
    documentChange('SECURITY_CONFIRMATION', previous.securityConfirmation.confirmation.document, next.securityConfirmation.confirmation.document),
  ].filter((d): d is DocumentChange => d !== null);
  return {
    accounts: diffAccounts(previous.accounts, next.accounts),
    services: diffServices(previous.serviceRegistration.lines, next.serviceRegistration.lines),
    documents,
    survey: !deepEqual(previous.securityConfirmation.survey, next.securityConfirmation.survey),
  };
};

/** True when nothing a reviewer would look at changed. */
export const isEmptyDiff = (d: DossierDiff): boolean =>
  d.accounts.added.length + d.accounts.removed.length + d.accounts.changed.length + d.services.added.length + d.services.removed.length + d.services.changed.length + d.documents.length === 0 &&
  !d.survey;

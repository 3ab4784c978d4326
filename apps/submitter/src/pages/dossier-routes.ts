import type { DossierPart } from '@ketnoi/domain';

/**
 * The screens of one dossier, by their Vietnamese path segment under `/ho-so/:id/`.
 * The workspace (`/ho-so/:id`) links each part and each checklist item here.
 */
export const PART_SEGMENTS: Readonly<Record<DossierPart, string>> = {
  ORG_COMMITMENT: 'cam-ket',
  ACCOUNT_LIST: 'danh-sach-tai-khoan',
  SERVICE_REGISTRATION: 'dang-ky-dich-vu',
  SECURITY_CONFIRMATION: 'an-ninh',
};

export const FOLLOW_SEGMENTS = { timeline: 'lich-su', changes: 'thay-doi', receipt: 'bien-nhan' } as const;

export const dossierPath = (dossierId: string, segment?: string) => (segment ? `/ho-so/${dossierId}/${segment}` : `/ho-so/${dossierId}`);

/** Where a completeness issue's path points (`['ACCOUNT_LIST', 3, 'personalId']`): a part, the system, or nowhere. */
export function targetOfIssuePath(path: readonly (string | number)[] | undefined): DossierPart | 'SYSTEM' | null {
  const head = path?.[0];
  if (head === 'SYSTEM') return 'SYSTEM';
  return typeof head === 'string' && head in PART_SEGMENTS ? (head as DossierPart) : null;
}

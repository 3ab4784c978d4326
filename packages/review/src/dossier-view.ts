import type { KetnoiClient } from '@ketnoi/client';

/** The dossier as `dossier.get` gives a reviewer (PC06 or C06): summary, allowed commands, parts, opinion, decisions. */
export type DossierView = Awaited<ReturnType<KetnoiClient['dossier']['get']['query']>>;
export type AllowedCommand = DossierView['allowedCommands'][number];

/** Where the server sends a stored document (always as an attachment). */
export const fileHref = (fileId: string): string => `/files/${encodeURIComponent(fileId)}`;

/** Ids of the sections both reviewer screens have, for the "on this page" links; each app adds its own. */
export const REVIEW_SECTION_IDS = {
  parts: 'thanh-phan',
  accounts: 'danh-sach-tai-khoan',
  changes: 'thay-doi',
  timeline: 'lich-su',
} as const;

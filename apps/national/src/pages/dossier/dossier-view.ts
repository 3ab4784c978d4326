import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';

type Outputs = inferRouterOutputs<AppRouter>;

/** The dossier as `dossier.get` gives a C06 reviewer: summary, allowed commands, parts, opinion, decisions. */
export type DossierView = Outputs['dossier']['get'];
export type AllowedCommand = DossierView['allowedCommands'][number];

/** Where the server sends a stored document (always as an attachment). */
export const fileHref = (fileId: string): string => `/files/${encodeURIComponent(fileId)}`;

/** Ids of the page's sections, for the "on this page" links. */
export const SECTION_IDS = {
  opinion: 'y-kien-pc06',
  parts: 'thanh-phan',
  accounts: 'danh-sach-tai-khoan',
  changes: 'thay-doi',
  timeline: 'lich-su',
  decisions: 'quyet-dinh',
} as const;

/** The decisions C06 takes on a dossier, in the order the page offers them. */
export const DECISIONS = ['APPROVE', 'RETURN', 'REJECT', 'RECORD_CONNECTION', 'SUSPEND', 'RESUME', 'REVOKE'] as const satisfies readonly AllowedCommand[];
export type DecisionCommand = (typeof DECISIONS)[number];

/** Those that cannot be undone: confirmed before they are sent. */
export const IRREVERSIBLE: readonly DecisionCommand[] = ['REJECT', 'REVOKE'];

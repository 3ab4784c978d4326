import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';

type Outputs = inferRouterOutputs<AppRouter>;

/** The dossier as `dossier.get` gives a PC06 reviewer: summary, allowed commands, the four parts. */
export type DossierView = Outputs['dossier']['get'];

/** Where the server sends a stored document (always as an attachment). */
export const fileHref = (fileId: string): string => `/files/${encodeURIComponent(fileId)}`;

/** The supplement-request printout of a returned dossier (apps/server printout-routes.ts). */
export const supplementRequestHref = (dossierId: string): string => `/files/dossiers/${encodeURIComponent(dossierId)}/supplement-request.pdf`;

/** Ids of the page's sections, for the "on this page" links. */
export const SECTION_IDS = {
  parts: 'thanh-phan',
  accounts: 'danh-sach-tai-khoan',
  changes: 'thay-doi',
  timeline: 'lich-su',
  return: 'tra-lai',
  forward: 'chuyen-c06',
} as const;

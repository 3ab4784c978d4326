import type { Route } from '../routing/routing';
import type { Connection, Decision, Deficiency, Opinion } from './command';
import type { CreatedEvent } from './event';
import type { Holder, PausedStage, Stage } from './stage';
import type { DossierStatus } from './status';

/** The state of one dossier: the fold of its events (domain.md §4). */
export interface DossierState {
  readonly status: DossierStatus;
  readonly route: Route;
  readonly ownerUnitId: string;
  /** The province whose PC06 queue holds a local dossier; null on the national route. */
  readonly queueProvinceCode: string | null;
  /** The owner unit's province as recorded when filed (kept for the record across mergers, domain.md §2). */
  readonly filedProvinceCode: string | null;
  /** The reviewer holding the claim (one at a time). */
  readonly holder: Holder | null;
  /** Content version: 1 at creation, +1 on each resubmission. */
  readonly version: number;
  /** Number of events folded, CREATED included (the optimistic-concurrency token). */
  readonly revision: number;
  /** The running review clock; null when no review is running (draft, returned, decided). */
  readonly stage: Stage | null;
  /** The clock a return stopped, for the 'resume' policy; null otherwise. */
  readonly pausedStage: PausedStage | null;
  /** Deficiencies of the latest return, kept after resubmission so reviewers can check they were answered. */
  readonly deficiencies: readonly Deficiency[] | null;
  /** PC06's latest opinion on forwarding. */
  readonly lastOpinion: Opinion | null;
  readonly approval: { readonly decision: Decision; readonly approvedAt: string; readonly approvedBy: string } | null;
  readonly connection: Connection | null;
  readonly suspension: { readonly reason: string; readonly since: string } | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The connected dossier this one amends, if it is an amendment. */
  readonly amendsDossierId: string | null;
}

export const initialState = (created: CreatedEvent): DossierState => ({
  status: 'DRAFT',
  route: created.routing.route,
  ownerUnitId: created.ownerUnitId,
  queueProvinceCode: created.routing.route === 'PROVINCIAL' ? created.routing.queueProvinceCode : null,
  filedProvinceCode: created.routing.route === 'PROVINCIAL' ? created.routing.filedProvinceCode : null,
  holder: null,
  version: 1,
  revision: 1,
  stage: null,
  pausedStage: null,
  deficiencies: null,
  lastOpinion: null,
  approval: null,
  connection: null,
  suspension: null,
  createdAt: created.at,
  updatedAt: created.at,
  amendsDossierId: created.amendsDossierId ?? null,
});

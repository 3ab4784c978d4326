import type { Routing } from '../routing/routing';
import { COMMAND_OF_EVENT, type DossierEvent } from './event';
import { initialState, type DossierState } from './state';
import { ruleFor, targetOf } from './transitions';

const routed = (state: DossierState, routing: Routing, keepFiled: boolean): Pick<DossierState, 'route' | 'queueProvinceCode' | 'filedProvinceCode'> =>
  routing.route === 'NATIONAL'
    ? { route: 'NATIONAL', queueProvinceCode: null, filedProvinceCode: null }
    : {
        route: 'PROVINCIAL',
        queueProvinceCode: routing.queueProvinceCode,
        // A resubmission keeps the province the dossier was first filed in (domain.md §2: kept for the record).
        filedProvinceCode: keepFiled && state.filedProvinceCode !== null ? state.filedProvinceCode : routing.filedProvinceCode,
      };

/**
 * Apply one stored event. Events are facts already checked by decide(); one that the table does not
 * allow from the current status means corrupted history, a broken invariant, so it throws.
 */
export const evolve = (state: DossierState, event: DossierEvent): DossierState => {
  if (event.type === 'CREATED') throw new Error('CREATED starts a dossier: use initialState()');
  const rule = ruleFor(state.status, COMMAND_OF_EVENT[event.type]);
  if (!rule) throw new Error(`Corrupted history: ${event.type} cannot follow status ${state.status}`);
  const next = { ...state, revision: state.revision + 1, updatedAt: event.at };

  switch (event.type) {
    case 'SUBMITTED': {
      const r = routed(state, event.routing, false);
      return { ...next, ...r, status: targetOf(rule, r.route), stage: event.stage, pausedStage: null, holder: null };
    }
    case 'RESUBMITTED': {
      if (event.version !== state.version + 1) throw new Error(`Corrupted history: version ${event.version} after ${state.version}`);
      const r = routed(state, event.routing, true);
      return { ...next, ...r, status: targetOf(rule, r.route), version: event.version, stage: event.stage, pausedStage: null, holder: null };
    }
    case 'WITHDRAWN':
      return { ...next, status: targetOf(rule, state.route), holder: null, stage: null, pausedStage: null };
    case 'CLAIMED':
      return { ...next, holder: { userId: event.actor.userId, unitId: event.actor.unitId } };
    case 'RELEASED':
      return { ...next, holder: null };
    case 'RETURNED':
      return { ...next, status: targetOf(rule, state.route), holder: null, stage: null, pausedStage: event.pausedStage, deficiencies: event.deficiencies };
    case 'FORWARDED':
      return { ...next, status: targetOf(rule, state.route), holder: null, stage: event.stage, lastOpinion: event.opinion };
    case 'REJECTED':
      return { ...next, status: targetOf(rule, state.route), holder: null, stage: null };
    case 'APPROVED':
      return {
        ...next,
        status: targetOf(rule, state.route),
        holder: null,
        stage: null,
        approval: { decision: event.decision, approvedAt: event.at, approvedBy: event.actor.userId },
      };
    case 'CONNECTION_RECORDED':
      return { ...next, status: targetOf(rule, state.route), connection: event.connection };
    case 'SUSPENDED':
      return { ...next, status: targetOf(rule, state.route), suspension: { reason: event.reason, since: event.at } };
    case 'RESUMED':
      return { ...next, status: targetOf(rule, state.route), suspension: null };
    case 'REVOKED':
      return { ...next, status: targetOf(rule, state.route) };
  }
};

/** The state is the fold of the events, the first being CREATED. */
export const fold = (events: readonly DossierEvent[]): DossierState => {
  const [first, ...rest] = events;
  if (!first || first.type !== 'CREATED') throw new Error('A dossier history starts with CREATED');
  return rest.reduce(evolve, initialState(first));
};

import type { Route } from '../routing/routing';
import type { CommandType } from './command';
import type { Role } from './role';
import type { DossierStatus } from './status';

/**
 * How an actor must relate to the dossier, on top of the role:
 * - OWNER_UNIT: belongs to the dossier's owner unit;
 * - PROVINCE: PC06 reviewer of the province whose queue holds the dossier;
 * - HOLDER: the reviewer who currently holds the claim (domain.md §4: claim before acting);
 * - NATIONAL: any C06 reviewer.
 * All relations of a row must hold.
 */
export type Relation = 'OWNER_UNIT' | 'PROVINCE' | 'HOLDER' | 'NATIONAL';

export interface Permission {
  readonly role: Role;
  readonly relations: readonly Relation[];
}

/** Submission goes to PC06 for a local dossier and to C06 for a central one (domain.md §1). */
export type Target = DossierStatus | { readonly byRoute: Readonly<Record<Route, DossierStatus>> };

export interface TransitionRule {
  readonly command: CommandType;
  readonly who: Permission;
  readonly to: Target;
}

const BY_ROUTE = { byRoute: { PROVINCIAL: 'PROVINCIAL_REVIEW', NATIONAL: 'NATIONAL_REVIEW' } } as const;
const OWNER = { role: 'SUBMITTER', relations: ['OWNER_UNIT'] } as const;
const PC06 = { role: 'PROVINCIAL_REVIEWER', relations: ['PROVINCE'] } as const;
const PC06_HOLDER = { role: 'PROVINCIAL_REVIEWER', relations: ['PROVINCE', 'HOLDER'] } as const;
const C06 = { role: 'NATIONAL_REVIEWER', relations: ['NATIONAL'] } as const;
const C06_HOLDER = { role: 'NATIONAL_REVIEWER', relations: ['NATIONAL', 'HOLDER'] } as const;

/**
 * THE lifecycle table of domain.md §4, as data. decide() refuses anything not in it; the apps use it
 * (through allowedCommands) to show which buttons exist. NATIONAL_ADMIN appears nowhere: administrators
 * manage units, users and reference data, not dossiers (domain.md §3).
 */
export const TRANSITIONS = {
  DRAFT: [
    { command: 'SUBMIT', who: OWNER, to: BY_ROUTE },
    { command: 'WITHDRAW', who: OWNER, to: 'WITHDRAWN' },
  ],
  PROVINCIAL_REVIEW: [
    { command: 'CLAIM', who: PC06, to: 'PROVINCIAL_REVIEW' },
    { command: 'RELEASE', who: PC06_HOLDER, to: 'PROVINCIAL_REVIEW' },
    { command: 'RETURN', who: PC06_HOLDER, to: 'RETURNED' },
    { command: 'FORWARD', who: PC06_HOLDER, to: 'NATIONAL_REVIEW' },
  ],
  NATIONAL_REVIEW: [
    { command: 'CLAIM', who: C06, to: 'NATIONAL_REVIEW' },
    { command: 'RELEASE', who: C06_HOLDER, to: 'NATIONAL_REVIEW' },
    { command: 'RETURN', who: C06_HOLDER, to: 'RETURNED' },
    { command: 'REJECT', who: C06_HOLDER, to: 'REJECTED' },
    { command: 'APPROVE', who: C06_HOLDER, to: 'APPROVED' },
  ],
  RETURNED: [
    // A local dossier goes back to PC06 even when C06 returned it (domain.md §4).
    { command: 'RESUBMIT', who: OWNER, to: BY_ROUTE },
    { command: 'WITHDRAW', who: OWNER, to: 'WITHDRAWN' },
  ],
  APPROVED: [{ command: 'RECORD_CONNECTION', who: C06, to: 'CONNECTED' }],
  CONNECTED: [
    { command: 'SUSPEND', who: C06, to: 'SUSPENDED' },
    { command: 'REVOKE', who: C06, to: 'REVOKED' },
  ],
  SUSPENDED: [
    { command: 'RESUME', who: C06, to: 'CONNECTED' },
    { command: 'REVOKE', who: C06, to: 'REVOKED' },
  ],
  REJECTED: [],
  WITHDRAWN: [],
  REVOKED: [],
} as const satisfies Record<DossierStatus, readonly TransitionRule[]>;

export const rulesFor = (status: DossierStatus): readonly TransitionRule[] => TRANSITIONS[status];

export const ruleFor = (status: DossierStatus, command: CommandType): TransitionRule | undefined =>
  rulesFor(status).find((r) => r.command === command);

export const targetOf = (rule: TransitionRule, route: Route): DossierStatus => (typeof rule.to === 'string' ? rule.to : rule.to.byRoute[route]);

import { loadReference } from '@ketnoi/db';
import { auditChange } from './audit-change.ts';
import {
  checkCompleteness,
  decide,
  evolve,
  localDate,
  routeDossier,
  type Command,
  type DossierState,
  type Issue,
} from '@ketnoi/domain';
import type { Context, SessionUser } from '../context.ts';
import { appError, refused } from '../errors.ts';
import type { AuditState } from '../trpc.ts';
import { actorOf } from './actor.ts';
import { appendEvents, loadState, projection } from './dossier-events.ts';
import { loadContent, ensureWorkingVersion } from './dossier-content.ts';
import { withIdempotency } from './idempotency.ts';
import { birthPrefixes } from '@ketnoi/reference';
import { systemFromRow } from './system-mapping.ts';
import { visibleTo } from './jurisdiction.ts';
import { recordDashboardChange } from './dashboard-stats.ts';
import { scheduleTransitionEffects } from './schedule-transition-effects.ts';

export interface CommandRequest {
  readonly dossierId: string;
  /** The revision the user saw: optimistic concurrency (quality W2). */
  readonly expectedRevision: number;
  readonly idempotencyKey: string;
  readonly command: Command;
}

export interface CommandOutcome {
  readonly dossierId: string;
  readonly code: string;
  readonly status: DossierState['status'];
  readonly revision: number;
  readonly version: number;
  readonly stageDueOn: string | null;
  readonly queueProvinceCode: string | null;
}

type CommandContext = Context & { user: SessionUser; auditState: AuditState };

/**
 * load → domain.decide → persist events, projection and audit in ONE transaction
 * (architecture.md). The projection update is conditional on the revision the user saw, so of
 * many concurrent commands on one revision exactly one commits; the others get VERSION_CONFLICT.
 */
export async function executeCommand(ctx: CommandContext, procedure: string, request: CommandRequest): Promise<CommandOutcome> {
  return withIdempotency(ctx.db, { userId: ctx.user.userId, key: request.idempotencyKey, procedure, input: request }, async (trx) => {
    const row = await trx
      .selectFrom('dossiers')
      .innerJoin('units', 'units.id', 'dossiers.owner_unit_id')
      .innerJoin('systems', 'systems.id', 'dossiers.system_id')
      .select([
        'dossiers.id',
        'dossiers.code',
        'dossiers.revision',
        'dossiers.submitted_at',
        'dossiers.forwarded_at',
        'units.level as unit_level',
        'units.province_code as unit_province_code',
        'systems.id as system_id',
      ])
      .where('dossiers.id', '=', request.dossierId)
      .where(visibleTo(ctx.user))
      .executeTakeFirst();
    if (!row) throw appError('NOT_FOUND');
    if (row.revision !== request.expectedRevision) throw appError('VERSION_CONFLICT');

    const { state } = await loadState(trx, row.id);
    // Read committed: another command may have committed between the two reads above.
    if (state.revision !== request.expectedRevision) throw appError('VERSION_CONFLICT');
    const now = ctx.now();
    const reference = await loadReference(trx);
    const type = request.command.type;
    let routing;
    let completenessIssues: Issue[] | undefined;
    if (type === 'SUBMIT' || type === 'RESUBMIT') {
      const routed = routeDossier({
        ownerUnit: { level: row.unit_level, provinceCode: row.unit_province_code },
        provinces: reference.provinces,
        on: localDate(now.toISOString()),
      });
      if (!routed.ok) throw refused(routed.issues);
      routing = routed.value;
      const version = type === 'RESUBMIT' ? await ensureWorkingVersion(trx, row.id, state.version) : state.version;
      const content = await loadContent(trx, row.id, version);
      const system = systemFromRow(await trx.selectFrom('systems').selectAll().where('id', '=', row.system_id).executeTakeFirstOrThrow());
      completenessIssues = checkCompleteness({
        content,
        system,
        serviceCatalogue: reference.services,
        birthPrefixes,
        policy: reference.policy,
        today: localDate(now.toISOString()),
      });
    }

    const decision = decide(state, request.command, actorOf(ctx.user), {
      now: now.toISOString(),
      calendar: reference.calendar,
      policy: reference.policy,
      ...(routing ? { routing } : {}),
      ...(completenessIssues ? { completenessIssues } : {}),
    });
    if (!decision.ok) throw refused(decision.issues);
    const events = decision.value;
    const next = events.reduce(evolve, state);

    const updated = await trx
      .updateTable('dossiers')
      .set({
        ...projection(next),
        updated_at: now,
        ...(row.submitted_at === null && (type === 'SUBMIT') ? { submitted_at: now } : {}),
        ...(row.forwarded_at === null && type === 'FORWARD' ? { forwarded_at: now } : {}),
      })
      .where('id', '=', row.id)
      .where('revision', '=', request.expectedRevision)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw appError('VERSION_CONFLICT');
    await recordDashboardChange(trx, { dossierId: row.id, before: state, events, wasSubmitted: row.submitted_at !== null });
    await appendEvents(trx, row.id, request.expectedRevision, events);
    if (type === 'SUBMIT' || type === 'RESUBMIT') {
      await trx.updateTable('dossier_versions').set({ submitted_at: now }).where('dossier_id', '=', row.id).where('version', '=', next.version).execute();
    }
    if (type === 'RETURN') await ensureWorkingVersion(trx, row.id, next.version);
    await scheduleTransitionEffects(trx, { dossierId: row.id, before: state, after: next, events, now, reference });

    await auditChange(ctx, trx, procedure, { type: 'dossier', id: row.id }, { command: type, fromStatus: state.status, toStatus: next.status, revision: next.revision });
    return {
      dossierId: row.id,
      code: row.code,
      status: next.status,
      revision: next.revision,
      version: next.version,
      stageDueOn: next.stage?.dueOn ?? null,
      queueProvinceCode: next.queueProvinceCode,
    };
  });
}

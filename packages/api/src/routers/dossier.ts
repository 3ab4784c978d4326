import { z } from 'zod';
import { auditWriterFor } from '../services/audit-writer.ts';
import { allowedCommands, diffDossierVersions, localDate, maskPersonalId, maskPhone } from '@ketnoi/domain';
import { authedProcedure, router } from '../trpc.ts';
import { actorOf } from '../services/actor.ts';
import { requireVisibleDossier } from '../services/dossier-access.ts';
import { editableVersionOf, loadContent } from '../services/dossier-content.ts';
import { loadDossierView } from '../services/dossier-view.ts';
import { withDeadlines } from '../services/deadline.ts';
import { securityExpiryOf, securityValidity } from '../services/security-expiry.ts';
import { appError } from '../errors.ts';
import { offsetOf, pageInput } from './pagination.ts';
import { accountPageSchema } from './outputs.ts';
import { loadAccountPage, loadAccountsOf } from '../services/account-page.ts';
import { changedRowNumbers, listedElsewhere } from '../services/account-flags.ts';

const byId = z.object({ dossierId: z.uuid('Mã hồ sơ không hợp lệ.') });

/** The unit's answer to a return (version N+1) is its own until resubmitted: reviewers see up to N. */
const latestVisibleVersion = (user: { role: string }, submitted: number) => (user.role === 'SUBMITTER' ? submitted + 1 : submitted);

/** Reads shared by every role that handles dossiers; jurisdiction applies inside each query. */
export const dossierRouter = router({
  /** The dossier with its parts; the survey names the security officer (personal data): audited. */
  get: authedProcedure.meta({ personalData: true }).input(byId).query(async ({ ctx, input }) => {
    const view = await loadDossierView(ctx.db, ctx.user, input.dossierId);
    if (!view) throw appError('NOT_FOUND');
    const { state, parts, accountCount } = view;
    const [[summary], validity] = await Promise.all([withDeadlines(ctx.db, [view.summary], ctx.now()), securityValidity(ctx.db, [{ id: view.summary.id, version: view.version }])]);
    const securityValidUntil = validity.get(view.summary.id) ?? null;
    const editableVersion = ctx.user.role === 'SUBMITTER' ? editableVersionOf(state) : null;
    return {
      ...summary!,
      allowedCommands: allowedCommands(state, actorOf(ctx.user)),
      editableVersion,
      deficiencies: state.deficiencies,
      lastOpinion: state.lastOpinion,
      approval: state.approval,
      connection: state.connection,
      /** Why and since when a connection is suspended (null otherwise). */
      suspension: state.suspension,
      /** The confirmation's end of validity (stated, else by the policy) and its flag (EXPIRED, EXPIRING within 30 days). */
      securityValidUntil,
      securityExpiry: securityExpiryOf(view.summary.status, securityValidUntil, localDate(ctx.now().toISOString())),
      ...parts,
      accountCount,
    };
  }),

  timeline: authedProcedure.input(byId).query(async ({ ctx, input }) => {
    await requireVisibleDossier(ctx.db, ctx.user, input.dossierId);
    const rows = await ctx.db
      .selectFrom('dossier_events as e')
      .innerJoin('units as u', 'u.id', 'e.actor_unit_id')
      .select(['e.seq', 'e.type', 'e.actor_role as actorRole', 'u.name as actorUnitName', 'e.occurred_at as occurredAt', 'e.payload'])
      .where('e.dossier_id', '=', input.dossierId)
      .orderBy('e.seq')
      .execute();
    // Who by unit and role, not by person: reviewers' names are not shown to submitters.
    return rows.map(({ payload, ...r }) => {
      const event = (typeof payload === 'string' ? JSON.parse(payload) : payload) as Record<string, unknown>;
      const { actor: _actor, at: _at, type: _type, ...details } = event;
      return { ...r, details };
    });
  }),

  /**
   * The account list, masked, optionally searched (`q`: name without diacritics, username, or the
   * last 3–4 digits of the ID number). Reviewers also get per row whether it was added or changed
   * since the previous version and how many other systems they may see list the same person.
   * Reading it is a read of personal data: audited.
   */
  accounts: authedProcedure
    .meta({ personalData: true })
    .input(byId.extend({ version: z.number().int().min(1).optional(), q: z.string().max(100).optional(), ...pageInput }))
    .output(accountPageSchema)
    .query(async ({ ctx, input }) => {
      const row = await requireVisibleDossier(ctx.db, ctx.user, input.dossierId);
      const version = input.version ?? row.version;
      if (version > latestVisibleVersion(ctx.user, row.version)) throw appError('NOT_FOUND');
      const reviewer = ctx.user.role === 'PROVINCIAL_REVIEWER' || ctx.user.role === 'NATIONAL_REVIEWER';
      const previousVersion = reviewer && version > 1 ? version - 1 : null;
      const page = await loadAccountPage(ctx.db, row.id, version, { offset: offsetOf(input), limit: input.pageSize, q: input.q });
      const personalIds = page.items.map((a) => a.personalId);
      // The page against the same people in the previous version: the domain's diff, row by row.
      const [previous, elsewhere] = await Promise.all([
        previousVersion === null ? [] : loadAccountsOf(ctx.db, row.id, previousVersion, personalIds),
        reviewer ? listedElsewhere(ctx.db, ctx.user, { systemId: row.system_id }, personalIds) : new Map<string, number>(),
      ]);
      const changed = previousVersion === null ? new Set<number>() : changedRowNumbers(previous, page.items);
      await auditWriterFor(ctx.db).write({
        actorUserId: ctx.user.userId,
        actorRole: ctx.user.role,
        actorUnitId: ctx.user.unitId,
        action: 'dossier.accounts',
        targetType: 'dossier',
        targetId: row.id,
        outcome: 'OK',
        // Whether a search was made, never what was typed (it can be a name).
        details: { version, rows: page.items.length, searched: page.searched },
        requestId: ctx.requestId,
      });
      ctx.auditState.written = true;
      return {
        total: page.total,
        items: page.items.map((a) => ({
          ...a,
          personalId: maskPersonalId(a.personalId),
          phone: maskPhone(a.phone),
          ...(reviewer ? { changedSinceVersion: changed.has(a.rowNumber), listedElsewhere: elsewhere.get(a.personalId) ?? 0 } : {}),
        })),
        ...(reviewer ? { previousVersion } : {}),
      };
    }),

  diff: authedProcedure.input(byId.extend({ from: z.number().int().min(1), to: z.number().int().min(1) })).query(async ({ ctx, input }) => {
    const row = await requireVisibleDossier(ctx.db, ctx.user, input.dossierId);
    const latest = latestVisibleVersion(ctx.user, row.version);
    if (input.from > latest || input.to > latest) throw appError('NOT_FOUND');
    const [previous, next] = await Promise.all([loadContent(ctx.db, row.id, input.from), loadContent(ctx.db, row.id, input.to)]);
    return diffDossierVersions(previous, next);
  }),
});

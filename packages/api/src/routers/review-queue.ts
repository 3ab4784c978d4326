import { z } from 'zod';
import { calendarDateSchema, DOSSIER_STATUSES, localDate, RECOMMENDATIONS } from '@ketnoi/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@ketnoi/db';
import type { SessionUser } from '../context.ts';
import { dossierSummaryQuery } from '../services/dossier-summary.ts';
import { visibleTo } from '../services/jurisdiction.ts';
import { withDeadlines } from '../services/deadline.ts';
import { securityExpiryOf, securityValidity } from '../services/security-expiry.ts';
import { DEADLINE_FILTERS, filterConditions } from '../services/queue-filter.ts';
import { QUEUE_TABS, tabCondition, type QueueTab } from '../services/queue-tabs.ts';
import { offsetOf, pageInput } from './pagination.ts';

type Recommendation = (typeof RECOMMENDATIONS)[number];

const dossierStatus = z.enum(DOSSIER_STATUSES);

/** The filters shared by a queue and its counts (docs/ARCHITECTURE.md "Reviewer queues"). */
const queueFilterShape = {
  /** One status or several; a single one is accepted as well as a list. */
  status: z
    .union([dossierStatus, z.array(dossierStatus).max(DOSSIER_STATUSES.length)])
    .transform((s) => (Array.isArray(s) ? s : [s]))
    .optional(),
  unitId: z.uuid().optional(),
  systemId: z.uuid().optional(),
  provinceCode: z.string().regex(/^H?\d{2}$/).optional(),
  submittedFrom: calendarDateSchema.optional(),
  submittedTo: calendarDateSchema.optional(),
  deadline: z.enum(DEADLINE_FILTERS).optional(),
  q: z.string().max(100).optional(),
  heldByMe: z.boolean().optional(),
};

export const QUEUE_SORTS = ['due', 'updated', 'code', 'unit', 'submitted'] as const;

export const queueFilterInput = z.object(queueFilterShape);
export type QueueFilterInput = z.infer<typeof queueFilterInput>;

export const queueInput = z.object({
  ...pageInput,
  tab: z.enum(QUEUE_TABS).default('ALL'),
  ...queueFilterShape,
  sort: z.enum(QUEUE_SORTS).default('due'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type QueueInput = z.infer<typeof queueInput>;

/** Counts take the queue's filters, all optional (and no input at all). */
export const countsInput = queueFilterInput.optional();

const todayOf = (now: Date) => localDate(now.toISOString());

/**
 * A reviewer's queue: the jurisdiction filter (visibleTo), then the tab and the filters, sorted and
 * paginated on the server. Every sort ends with the dossier code (unique), so pages never overlap
 * nor skip a dossier whatever the ties.
 *
 * The page is chosen on the dossiers table alone (units joined only for their name as a sort key),
 * in parallel with the count; only then are the columns shown joined, for the rows of the page —
 * again through visibleTo — so the cost of the joins does not grow with the queue.
 */
export async function listQueue(db: Kysely<Database>, user: SessionUser, input: QueueInput, now: Date) {
  const today = todayOf(now);
  const dir = input.dir;
  const page = db
    .selectFrom('dossiers')
    .innerJoin('units', 'units.id', 'dossiers.owner_unit_id')
    .where(visibleTo(user))
    .where((eb) => eb.and([tabCondition(user.role, input.tab, eb), ...filterConditions(user, input, today, eb)]))
    .select('dossiers.id')
    .$call((q) => {
      switch (input.sort) {
        case 'due':
          return q.orderBy('dossiers.stage_due_on', (ob) => (dir === 'asc' ? ob.asc() : ob.desc()).nullsLast());
        case 'updated':
          return q.orderBy('dossiers.updated_at', dir);
        case 'unit':
          return q.orderBy('units.name', dir);
        case 'submitted':
          return q.orderBy('dossiers.submitted_at', (ob) => (dir === 'asc' ? ob.asc() : ob.desc()).nullsLast());
        case 'code':
          return q;
      }
    })
    .orderBy('dossiers.code', dir)
    .limit(input.pageSize)
    .offset(offsetOf(input));
  const count = db
    .selectFrom('dossiers')
    .where(visibleTo(user))
    .where((eb) => eb.and([tabCondition(user.role, input.tab, eb), ...filterConditions(user, input, today, eb)]))
    .select((eb) => eb.fn.countAll<number>().as('n'));
  const [pageRows, total] = await Promise.all([page.execute(), count.executeTakeFirstOrThrow()]);
  const ids = pageRows.map((r) => r.id);
  if (ids.length === 0) return { items: [], total: Number(total.n) };
  const [rows, recommendations] = await Promise.all([
    dossierSummaryQuery(db, user).leftJoin('provinces', 'provinces.code', 'dossiers.queue_province_code').select('provinces.name as provinceName').where('dossiers.id', 'in', ids).execute(),
    lastRecommendations(db, ids),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.flatMap((id) => byId.get(id) ?? []);
  const [items, validity] = await Promise.all([withDeadlines(db, ordered, now), securityValidity(db, ordered)]);
  return {
    items: items.map((i) => {
      const securityValidUntil = validity.get(i.id) ?? null;
      return { ...i, lastRecommendation: recommendations.get(i.id) ?? null, securityValidUntil, securityExpiry: securityExpiryOf(i.status, securityValidUntil, today) };
    }),
    total: Number(total.n),
  };
}

/**
 * PC06's recommendation when it last forwarded each dossier (C06 reads it in its queue). The
 * dossiers are already known to be visible: this only reads their own events.
 */
async function lastRecommendations(db: Kysely<Database>, dossierIds: readonly string[]): Promise<Map<string, Recommendation>> {
  if (dossierIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('dossier_events')
    .distinctOn('dossier_id')
    .select(['dossier_id', sql<string | null>`payload->'opinion'->>'recommendation'`.as('recommendation')])
    .where('dossier_id', 'in', dossierIds)
    .where('type', '=', 'FORWARDED')
    .orderBy('dossier_id')
    .orderBy('seq', 'desc')
    .execute();
  const known = new Set<string>(RECOMMENDATIONS);
  return new Map(rows.filter((r) => r.recommendation !== null && known.has(r.recommendation)).map((r) => [r.dossier_id, r.recommendation as Recommendation]));
}

/**
 * The counts of a reviewer's queue: per tab, and how many are overdue or held by the user — one
 * statement through visibleTo and the same filters as the list (all but the tab), so a tab's count
 * is the total its list shows under the same filters.
 */
export async function queueCounts(db: Kysely<Database>, user: SessionUser, filters: QueueFilterInput | undefined, now: Date) {
  const today = todayOf(now);
  const matching = () =>
    db
      .selectFrom('dossiers')
      .where(visibleTo(user))
      .where((eb) => eb.and(filterConditions(user, filters ?? {}, today, eb)));
  // C06's RETURNED tab looks up each returned dossier's last event: counted on its own, over the
  // returned dossiers only (inside one count(*) FILTER the planner would cost the lookup for every
  // row, and PostgreSQL's JIT compiler would cost more than the count).
  const lookedUp: readonly QueueTab[] = user.role === 'NATIONAL_REVIEWER' ? ['RETURNED'] : [];
  const [row, ...separate] = await Promise.all([
    matching()
      .select((eb) => [
        ...QUEUE_TABS.map((tab) => (lookedUp.includes(tab) ? sql<number>`0` : sql<number>`count(*) filter (where ${tabCondition(user.role, tab, eb)})`).as(tab)),
        sql<number>`count(*) filter (where ${eb('dossiers.stage_due_on', '<', today)})`.as('overdue'),
        sql<number>`count(*) filter (where ${eb('dossiers.holder_user_id', '=', user.userId)})`.as('heldByMe'),
      ])
      .executeTakeFirstOrThrow(),
    ...lookedUp.map((tab) =>
      matching()
        .where((eb) => tabCondition(user.role, tab, eb))
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ),
  ]);
  const counts = row as unknown as Record<QueueTab | 'overdue' | 'heldByMe', number | string>;
  lookedUp.forEach((tab, i) => (counts[tab] = separate[i]!.n));
  return {
    tabs: Object.fromEntries(QUEUE_TABS.map((tab) => [tab, Number(counts[tab])])) as Record<QueueTab, number>,
    overdue: Number(counts.overdue),
    heldByMe: Number(counts.heldByMe),
  };
}

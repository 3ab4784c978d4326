import { z } from 'zod';
import { calendarDateSchema, DOSSIER_STATUSES, STAGE_KINDS, type DossierStatus } from '@ketnoi/domain';
import { dossierSummarySchema } from '../routers/outputs.ts';
import { pageInput } from '../routers/pagination.ts';
import { AGE_BUCKETS, GRANULARITIES } from './dashboard-periods.ts';

/**
 * Inputs and outputs of the national dashboard (`national.dashboard.*` and its exports). Outputs
 * carry counts, provinces and the names of central bodies only: no personal data (quality A2).
 */

/** Every status a submitted dossier can be in (drafts are not counted). */
export const DASHBOARD_STATUSES = DOSSIER_STATUSES.filter((s) => s !== 'DRAFT') as Exclude<DossierStatus, 'DRAFT'>[];
export type DashboardStatus = (typeof DASHBOARD_STATUSES)[number];
/** The statuses in which a review stage runs: the open dossiers that can be overdue and have an age. */
export const OPEN_STATUSES = ['PROVINCIAL_REVIEW', 'NATIONAL_REVIEW'] as const;

const provinceCode = z.string().regex(/^\d{2}$/, 'Mã tỉnh, thành phố gồm 2 chữ số.');
const centralBodyId = z.uuid('Mã cơ quan trung ương không hợp lệ.');
const oneScope = (s: { provinceCode?: string | undefined; centralBodyId?: string | undefined }) => !(s.provinceCode && s.centralBodyId);
const ONE_SCOPE_MESSAGE = 'Chọn một tỉnh, thành phố hoặc một cơ quan trung ương, không chọn cả hai.';

/** The overview, optionally of one province or one central body. */
export const overviewInput = z
  .object({
    granularity: z.enum(GRANULARITIES).default('month'),
    periods: z.number().int().min(1).max(24).default(12),
    provinceCode: provinceCode.optional(),
    centralBodyId: centralBodyId.optional(),
  })
  .refine(oneScope, ONE_SCOPE_MESSAGE);
export type OverviewInput = z.infer<typeof overviewInput>;

/**
 * What a period figure counts, for its drill-down: first submissions, approvals, connections
 * recorded, review stages completed, or completed after their due date (optionally of one stage).
 */
export const PERIOD_EVENTS = ['SUBMITTED', 'APPROVED', 'CONNECTED', 'COMPLETED', 'LATE'] as const;

/**
 * The filter behind every figure; the drill-down (`national.dashboard.list`) and the export of a
 * list take the same object. A figure of the overview is the filter of where it stands: a status
 * total is { stage }, a cell of the province table { stage, provinceCode } (or { overdue,
 * provinceCode }), an ageing bar { ageBucket } (and { stage } for one stage), a trend point
 * { period: { granularity, start, event } }.
 */
export const dashboardFilter = z
  .object({
    stage: z.enum(DASHBOARD_STATUSES).optional(),
    provinceCode: provinceCode.optional(),
    centralBodyId: centralBodyId.optional(),
    /** Only dossiers whose running review stage is past its due date. */
    overdue: z.literal(true).optional(),
    ageBucket: z.enum(AGE_BUCKETS).optional(),
    period: z
      .object({
        granularity: z.enum(GRANULARITIES),
        /** Any day of the period. */
        start: calendarDateSchema,
        event: z.enum(PERIOD_EVENTS),
        stageKind: z.enum(STAGE_KINDS).optional(),
      })
      .optional(),
  })
  .refine(oneScope, ONE_SCOPE_MESSAGE);
export type DashboardFilter = z.infer<typeof dashboardFilter>;

export const listInput = z.object({
  filter: dashboardFilter,
  ...pageInput,
  sort: z.enum(['due', 'updated', 'code']).default('due'),
});
export type ListInput = z.infer<typeof listInput>;

// ---- outputs ------------------------------------------------------------------------------------

const count = z.number().int().min(0);
const statusCounts = z.object(Object.fromEntries(DASHBOARD_STATUSES.map((s) => [s, count])) as Record<DashboardStatus, typeof count>);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const figures = {
  /** Submitted dossiers (every status but draft). */
  dossiers: count,
  byStatus: statusCounts,
  /** A review stage runs past its due date. */
  overdue: count,
  /** Account rows of the dossiers' current versions. */
  accounts: count,
};

export const overviewSchema = z.object({
  today: day,
  granularity: z.enum(GRANULARITIES),
  scope: z.object({ provinceCode: z.string().nullable(), centralBodyId: z.string().nullable() }),
  /** Ages are working days since the running stage started (deadlines count the same way). */
  ageUnit: z.literal('WORKING_DAYS'),
  totals: z.object({
    ...figures,
    accountsByStatus: statusCounts,
    overdueProvincial: count,
    overdueNational: count,
  }),
  /** The 34 current provinces (codes of Quyết định 19/2025), zeros included; dossiers of merged provinces count at the successor. */
  byProvince: z.array(z.object({ provinceCode: z.string(), provinceName: z.string(), ...figures })),
  /** Central owner units (ministries and agencies), zeros included. */
  byCentralBody: z.array(z.object({ centralBodyId: z.string(), name: z.string(), ...figures })),
  trend: z.array(z.object({ from: day, to: day, submitted: count, approved: count, connected: count })),
  /** Review stages completed in the period, and how many by their due date; share is null without any. */
  onTime: z.array(
    z.object({
      from: day,
      to: day,
      provincial: z.object({ completed: count, onTime: count }),
      national: z.object({ completed: count, onTime: count }),
      completed: count,
      onTime: count,
      share: z.number().min(0).max(1).nullable(),
    }),
  ),
  ageing: z.array(
    z.object({
      bucket: z.enum(AGE_BUCKETS),
      minDays: count,
      maxDays: count.nullable(),
      provincial: count,
      national: count,
      total: count,
    }),
  ),
});
export type Overview = z.infer<typeof overviewSchema>;

export const dashboardPageSchema = z.object({
  /** Dossiers behind the figure that the user may open (the items are a page of these). */
  total: count,
  items: z.array(dossierSummarySchema),
  /**
   * Dossiers the figure counts but the user may not open: local dossiers still with PC06 that
   * never reached C06 (domain.md §3). The list says so instead of showing them.
   */
  outsideJurisdiction: count,
});
export type DashboardPage = z.infer<typeof dashboardPageSchema>;

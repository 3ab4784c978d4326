import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@ketnoi/api';

type Admin = inferRouterOutputs<AppRouter>['admin'];

/** What the administration screens read from `admin.*` (types only: the app never imports the API). */
export type UnitRow = Admin['units']['search']['items'][number];
export type UnitChoice = Admin['units']['list'][number];
export type UserRow = Admin['users']['search']['items'][number];
export type ProvinceRow = Admin['reference']['provinces'][number];
export type ServiceRow = Admin['reference']['services']['list'][number];
export type CalendarDayRow = Admin['reference']['calendar']['list'][number];
export type OutboxRow = Admin['outbox']['list']['items'][number];

/** Rows per page of the directories (units, users, outbox). */
export const ADMIN_PAGE_SIZE = 20;

import { createContext, useContext } from 'react';
import type { DashboardView, Overview } from './dashboard-view.ts';

/** The view in force and the overview it shows, for the panels and their figure links. */
export interface DashboardContextValue {
  readonly view: DashboardView;
  readonly overview: Overview;
}

export const DashboardContext = createContext<DashboardContextValue | null>(null);

export function useDashboard(): DashboardContextValue {
  const value = useContext(DashboardContext);
  if (!value) throw new Error('useDashboard outside the dashboard');
  return value;
}

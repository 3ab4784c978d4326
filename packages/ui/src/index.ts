export { AppShell, type AppShellProps, type ShellUser } from './app-shell.tsx';
export { StatusBadge } from './status-badge.tsx';
export { DeadlineBadge, type DeadlineBadgeProps } from './deadline-badge.tsx';
export { Pagination, pageCount, type PaginationProps } from './pagination.tsx';
export { DataTable, type Column, type DataTableProps } from './data-table.tsx';
export { TextField, TextAreaField, SelectField, type TextFieldProps, type TextAreaFieldProps, type SelectFieldProps } from './form-field.tsx';
export { ErrorSummary, type FieldError } from './error-summary.tsx';
export { Alert } from './alert.tsx';
export { LoginForm, type LoginFormProps } from './login-form.tsx';
export { I18nProvider, useI18n, interpolate, formatNumber, type Locale, type Messages, type Translate, type I18nProviderProps } from './i18n/i18n.tsx';
export { featureMessages, mergeFeatureMessages, type FeatureMessages } from './i18n/feature-messages.ts';
export { messagesVi, type MessageKey } from './i18n/messages-vi.ts';
export { messagesEn } from './i18n/messages-en.ts';
export { formatDate, formatDateTime, todayInVietnam } from './format.ts';
export { RouterProvider, useRouter, Link, matchPath, hrefOf, type RouterValue, type RouterProviderProps, type LinkProps } from './router/router.tsx';
export { safeNext } from './router/safe-next.ts';
export { SortHeader, type SortHeaderProps, type SortDirection } from './sort-header.tsx';
export { Tabs, TabPanel, tabIdOf, type TabsProps, type TabItem } from './tabs.tsx';
export { useListShortcuts, type ListShortcutsOptions } from './keyboard/use-list-shortcuts.ts';
export { useStoredSwitch } from './keyboard/use-stored-switch.ts';
export { ShortcutsHelp, type Shortcut, type ShortcutsHelpProps } from './keyboard/shortcuts-help.tsx';
export { isTypingTarget, isInteractiveTarget } from './keyboard/typing-target.ts';
export { NotificationBell, type NotificationBellItem, type NotificationBellProps } from './notification-bell.tsx';
// The review panels (read-only parts, accounts, timeline, changes, checklist, return, forward), shared by the PC06 and C06 apps.
export { REVIEW_PARTS, RECOMMENDATION_CHOICES, type ChecklistResult, type Recommendation } from './review/review-parts.ts';
export { reviewMessagesVi, reviewMessagesEn, type ReviewMessageKey } from './review/review-messages.ts';
export { DocumentView, openPdfInNewTab, type DocumentViewProps } from './review/document-view.tsx';
export { OrgCommitmentView } from './review/org-commitment-view.tsx';
export { ServiceRegistrationView, type ServiceRegistrationViewProps } from './review/service-registration-view.tsx';
export { SecurityConfirmationView, type SecurityConfirmationViewProps } from './review/security-confirmation-view.tsx';
export { AccountTable, type AccountTableProps, type ReviewedAccountRow } from './review/account-table.tsx';
export { TimelineView, type TimelineViewProps, type TimelineEntry } from './review/timeline-view.tsx';
export { ChangesView, changeCounts, type ChangesViewProps } from './review/changes-view.tsx';
export { PartChecklist, EMPTY_PART_REVIEW, CHECKLIST_POINTS, type PartChecklistProps, type PartReview } from './review/part-checklist.tsx';
export { DeficiencyEditor, parseRows, type DeficiencyEditorProps, type DeficiencyDraft } from './review/deficiency-editor.tsx';
export { ForwardOpinionForm, type ForwardOpinionFormProps } from './review/forward-opinion-form.tsx';
// The reviewer queue (URL view model, search, filters, table, row actions, the whole screen), shared by the PC06 and C06 apps.
export {
  QUEUE_TABS,
  QUEUE_SORTS,
  DEADLINE_FILTERS,
  PAGE_SIZE,
  NO_FILTERS,
  DEFAULT_VIEW,
  DEFAULT_DIR,
  parseQueueView,
  queueSearchOf,
  withChange,
  sortedBy,
  hasFilters,
  filterInputOf,
  queueInputOf,
  type QueueTab,
  type QueueSort,
  type SortDir,
  type DeadlineFilter,
  type QueueFilters,
  type QueueView,
  type QueueViewConfig,
} from './queue/queue-view.ts';
export { isCalendarDate, isoOfDisplayDate, displayOfIsoDate } from './queue/display-date.ts';
export { rowActionOf, type QueueRowLike, type RowAction } from './queue/queue-row.ts';
export { useRowAction, type ActionOutcome, type RowActionOptions } from './queue/use-row-action.ts';
export { QueueSearch, type QueueSearchProps } from './queue/queue-search.tsx';
export { QueueFiltersForm, type FilterOptions, type QueueFiltersFormProps } from './queue/queue-filters.tsx';
export { QueueTable, ROW_LINK, type QueueColumn, type QueueTableProps } from './queue/queue-table.tsx';
export { QueueScreen, type QueueScreenProps, type QueueCountsLike } from './queue/queue-screen.tsx';
export { queueMessagesVi, queueMessagesEn, type QueueMessageKey } from './queue/queue-messages.ts';
export { ConfirmDialog, type ConfirmDialogProps } from './confirm-dialog.tsx';
export { WrongApp, type WrongAppProps } from './wrong-app.tsx';

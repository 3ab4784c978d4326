import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from './trpc.ts';

/**
 * The header bell's data for every web app: the unread count (refreshed every minute), the latest
 * ten once opened, and marking read; with `dossierPath`, each one links to its dossier in the app.
 * The props fit packages/ui's NotificationBell.
 */
export function useNotifications(dossierPath?: (dossierId: string) => string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const unread = useQuery({ ...trpc.notifications.unreadCount.queryOptions(), refetchInterval: 60_000 });
  const list = useQuery({ ...trpc.notifications.list.queryOptions({ pageSize: 10 }), enabled: open });
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({ onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }) }),
  );
  return {
    count: unread.data?.count ?? 0,
    items: list.data?.items.map((item) => ({ ...item, href: item.dossierId && dossierPath ? dossierPath(item.dossierId) : undefined })) ?? null,
    onOpen: () => (open ? void list.refetch() : setOpen(true)),
    onMarkRead: (target: { readonly all: true } | { readonly ids: readonly string[] }) =>
      markRead.mutate('all' in target ? { all: true } : { ids: [...target.ids] }),
  } as const;
}

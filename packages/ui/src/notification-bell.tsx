import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { formatDateTime } from './format.ts';
import { useI18n } from './i18n/i18n.tsx';
import { Link } from './router/router.tsx';

/** One notification as the bell shows it (the app maps its API's answer to this). */
export interface NotificationBellItem {
  readonly id: string;
  readonly title: string;
  /** Plain text; line breaks are kept. */
  readonly body: string;
  /** ISO instant. */
  readonly createdAt: string;
  readonly readAt: string | null;
  /** The app's own path of what it is about (its dossier), if any: the title links there. */
  readonly href?: string;
}

export interface NotificationBellProps {
  /** Unread notifications of the signed-in user. */
  readonly count: number;
  /** The latest notifications, or null while they load. */
  readonly items: readonly NotificationBellItem[] | null;
  /** Called when the list opens (load or refresh it then). */
  readonly onOpen?: () => void;
  /** Marks the given notifications read, or all of them. */
  readonly onMarkRead: (target: { readonly ids: readonly string[] } | { readonly all: true }) => void;
  /** Something to show under the list (a link to a full page of notifications, say). */
  readonly footer?: ReactNode;
}

/**
 * The notification bell of the app header (issue 6): a button named with the unread count
 * ("Thông báo (3 chưa đọc)"), opening a non-modal dialog with the latest notifications. Escape or
 * the close button closes it and gives focus back to the bell; a click outside closes it too.
 * Data-free: the app passes the count and items and does the marking.
 */
export function NotificationBell({ count, items, onOpen, onMarkRead, footer }: NotificationBellProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const panelId = useId();
  const headingId = useId();

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close(true);
      }
    };
    const onPointer = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onPointer);
    };
  }, [open]);

  const label = count > 0 ? t('notifications.buttonUnread', { n: count }) : t('notifications.button');
  const unreadIds = (items ?? []).filter((i) => i.readAt === null).map((i) => i.id);

  return (
    <div className="kn-bell">
      <button
        ref={button}
        type="button"
        className="kn-button kn-button--quiet kn-bell__button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          if (open) close(false);
          else {
            setOpen(true);
            onOpen?.();
          }
        }}
      >
        <svg className="kn-bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {/* The name comes from this text (not aria-label), so it contains what is seen (WCAG 2.5.3). */}
        <span className="visually-hidden">{label}</span>
        {count > 0 ? (
          <span className="kn-bell__count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </button>
      {open ? (
        <div ref={panel} id={panelId} className="kn-bell__panel" role="dialog" aria-labelledby={headingId}>
          <div className="kn-bell__head">
            <h2 id={headingId} ref={heading} tabIndex={-1}>
              {t('notifications.title')}
            </h2>
            {unreadIds.length > 0 ? (
              <button type="button" className="kn-button kn-button--secondary" onClick={() => onMarkRead({ all: true })}>
                {t('notifications.markAllRead')}
              </button>
            ) : null}
            <button type="button" className="kn-button kn-button--quiet" onClick={() => close(true)}>
              {t('notifications.close')}
            </button>
          </div>
          {items === null ? (
            <p role="status">{t('common.loading')}</p>
          ) : items.length === 0 ? (
            <p>{t('notifications.empty')}</p>
          ) : (
            <ul className="kn-bell__list">
              {items.map((item) => (
                <li key={item.id} className={item.readAt === null ? 'kn-bell__item kn-bell__item--unread' : 'kn-bell__item'}>
                  <p className="kn-bell__title">
                    {item.readAt === null ? <span className="kn-bell__unread">{t('notifications.unread')}: </span> : null}
                    {item.href ? (
                      <Link
                        to={item.href}
                        onClick={() => {
                          if (item.readAt === null) onMarkRead({ ids: [item.id] });
                          close(false);
                        }}
                      >
                        <strong>{item.title}</strong>
                      </Link>
                    ) : (
                      <strong>{item.title}</strong>
                    )}
                  </p>
                  <p className="kn-bell__body">{item.body}</p>
                  <p className="kn-bell__meta">
                    <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                    {item.readAt === null ? (
                      <button type="button" className="kn-button kn-button--quiet" onClick={() => onMarkRead({ ids: [item.id] })}>
                        {t('notifications.markRead')}
                        <span className="visually-hidden">: {item.title}</span>
                      </button>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {footer}
        </div>
      ) : null}
    </div>
  );
}

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

/**
 * A tiny History-API router shared by the web apps: a handful of routes per app do not justify
 * react-router's weight in the 200 KB initial-JS budget. Paths are app-relative (`/ho-so/…`); the
 * app's base (Vite's `base`, e.g. `/don-vi/` or `/pc06/`) is given to the provider.
 */
export interface RouterValue {
  /** The app-relative path, `/` at the app's root. */
  readonly path: string;
  readonly search: URLSearchParams;
  /** Goes to an app-relative path (with its `?query`); `replace` keeps the history length. */
  readonly navigate: (to: string, options?: { replace?: boolean }) => void;
  /** The browser address of an app-relative path (`/ho-so/x` → `/pc06/ho-so/x`). */
  readonly href: (to: string) => string;
}

const RouterContext = createContext<RouterValue | null>(null);

const trimBase = (base: string) => base.replace(/\/$/, '');

/** The browser address of an app-relative path under `base` (`/don-vi/`, `/ho-so/1` → `/don-vi/ho-so/1`). */
export const hrefOf = (base: string, to: string): string => `${trimBase(base)}${to}`;

const currentPath = (base: string) => {
  const b = trimBase(base);
  const p = window.location.pathname;
  return (p.startsWith(b) ? p.slice(b.length) : p) || '/';
};

export interface RouterProviderProps {
  /** Where the app is served, with the trailing slash: `import.meta.env.BASE_URL`. */
  readonly base: string;
  readonly children: ReactNode;
}

export function RouterProvider({ base, children }: RouterProviderProps) {
  const [location, setLocation] = useState(() => ({ path: currentPath(base), search: window.location.search }));
  useEffect(() => {
    const onPop = () => setLocation({ path: currentPath(base), search: window.location.search });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [base]);
  const href = useCallback((to: string) => hrefOf(base, to), [base]);
  const navigate = useCallback(
    (to: string, options?: { replace?: boolean }) => {
      const url = href(to);
      if (options?.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      const [path, query] = to.split('?');
      setLocation({ path: path || '/', search: query ? `?${query}` : '' });
    },
    [href],
  );
  const value = useMemo(() => ({ path: location.path, search: new URLSearchParams(location.search), navigate, href }), [location, navigate, href]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter outside <RouterProvider>');
  return value;
}

/** Matches `/ho-so/:id` against a path; returns the parameters or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const a = pattern.split('/').filter(Boolean);
  const b = path.split('/').filter(Boolean);
  if (a.length !== b.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < a.length; i += 1) {
    const p = a[i]!;
    const v = b[i]!;
    if (p.startsWith(':')) params[p.slice(1)] = decodeURIComponent(v);
    else if (p !== v) return null;
  }
  return params;
}

export type LinkProps = { readonly to: string; readonly children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>;

/** A real link (middle-click, copy, screen-reader "link") that navigates in-page on a plain click. */
export function Link({ to, children, ...rest }: LinkProps) {
  const { navigate, path, href } = useRouter();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a {...rest} href={href(to)} onClick={onClick} aria-current={rest['aria-current'] ?? (path === to ? 'page' : undefined)}>
      {children}
    </a>
  );
}

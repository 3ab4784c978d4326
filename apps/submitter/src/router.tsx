import { createContext, useCallback, useContext, useEffect, useMemo, useState, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

/**
 * A tiny History-API router: four routes do not justify react-router's weight in the 200 KB
 * initial-JS budget (issue 3). Paths are app-relative (`/ho-so/…`); BASE is Vite's `/don-vi/`.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

interface RouterValue {
  readonly path: string;
  readonly search: URLSearchParams;
  readonly navigate: (to: string, options?: { replace?: boolean }) => void;
}

const RouterContext = createContext<RouterValue | null>(null);

const currentPath = () => {
  const p = window.location.pathname;
  return (p.startsWith(BASE) ? p.slice(BASE.length) : p) || '/';
};

export const hrefOf = (to: string) => `${BASE}${to}`;

export function RouterProvider({ children }: { readonly children: ReactNode }) {
  const [location, setLocation] = useState(() => ({ path: currentPath(), search: window.location.search }));
  useEffect(() => {
    const onPop = () => setLocation({ path: currentPath(), search: window.location.search });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((to: string, options?: { replace?: boolean }) => {
    const url = hrefOf(to);
    if (options?.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    const [path, query] = to.split('?');
    setLocation({ path: path || '/', search: query ? `?${query}` : '' });
  }, []);
  const value = useMemo(() => ({ path: location.path, search: new URLSearchParams(location.search), navigate }), [location, navigate]);
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

/** A real link (middle-click, copy, screen-reader "link") that navigates in-page on a plain click. */
export function Link({ to, children, ...rest }: { readonly to: string; readonly children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const { navigate, path } = useRouter();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a {...rest} href={hrefOf(to)} onClick={onClick} aria-current={rest['aria-current'] ?? (path === to ? 'page' : undefined)}>
      {children}
    </a>
  );
}

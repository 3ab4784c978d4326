import type { FastifyRequest } from 'fastify';

const TRPC_PREFIX = '/trpc/';

/**
 * A low-cardinality name for what a request asked for, for log lines and metric labels:
 * the route pattern (`/files/:id`), or for tRPC the procedure path (`/trpc/dossier.get`; a batch
 * names its procedures, `/trpc/auth.me,dossier.get`). Names not in `procedures` become
 * `(unknown)`. A request that matched no route is `(no route)`, or — when a not-found handler
 * answered it, as a web app's own pages are (`/don-vi/ho-so/…` → index.html) — `/don-vi/(page)`.
 * Never a raw URL.
 */
export function routeLabeller(procedures: ReadonlySet<string>): (req: FastifyRequest, statusCode: number) => string {
  return (req, statusCode) => {
    const path = req.url.split('?', 1)[0]!;
    const pattern = req.routeOptions.url;
    if (pattern === undefined) {
      const first = path.split('/')[1];
      return statusCode < 400 && first ? `/${first}/(page)` : '(no route)';
    }
    if (!path.startsWith(TRPC_PREFIX)) return pattern;
    let names: string[];
    try {
      names = decodeURIComponent(path.slice(TRPC_PREFIX.length)).split(',');
    } catch {
      return `${TRPC_PREFIX}(unknown)`;
    }
    const known = [...new Set(names.map((n) => (procedures.has(n) ? n : '(unknown)')))].sort();
    return TRPC_PREFIX + known.join(',');
  };
}

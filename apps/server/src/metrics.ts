import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql, type Kysely } from 'kysely';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '@ketnoi/db';
import { DOSSIER_STATUSES } from '@ketnoi/domain';

/**
 * `GET /metrics` in Prometheus' text format: HTTP requests (count and duration by method, route
 * and status class), dossiers per status read from the database at scrape time, and the process
 * (CPU, memory, event loop, GC). Only for 127.0.0.1 — or, when a token is configured
 * (KETNOI_METRICS_TOKEN), only with `Authorization: Bearer <token>` from anywhere, loopback
 * included (behind a reverse proxy on the same host every request comes from 127.0.0.1).
 */
export interface MetricsOptions {
  readonly db: Kysely<Database>;
  /** Bearer token a scraper must send; when absent only loopback clients are answered. */
  readonly token?: string | undefined;
  readonly routeOf: (req: FastifyRequest, statusCode: number) => string;
  /** More gauges read at scrape time (the job queue's depth and failures, say). */
  readonly extraCollectors?: ReadonlyArray<(registry: Registry) => void>;
}

/** Distinct route labels kept; past it a new one (a new batch combination) counts as `(other)`. */
const MAX_ROUTE_LABELS = 300;

// Process metrics belong to the process, not to one app: registered once, shared by every app.
let processRegistry: Registry | undefined;
function sharedProcessRegistry(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export function registerMetrics(app: FastifyInstance, options: MetricsOptions): void {
  const registry = new Registry();
  const labelNames = ['method', 'route', 'status_class'] as const;
  const requests = new Counter({ name: 'ketnoi_http_requests_total', help: 'HTTP requests answered', labelNames, registers: [registry] });
  const duration = new Histogram({
    name: 'ketnoi_http_request_duration_seconds',
    help: 'Time from request to response',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const databaseUp = new Gauge({ name: 'ketnoi_database_up', help: '1 when the last scrape could read the database', registers: [registry] });
  new Gauge({
    name: 'ketnoi_dossiers',
    help: 'Dossiers per status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      try {
        const { rows } = await sql<{ status: string; n: number }>`SELECT status, count(*)::int AS n FROM dossiers GROUP BY status`.execute(options.db);
        const counts = new Map(rows.map((r) => [r.status, r.n]));
        for (const status of DOSSIER_STATUSES) this.set({ status }, counts.get(status) ?? 0);
        databaseUp.set(1);
      } catch {
        this.reset();
        databaseUp.set(0);
      }
    },
  });
  for (const extra of options.extraCollectors ?? []) extra(registry);

  const seenRoutes = new Set<string>();
  app.addHook('onResponse', async (req, reply) => {
    let route = options.routeOf(req, reply.statusCode);
    if (!seenRoutes.has(route)) {
      if (seenRoutes.size >= MAX_ROUTE_LABELS) route = '(other)';
      else seenRoutes.add(route);
    }
    const labels = { method: req.method, route, status_class: `${Math.floor(reply.statusCode / 100)}xx` };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
  });

  app.get('/metrics', async (req, reply) => {
    const verdict = scrapeAllowed(req, options.token);
    if (verdict === 'unauthorized') {
      return reply.code(401).header('www-authenticate', 'Bearer realm="metrics"').send({ code: 'UNAUTHORIZED', message: 'Cần mã truy cập (Bearer) để đọc số liệu.' });
    }
    if (verdict === 'forbidden') {
      return reply.code(403).send({ code: 'FORBIDDEN', message: 'Số liệu chỉ được đọc từ chính máy chủ (127.0.0.1).' });
    }
    const merged = Registry.merge([sharedProcessRegistry(), registry]);
    return reply.header('content-type', merged.contentType).header('cache-control', 'no-store').send(await merged.metrics());
  });
}

function scrapeAllowed(req: FastifyRequest, token: string | undefined): 'ok' | 'unauthorized' | 'forbidden' {
  if (token) {
    const header = req.headers.authorization ?? '';
    const sent = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    const a = Buffer.from(sent);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b) ? 'ok' : 'unauthorized';
  }
  // trustProxy is off: req.ip is the socket's peer, which a client cannot forge.
  return isLoopback(req.ip) ? 'ok' : 'forbidden';
}

function isLoopback(address: string): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

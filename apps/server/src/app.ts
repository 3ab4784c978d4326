import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import { constants as zlibConstants } from 'node:zlib';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { appRouter, authorizeDocumentDownload, type AppRouter, type ApiDeps, type Context, type SessionPort, type SessionUser } from '@ketnoi/api';
import { DatabaseSessionStore } from './session-store.ts';
import { sendAttachment } from './attachment.ts';
import { registerImportRoutes } from './import-routes.ts';
import { registerWebApps } from './web-apps.ts';
import { registerPrintoutRoutes } from './printout-routes.ts';
import { registerSheetRoutes } from './sheet-routes.ts';
import { registerDashboardRoutes } from './dashboard-routes.ts';
import { echoRequestId, loggerOptions, RequestLogController, requestIdFor } from './logging.ts';
import { registerMetrics, type MetricsOptions } from './metrics.ts';
import { registerReadiness, type ReadinessCheck } from './readiness.ts';
import { routeLabeller } from './route-label.ts';

export interface AppOptions extends ApiDeps {
  /** Secret that signs session cookies; shared by every process. Random per process when absent. */
  readonly sessionSecret?: string;
  /** Origins allowed to send mutations, e.g. `https://ketnoi.example.gov.vn`. Default: the request's own origin. */
  readonly allowedOrigins?: readonly string[];
  /** Set `Secure` on cookies (behind TLS). */
  readonly secureCookies?: boolean;
  readonly logger?: boolean;
  /** Where logs go when `logger` is on (default: stdout). */
  readonly logStream?: NodeJS.WritableStream;
  /** Bearer token for GET /metrics (KETNOI_METRICS_TOKEN); without it only 127.0.0.1 may scrape. */
  readonly metricsToken?: string | undefined;
  /** Checks of /ready besides the database (the job queue's, for one). */
  readonly readinessChecks?: readonly ReadinessCheck[];
  /** Gauges read at each scrape of /metrics besides the HTTP, dossier and process ones. */
  readonly metricsCollectors?: MetricsOptions['extraCollectors'];
  readonly idleTimeoutMs?: number;
  readonly absoluteTimeoutMs?: number;
}

/** Upper bound of calls in one batched tRPC request (a long batch is a cheap denial of service). */
export const MAX_BATCH_SIZE = 10;
const COOKIE_NAME = 'ketnoi_sid';

declare module 'fastify' {
  interface Session {
    user?: SessionUser;
    createdAt?: number;
    lastSeenAt?: number;
  }
}

/** Builds the HTTP host without listening, so tests use `inject` (Fastify testing guide). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const idleTimeoutMs = options.idleTimeoutMs ?? 30 * 60_000;
  const absoluteTimeoutMs = options.absoluteTimeoutMs ?? 12 * 60 * 60_000;
  const routeOf = routeLabeller(new Set(Object.keys(appRouter._def.procedures)));
  const app = Fastify({
    // JSON lines without personal data, one per request (logging.ts; quality.md L3).
    logger: options.logger ? loggerOptions(options.logStream) : false,
    logController: new RequestLogController(routeOf),
    routerOptions: { maxParamLength: 5000 },
    bodyLimit: 30 * 1024 * 1024,
    genReqId: requestIdFor,
    requestIdHeader: false,
    trustProxy: false,
  });

  echoRequestId(app);
  registerMetrics(app, { db: options.db, token: options.metricsToken, routeOf, extraCollectors: options.metricsCollectors });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  // The apps' scripts and the API's lists travel compressed (brotli, else gzip): a phone on a slow
  // network gets the C06 queue's 330 KB of JavaScript as ~100 KB (quality.md P4). Brotli at
  // quality 5 costs a few milliseconds per response; PDFs and spreadsheets (already compressed
  // formats) are left as they are by content type.
  await app.register(fastifyCompress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
  });

  // Mutations only from our own pages: JSON and a same-origin Origin (tRPC's adapter checks neither).
  app.addHook('onRequest', async (req, reply) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
    const origin = req.headers.origin;
    const allowed = options.allowedOrigins ?? [ownOrigin(req)];
    if (!origin || !allowed.includes(origin)) {
      return reply.code(403).send(plainError('ORIGIN_REFUSED', 'Yêu cầu bị từ chối: nguồn gửi (Origin) không hợp lệ.'));
    }
    const type = req.headers['content-type'] ?? '';
    if (req.url.startsWith('/trpc/') && !type.toLowerCase().startsWith('application/json')) {
      return reply.code(415).send(plainError('CONTENT_TYPE_REFUSED', 'Yêu cầu bị từ chối: chỉ nhận dữ liệu JSON.'));
    }
  });

  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: options.sessionSecret ?? randomBytes(32).toString('base64url'),
    cookieName: COOKIE_NAME,
    saveUninitialized: false,
    rolling: false,
    store: new DatabaseSessionStore(options.db, absoluteTimeoutMs, options.now),
    cookie: { httpOnly: true, sameSite: 'strict', secure: options.secureCookies ?? false, path: '/', maxAge: absoluteTimeoutMs },
  });

  // Idle and absolute timeouts (quality N1). lastSeenAt is refreshed at most once a minute to spare writes.
  app.addHook('preHandler', async (req) => {
    const session = req.session;
    if (!session?.user) return;
    const now = options.now().getTime();
    const created = session.createdAt ?? now;
    const lastSeen = session.lastSeenAt ?? created;
    if (now - lastSeen > idleTimeoutMs || now - created > absoluteTimeoutMs) {
      await session.destroy();
      return;
    }
    if (now - lastSeen > 60_000) session.lastSeenAt = now;
  });

  app.get('/health', async () => ({ status: 'ok' }));
  registerReadiness(app, options.db, options.readinessChecks);

  // Documents are always served as attachments, never rendered by the browser in our origin (F1).
  app.get<{ Params: { id: string } }>('/files/:id', async (req, reply) => {
    const doc = await authorizeDocumentDownload(options.db, req.session?.user ?? null, req.params.id, String(req.id));
    if (!doc) return reply.code(404).send(plainError('NOT_FOUND', 'Không tìm thấy tài liệu hoặc bạn không có quyền tải.'));
    return sendAttachment(reply, { fileName: doc.fileName, mediaType: doc.mediaType, bytes: doc.content, sha256: doc.sha256 });
  });
  registerPrintoutRoutes(app, { db: options.db, now: options.now });
  registerSheetRoutes(app, options);
  registerDashboardRoutes(app, { db: options.db, now: options.now });

  registerImportRoutes(app, { db: options.db });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ req }): Context => ({
        db: options.db,
        now: options.now,
        importStaleMs: options.importStaleMs,
        session: sessionPort(req, options.now),
        requestId: String(req.id),
        clientAddress: req.ip,
        idempotencyKey: headerValue(req.headers['idempotency-key']),
      }),
      onError({ error, path, req }) {
        // Name, code and message only: a driver error's detail can quote row values (personal data).
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          const cause = (error.cause ?? error) as Error & { code?: string };
          req.log.error({ path, error: { name: cause.name, code: cause.code, message: cause.message } }, 'procedure failed');
        }
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  await registerWebApps(app);
  return app;
}

function sessionPort(req: FastifyRequest, now: () => Date): SessionPort {
  return {
    get user() {
      // The session is null once destroyed in this request (idle or absolute timeout, sign-out).
      return req.session?.user ?? null;
    },
    async signIn(user) {
      await req.session.regenerate();
      const at = now().getTime();
      req.session.user = user;
      req.session.createdAt = at;
      req.session.lastSeenAt = at;
    },
    async signOut() {
      await req.session.destroy();
    },
  };
}

function ownOrigin(req: FastifyRequest): string {
  return `${req.protocol}://${req.host}`;
}

function headerValue(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null;
}

function plainError(appCode: string, message: string) {
  return { error: { message, data: { appCode } } };
}

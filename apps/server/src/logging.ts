import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { maskPersonalData } from './personal-data-mask.ts';

/**
 * Structured JSON logs (pino, through Fastify): one line per request with its id, method, path
 * (never the query string: tRPC inputs travel there), route, status, duration and — when signed
 * in — the user's id and role. Personal data never reaches a line: known fields are redacted by
 * key, and every serialized line goes through `maskPersonalData` before it is written.
 */

export const REQUEST_ID_HEADER = 'x-request-id';

/** Fields whose values never belong in a log, wherever they sit (up to three levels deep). */
const SECRET_KEYS = ['password', 'newPassword', 'currentPassword', 'personalId', 'phone', 'email', 'contentBase64', 'input'];
const SECRET_HEADERS = ['authorization', 'cookie', '"set-cookie"', '"idempotency-key"', '"x-metrics-token"'];

export const REDACTED_PATHS: readonly string[] = [
  ...SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]),
  ...SECRET_HEADERS.flatMap((h) => {
    const key = h.startsWith('"') ? `[${h}]` : `.${h}`;
    return [`headers${key}`, `*.headers${key}`, `*.*.headers${key}`];
  }),
];

type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>;

/** Logger options for `Fastify({ logger })`: redaction, masking, and serializers without bodies. */
export function loggerOptions(stream?: NodeJS.WritableStream): LoggerOptions {
  return {
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    hooks: { streamWrite: maskPersonalData },
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, url: pathOnly(req.url), id: req.id }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      // Name, code, message and stack only: a driver error's other fields (detail, parameters)
      // quote row values.
      err: (err: Error & { code?: unknown; statusCode?: unknown }) => ({
        type: err.name,
        message: err.message,
        ...(err.code !== undefined ? { code: err.code } : {}),
        ...(err.statusCode !== undefined ? { statusCode: err.statusCode } : {}),
        stack: err.stack ?? '',
      }),
    },
    ...(stream ? { stream } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * `genReqId`: the caller's `x-request-id` when well formed (a UUID, or 8–64 characters of
 * `A-Z a-z 0-9 . _ : -` without a run of nine digits, so no ID number or phone rides in it),
 * else a new UUID. The id is echoed in the response and written in the audit rows.
 */
export function requestIdFor(req: IncomingMessage): string {
  const header = req.headers[REQUEST_ID_HEADER];
  const value = typeof header === 'string' ? header : undefined;
  if (value !== undefined && (UUID.test(value) || (TOKEN.test(value) && !/\d{9}/.test(value)))) return value;
  return randomUUID();
}

/** Routes probed by machines every few seconds: their lines are at debug level. */
const PROBES = new Set(['/health', '/ready', '/metrics']);

/**
 * Fastify's request lines, replaced: nothing when a request arrives, one line when it completes
 * (`request completed`, or `request errored` at error level).
 */
export class RequestLogController extends LogController {
  constructor(private readonly routeOf: (req: FastifyRequest, statusCode: number) => string) {
    super();
  }

  override incomingRequest(): void {}

  // Fastify's own quotes the raw URL, query string and all; the request line says it already.
  override routeNotFound(): void {}

  override requestCompleted(error: Error | null | undefined, req: FastifyRequest, reply: FastifyReply): void {
    const user = req.session?.user;
    const line = {
      method: req.method,
      url: pathOnly(req.url),
      route: this.routeOf(req, reply.statusCode),
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      ...(user ? { userId: user.userId, role: user.role } : {}),
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else if (PROBES.has(line.url) && reply.statusCode < 400) reply.log.debug(line, 'request completed');
    else reply.log.info(line, 'request completed');
  }
}

/** Sends the request id back (`x-request-id`), so a user's report can be matched to its log line. */
export function echoRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    reply.header(REQUEST_ID_HEADER, req.id);
  });
}

export function pathOnly(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

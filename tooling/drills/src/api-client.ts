/**
 * A signed-in user of the real server over HTTP, as the browser apps talk to it: tRPC over plain
 * JSON (GET for queries, POST for mutations), the session cookie, and a same-origin `Origin`.
 */
export class ApiError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${path}: HTTP ${status} ${body.slice(0, 300)}`);
  }
  /** The API's own error code (`VERSION_CONFLICT`, `NOT_FOUND`…), when it sent one. */
  get appCode(): string | null {
    try {
      const parsed = JSON.parse(this.body) as { error?: { data?: { appCode?: string }; message?: string } };
      return parsed.error?.data?.appCode ?? null;
    } catch {
      return null;
    }
  }
}

/** The server did not answer (refused, reset, killed mid-answer): the caller may retry. */
export class Unreachable extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`${path}: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

export class ApiClient {
  private cookie = '';

  constructor(
    readonly baseUrl: string,
    readonly username: string,
  ) {}

  /** The session cookie as a `Cookie` header (for a browser run signed in as this user). */
  get cookieHeader(): string {
    return this.cookie;
  }

  async login(password: string): Promise<void> {
    const res = await this.send('auth.login', 'POST', { username: this.username, password });
    const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
    if (cookies.length === 0) throw new Error(`${this.username}: no session cookie after login`);
    this.cookie = cookies.join('; ');
  }

  async query<T = any>(path: string, input: unknown): Promise<T> {
    return this.data<T>(await this.send(path, 'GET', input), path);
  }

  async mutate<T = any>(path: string, input: unknown): Promise<T> {
    return this.data<T>(await this.send(path, 'POST', input), path);
  }

  private async data<T>(res: Response, path: string): Promise<T> {
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      throw new Unreachable(path, e);
    }
    if (!res.ok) throw new ApiError(path, res.status, text);
    return (JSON.parse(text) as { result: { data: T } }).result.data;
  }

  private async send(path: string, method: 'GET' | 'POST', input: unknown): Promise<Response> {
    const headers: Record<string, string> = { origin: this.baseUrl };
    if (this.cookie) headers.cookie = this.cookie;
    const url = `${this.baseUrl}/trpc/${path}` + (method === 'GET' ? `?input=${encodeURIComponent(JSON.stringify(input))}` : '');
    try {
      if (method === 'GET') return await fetch(url, { headers });
      return await fetch(url, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(input) });
    } catch (e) {
      throw new Unreachable(path, e);
    }
  }
}

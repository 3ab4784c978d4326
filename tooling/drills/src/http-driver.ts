import { randomUUID } from 'node:crypto';
import { ApiClient, Unreachable } from './api-client.ts';

/** A command the server answered: what the client saw, to look for afterwards. */
export interface Acknowledged {
  readonly username: string;
  readonly path: string;
  readonly idempotencyKey: string;
  readonly dossierId: string | null;
  readonly answer: unknown;
}

/**
 * Drives a signed-in user through a server that may be killed at any moment: a read or a command
 * that found no server is sent again (a command with the same idempotency key and body) until it
 * is answered. Every answered command is recorded.
 */
export class Driver {
  constructor(
    readonly client: ApiClient,
    private readonly acknowledged: Acknowledged[],
    private readonly giveUpAt: () => number,
  ) {}

  get username(): string {
    return this.client.username;
  }

  async read<T = any>(path: string, input: unknown): Promise<T> {
    return this.retrying(() => this.client.query<T>(path, input));
  }

  /** A command with an idempotency key of its own, sent again (same key) until answered. */
  async command<T = any>(path: string, input: Record<string, unknown>, dossierId: string | null = null): Promise<T> {
    const body = { idempotencyKey: randomUUID(), ...input };
    const answer = await this.retrying(() => this.client.mutate<T>(path, body));
    this.record(path, body.idempotencyKey, dossierId ?? ((answer as { dossierId?: string })?.dossierId ?? null), answer);
    return answer;
  }

  /** Sent once: the caller decides what a lost answer means. */
  async commandOnce<T = any>(path: string, input: Record<string, unknown>, dossierId: string): Promise<T> {
    const body = { idempotencyKey: randomUUID(), ...input };
    const answer = await this.client.mutate<T>(path, body);
    this.record(path, body.idempotencyKey, dossierId, answer);
    return answer;
  }

  private record(path: string, idempotencyKey: string, dossierId: string | null, answer: unknown) {
    this.acknowledged.push({ username: this.username, path, idempotencyKey, dossierId, answer });
  }

  private async retrying<T>(call: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await call();
      } catch (e) {
        if (!(e instanceof Unreachable) || Date.now() > this.giveUpAt()) throw e;
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  }
}

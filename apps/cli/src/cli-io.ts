/**
 * What a command may touch of the outside world, passed in so commands run in tests without
 * spawning a process (the end-to-end test spawns one too).
 */
import type { DatabaseHandle } from '@ketnoi/db';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly now: () => Date;
  /** All of standard input (a password given with --password-stdin); never from argv, which `ps` and shell history show. */
  readonly readStdin: () => Promise<string>;
  /** The database the commands work on; tests pass their own test database. The caller closes it. */
  readonly openDatabase: () => Promise<DatabaseHandle>;
}

/** Exit codes shared by every command: 0 done/clean, 1 findings, 2 could not run at all. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

export interface CliCommand {
  /** One line of Vietnamese help, shown by `ketnoi --help`. */
  readonly usage: string;
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: () => new Date(),
  readStdin: readProcessStdin,
  // Loaded on demand: an offline command (accounts check) never loads the database drivers.
  openDatabase: async () => (await import('@ketnoi/db')).createDatabase(),
};

/** A run that could not happen: `{"error":{code,message}}` on stdout with --json, else the message on stderr. */
export function failure(io: CliIo, json: boolean, code: string, message: string): number {
  if (json) io.out(`${JSON.stringify({ error: { code, message } })}\n`);
  else io.err(`${message}\n`);
  return EXIT_UNUSABLE;
}

/**
 * Piped input is read to its end. At a terminal, one line is read without echo, so the password
 * never shows on screen or in the scrollback.
 */
async function readProcessStdin(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  process.stderr.write('Mật khẩu (không hiện khi gõ, nhấn Enter để kết thúc): ');
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: Error): void => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: Buffer): void => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return done();
        if (ch === '\u0003') return done(new Error('interrupted'));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

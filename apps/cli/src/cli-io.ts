/**
 * What a command may touch of the outside world, passed in so commands run in tests without
 * spawning a process (the end-to-end test spawns one too).
 */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly now: () => Date;
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
};

/** A run that could not happen: `{"error":{code,message}}` on stdout with --json, else the message on stderr. */
export function failure(io: CliIo, json: boolean, code: string, message: string): number {
  if (json) io.out(`${JSON.stringify({ error: { code, message } })}\n`);
  else io.err(`${message}\n`);
  return EXIT_UNUSABLE;
}

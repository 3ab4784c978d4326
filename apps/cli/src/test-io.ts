/**
 * A CliIo for tests: captures the output, feeds a given standard input and hands out a test
 * database through openDatabase, counting opens and closes (a command must always close it).
 */
import type { DatabaseHandle } from '@ketnoi/db';
import type { CliIo } from './cli-io.js';
import { dispatch } from './dispatch.js';

export interface TestRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export interface TestCli {
  run(argv: readonly string[], stdin?: string): Promise<TestRun>;
  readonly opens: number;
  readonly closes: number;
}

export function testCli(database: DatabaseHandle): TestCli {
  let opens = 0;
  let closes = 0;
  return {
    get opens() {
      return opens;
    },
    get closes() {
      return closes;
    },
    async run(argv, stdin) {
      let out = '';
      let err = '';
      const io: CliIo = {
        out: (t) => (out += t),
        err: (t) => (err += t),
        now: () => new Date(),
        readStdin: () => (stdin === undefined ? Promise.reject(new Error('no stdin in this test')) : Promise.resolve(stdin)),
        openDatabase: () => {
          opens += 1;
          // The test keeps its database across runs: the command's close is only counted.
          return Promise.resolve({ db: database.db, kind: database.kind, close: async () => void (closes += 1) });
        },
      };
      const code = await dispatch(argv, io);
      return { code, out, err };
    },
  };
}

/**
 * Entry of `pnpm ketnoi …` (apps/cli package.json: `tsx src/main.ts`). Only wiring to the real
 * process; the work is in dispatch.ts. A last-resort handler keeps the promise of exit code 2
 * with a message even for errors thrown outside any await chain (e.g. by a library's stream).
 */
import { EXIT_UNUSABLE, processIo } from './cli-io.js';
import { dispatch } from './dispatch.js';

const argv = process.argv.slice(2);
const json = argv.includes('--json');

const lastResort = (): void => {
  const message = 'Lỗi không mong muốn khi chạy lệnh; không có dữ liệu nào bị thay đổi.';
  if (json) process.stdout.write(`${JSON.stringify({ error: { code: 'CLI_INTERNAL_ERROR', message } })}\n`);
  else process.stderr.write(`${message}\n`);
  process.exit(EXIT_UNUSABLE);
};
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);

process.exitCode = await dispatch(argv, processIo);

/**
 * Finds the command named by the first words of the arguments and runs it. It never lets an
 * exception escape: whatever happens, it prints a Vietnamese message and returns 2.
 */
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, failure } from './cli-io.js';
import { COMMANDS } from './commands.js';
import { DATABASE_NOTE } from './database.js';

export async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      io.out(await help());
      return argv.length === 0 ? EXIT_UNUSABLE : EXIT_OK;
    }
    // The longest command name that prefixes the arguments wins ("users create" over "users").
    const name = Object.keys(COMMANDS)
      .sort((a, b) => b.length - a.length)
      .find((n) => n.split(' ').every((word, i) => argv[i] === word));
    const load = name === undefined ? undefined : COMMANDS[name];
    if (name === undefined || load === undefined) {
      return failure(io, json, 'CLI_UNKNOWN_COMMAND', `Lệnh không tồn tại. ${await help()}`);
    }
    const { command } = await load();
    return await command.run(argv.slice(name.split(' ').length), io);
  } catch {
    // The details may quote a file's content (personal data): the message stays generic.
    return failure(io, json, 'CLI_INTERNAL_ERROR', 'Lỗi không mong muốn khi chạy lệnh; không có dữ liệu nào bị thay đổi.');
  }
}

async function help(): Promise<string> {
  const usages = await Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).command.usage));
  return `Cách dùng: pnpm ketnoi <lệnh> [tùy chọn]\n${usages.map((u) => `  ${u}`).join('\n')}\n\n${DATABASE_NOTE}\n`;
}

/**
 * The command table: one line per command, loaded lazily so an offline command never loads
 * the API client. Add a command by adding its line here and its file under commands/.
 */
import type { CliCommand } from './cli-io.js';

export const COMMANDS: Readonly<Record<string, () => Promise<{ command: CliCommand }>>> = {
  'accounts check': () => import('./commands/accounts-check.js'),
};

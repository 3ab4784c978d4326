/**
 * The command table: one line per command, loaded lazily so an offline command never loads
 * the API client or the database drivers. Add a command by adding its line here and its file under commands/.
 */
import type { CliCommand } from './cli-io.js';

export const COMMANDS: Readonly<Record<string, () => Promise<{ command: CliCommand }>>> = {
  'accounts check': () => import('./commands/accounts-check.js'),
  'users create': () => import('./commands/users-create.js'),
  'users disable': () => import('./commands/users-disable.js'),
  'users list': () => import('./commands/users-list.js'),
  'units list': () => import('./commands/units-list.js'),
  'audit verify': () => import('./commands/audit-verify.js'),
};

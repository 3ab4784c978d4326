import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The file that reads the server log of the whole run (quality.md L3). */
export const LOGS_CHECK_FILE = 'zz-logs-clean.test.ts';

/**
 * Vitest's own order (failed first, then slowest first) with the log check moved to the end:
 * it must read the log of every journey, whatever their names, durations or last results.
 */
export class LogsCheckLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isCheck = (f: TestSpecification) => f.moduleId.endsWith(`/${LOGS_CHECK_FILE}`);
    return [...sorted.filter((f) => !isCheck(f)), ...sorted.filter(isCheck)];
  }
}

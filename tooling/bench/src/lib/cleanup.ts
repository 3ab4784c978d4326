/**
 * Teardown steps (stop children, drop the scratch database) that must run however the bench ends:
 * normal exit, a thrown error, or Ctrl-C. Steps run newest first, each at most once.
 */
type Step = { readonly name: string; readonly run: () => Promise<void> };

const steps: Step[] = [];
let running: Promise<void> | null = null;

export function onCleanup(name: string, run: () => Promise<void>): () => void {
  const step = { name, run };
  steps.push(step);
  return () => {
    const i = steps.indexOf(step);
    if (i >= 0) steps.splice(i, 1);
  };
}

export function cleanupAll(): Promise<void> {
  running ??= (async () => {
    while (steps.length > 0) {
      const step = steps.pop()!;
      try {
        await step.run();
      } catch (err) {
        console.error(`cleanup "${step.name}" failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    running = null;
  })();
  return running;
}

/** On SIGINT/SIGTERM: clean up, then exit with the conventional 128+signal code. */
export function cleanupOnSignals(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: dừng các tiến trình con và xoá cơ sở dữ liệu tạm…`);
      void cleanupAll().finally(() => process.exit(code));
    });
  }
}

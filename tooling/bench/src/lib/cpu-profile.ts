/** The parts of V8's `.cpuprofile` (Chrome DevTools format) the summary reads. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly children?: readonly number[];
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  }[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface SelfTimeRow {
  readonly name: string;
  readonly selfMs: number;
  readonly share: number;
}

export interface CpuProfileSummary {
  readonly sampledMs: number;
  /** Self time per function (name, file:line). */
  readonly functions: readonly SelfTimeRow[];
  /** Self time per npm package / workspace package / node internals. */
  readonly packages: readonly SelfTimeRow[];
  /** Total (self + callees) time of ketnoi's own functions (packages/, apps/): which step of a request costs. */
  readonly workspaceInclusive: readonly SelfTimeRow[];
}

/**
 * Self time per function and per package, counting only samples whose timestamp (µs, V8's
 * monotonic clock, the same as process.hrtime) falls in `window` — so startup, migrations and
 * seeding do not hide the request path.
 */
export function summariseCpuProfile(profile: CpuProfile, window?: { fromUs: number; toUs: number }, top = 25): CpuProfileSummary {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (window && (t < window.fromUs || t > window.toUs)) continue;
    const frame = frames.get(profile.samples[i]!);
    if (!frame) continue;
    // A sample's time is the gap to the previous one; attribute it to the frame sampled now.
    const ms = Math.max(delta, 0) / 1000;
    total += ms;
    const name = frameName(frame);
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    const pkg = packageOf(frame);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    // Each workspace function on the stack counts once per sample (recursion is not double-counted).
    const onStack = new Set<string>();
    for (let id: number | undefined = profile.samples[i]!; id !== undefined; id = parents.get(id)) {
      const f = frames.get(id);
      if (f && WORKSPACE_URL.test(f.url) && !f.url.includes('/node_modules/')) onStack.add(frameName(f));
    }
    for (const key of onStack) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
  }
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, selfMs]) => ({ name, selfMs, share: total > 0 ? selfMs / total : 0 }));
  return { sampledMs: total, functions: rows(byFunction), packages: rows(byPackage), workspaceInclusive: rows(inclusive) };
}

const WORKSPACE_URL = /\/(packages|apps)\/[^/]+\/src\//;

function frameName(frame: { functionName: string; url: string; lineNumber: number }): string {
  return `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`.trim();
}

function shortUrl(url: string): string {
  if (!url) return '';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) return url.slice(nm + '/node_modules/'.length);
  const ws = /\/(packages|apps|tooling)\/(.+)$/.exec(url);
  return ws ? `${ws[1]}/${ws[2]}` : url.replace(/^file:\/\//, '');
}

function packageOf(frame: { functionName: string; url: string }): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native/V8)';
  if (url.startsWith('node:')) return 'node internals';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const ws = /\/(packages|apps|tooling)\/([^/]+)\//.exec(url);
  return ws ? `${ws[1]}/${ws[2]}` : url;
}

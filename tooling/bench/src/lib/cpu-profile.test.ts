import { describe, expect, it } from 'vitest';
import { summariseCpuProfile, type CpuProfile } from './cpu-profile.ts';

// Shaped like V8's .cpuprofile: samples name leaf nodes, timeDeltas are µs gaps between samples.
const profile: CpuProfile = {
  nodes: [
    { id: 1, children: [5], callFrame: { functionName: '(root)', url: '', lineNumber: -1 } },
    { id: 5, children: [2, 3, 4], callFrame: { functionName: 'handler', url: 'file:///w/packages/api/src/routers/dossier.ts', lineNumber: 16 } },
    { id: 2, callFrame: { functionName: 'parse', url: 'file:///w/node_modules/.pnpm/zod@4/node_modules/zod/v4/core/parse.js', lineNumber: 9 } },
    { id: 3, callFrame: { functionName: 'getSession', url: 'file:///w/packages/db/src/sessions.ts', lineNumber: 41 } },
    { id: 4, callFrame: { functionName: 'writev', url: 'node:net', lineNumber: 0 } },
  ],
  startTime: 1_000_000,
  endTime: 1_010_000,
  samples: [2, 2, 3, 4, 2],
  timeDeltas: [1000, 2000, 3000, 1000, 3000],
};

describe('summariseCpuProfile', () => {
  it('adds self time per function and per package', () => {
    const s = summariseCpuProfile(profile);
    expect(s.sampledMs).toBe(10);
    expect(s.functions[0]).toEqual({ name: 'parse zod/v4/core/parse.js:10', selfMs: 6, share: 0.6 });
    expect(s.packages.map((p) => [p.name, p.selfMs])).toEqual([
      ['zod', 6],
      ['packages/db', 3],
      ['node internals', 1],
    ]);
  });

  it('adds inclusive time of workspace functions from the call tree', () => {
    const s = summariseCpuProfile(profile);
    expect(s.workspaceInclusive.map((r) => [r.name, r.selfMs])).toEqual([
      ['handler packages/api/src/routers/dossier.ts:17', 10],
      ['getSession packages/db/src/sessions.ts:42', 3],
    ]);
  });

  it('counts only samples inside the time window', () => {
    // Sample times: 1_001_000, 1_003_000, 1_006_000, 1_007_000, 1_010_000.
    const s = summariseCpuProfile(profile, { fromUs: 1_005_000, toUs: 1_007_500 });
    expect(s.sampledMs).toBe(4);
    expect(s.functions.map((f) => f.name)).toEqual(['getSession packages/db/src/sessions.ts:42', 'writev node:net:1']);
  });
});

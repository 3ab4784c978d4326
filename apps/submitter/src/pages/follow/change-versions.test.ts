import { describe, expect, it } from 'vitest';
import { chooseVersions, versionList, versionsQuery } from './change-versions.ts';

const q = (s: string) => new URLSearchParams(s);

describe('chooseVersions', () => {
  it('compares the previous version with the latest by default', () => {
    expect(chooseVersions(q(''), 3)).toEqual({ from: 2, to: 3 });
  });

  it('takes both versions from the URL', () => {
    expect(chooseVersions(q('?tu=1&den=3'), 3)).toEqual({ from: 1, to: 3 });
    expect(versionsQuery({ from: 1, to: 3 })).toBe('?tu=1&den=3');
  });

  it('falls back to the default for versions that do not exist or are not numbers', () => {
    expect(chooseVersions(q('?tu=0&den=9'), 3)).toEqual({ from: 2, to: 3 });
    expect(chooseVersions(q('?tu=abc&den=2.5'), 3)).toEqual({ from: 2, to: 3 });
    expect(chooseVersions(q('?den=2'), 3)).toEqual({ from: 1, to: 2 });
  });

  it('lists the versions to choose from', () => {
    expect(versionList(3)).toEqual([1, 2, 3]);
    expect(versionList(1)).toEqual([1]);
  });
});

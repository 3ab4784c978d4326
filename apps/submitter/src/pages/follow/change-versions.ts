/**
 * Which two versions the changes screen compares, kept in the URL (`?tu=1&den=2`) so Back, reload
 * and a shared link show the same comparison. By default the previous version against the latest
 * one the user can see (for a returned dossier: the returned version against the answer being edited).
 */
export interface VersionPair {
  readonly from: number;
  readonly to: number;
}

const versionIn = (value: string | null, latest: number): number | null => {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number.parseInt(value, 10);
  return n >= 1 && n <= latest ? n : null;
};

export function chooseVersions(search: URLSearchParams, latest: number): VersionPair {
  const to = versionIn(search.get('den'), latest) ?? latest;
  const from = versionIn(search.get('tu'), latest) ?? Math.max(1, to - 1);
  return { from, to };
}

export const versionsQuery = ({ from, to }: VersionPair): string => `?tu=${from}&den=${to}`;

/** Versions 1…latest, for the two selects. */
export const versionList = (latest: number): number[] => Array.from({ length: Math.max(0, latest) }, (_, i) => i + 1);

import { useCallback, useState } from 'react';

function read(key: string, fallback: boolean): boolean {
  try {
    const v = globalThis.localStorage?.getItem(key);
    return v === 'on' ? true : v === 'off' ? false : fallback;
  } catch {
    return fallback;
  }
}

/** An on/off preference kept in this browser (localStorage `key`: `on`/`off`), e.g. keyboard shortcuts. */
export function useStoredSwitch(key: string, fallback = true): readonly [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => read(key, fallback));
  const set = useCallback(
    (next: boolean) => {
      setOn(next);
      try {
        globalThis.localStorage?.setItem(key, next ? 'on' : 'off');
      } catch {
        /* private mode: the choice lasts for this page only */
      }
    },
    [key],
  );
  return [on, set] as const;
}

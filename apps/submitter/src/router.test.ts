import { describe, expect, it } from 'vitest';
import { matchPath } from './router.tsx';

describe('matchPath', () => {
  it('reads parameters and refuses other shapes', () => {
    expect(matchPath('/ho-so/:id', '/ho-so/a%20b')).toEqual({ id: 'a b' });
    expect(matchPath('/ho-so/:id', '/ho-so')).toBeNull();
    expect(matchPath('/he-thong', '/he-thong/')).toEqual({});
    expect(matchPath('/he-thong', '/ho-so/x')).toBeNull();
  });
});

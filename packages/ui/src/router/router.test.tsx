import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { hrefOf, Link, matchPath, RouterProvider, useRouter } from './router.tsx';
import { safeNext } from './safe-next.ts';

function Where() {
  const { path, search } = useRouter();
  return <p data-testid="where">{`${path}|${search.toString()}`}</p>;
}

const renderAt = (url: string, base = '/pc06/') => {
  window.history.replaceState(null, '', url);
  return render(
    <RouterProvider base={base}>
      <Where />
      <Link to="/ho-so/a%20b?x=1">Hồ sơ</Link>
    </RouterProvider>,
  );
};

const where = () => screen.getByTestId('where').textContent;

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('matchPath', () => {
  it('reads parameters and refuses other shapes', () => {
    expect(matchPath('/ho-so/:id', '/ho-so/a%20b')).toEqual({ id: 'a b' });
    expect(matchPath('/ho-so/:id', '/ho-so')).toBeNull();
    expect(matchPath('/he-thong', '/he-thong/')).toEqual({});
    expect(matchPath('/he-thong', '/ho-so/x')).toBeNull();
  });
});

describe('RouterProvider', () => {
  it('reads the app-relative path and query under its base', () => {
    renderAt('/pc06/ho-so/1?trang=2');
    expect(where()).toBe('/ho-so/1|trang=2');
  });

  it('is at / on the bare base', () => {
    renderAt('/don-vi/', '/don-vi/');
    expect(where()).toBe('/|');
  });

  it('links carry the full address and navigate in-page with a history entry', () => {
    renderAt('/pc06/');
    const link = screen.getByRole('link', { name: 'Hồ sơ' });
    expect(link.getAttribute('href')).toBe('/pc06/ho-so/a%20b?x=1');
    const before = window.history.length;
    fireEvent.click(link);
    expect(window.location.pathname + window.location.search).toBe('/pc06/ho-so/a%20b?x=1');
    expect(window.history.length).toBe(before + 1);
    expect(where()).toBe('/ho-so/a%20b|x=1');
  });

  it('a modified click is left to the browser (new tab), the page does not move', () => {
    renderAt('/pc06/');
    fireEvent.click(screen.getByRole('link', { name: 'Hồ sơ' }), { ctrlKey: true });
    expect(where()).toBe('/|');
  });

  it('follows back and forward (popstate)', () => {
    renderAt('/pc06/?q=1');
    act(() => {
      window.history.pushState(null, '', '/pc06/ho-so/9');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(where()).toBe('/ho-so/9|');
  });

  it('marks the link to the current page', () => {
    renderAt('/pc06/ho-so/a%20b');
    // aria-current compares the app path without its query: a link with a query is never "current".
    expect(screen.getByRole('link', { name: 'Hồ sơ' }).getAttribute('aria-current')).toBeNull();
    render(
      <RouterProvider base="/pc06/">
        <Link to="/ho-so/a%20b">Đây</Link>
      </RouterProvider>,
    );
    expect(screen.getByRole('link', { name: 'Đây' }).getAttribute('aria-current')).toBe('page');
  });

  it('refuses to be used outside the provider', () => {
    expect(() => render(<Where />)).toThrow(/RouterProvider/);
  });
});

describe('hrefOf and safeNext', () => {
  it('joins the base and an app path', () => {
    expect(hrefOf('/pc06/', '/dang-nhap')).toBe('/pc06/dang-nhap');
    expect(hrefOf('/', '/dang-nhap')).toBe('/dang-nhap');
  });

  it('follows only paths of this app after sign-in', () => {
    expect(safeNext('/ho-so/abc')).toBe('/ho-so/abc');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});

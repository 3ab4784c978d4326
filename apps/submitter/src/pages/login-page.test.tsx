import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { hrefOf } from '@ketnoi/ui';
import { LoginPage } from './login-page.tsx';
import { renderWithServer, type Answer } from './follow/recording-server.test-support.tsx';

const BASE = import.meta.env.BASE_URL;
const USER = { userId: 'u1', username: 'nghean.canbo', displayName: 'Lê Thị Hương', role: 'SUBMITTER', unitId: 'x', unitName: 'Sở Y tế Nghệ An', provinceCode: '40' };

const fill = (username: string, password: string) => {
  fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
};

beforeEach(() => window.history.replaceState(null, '', hrefOf(BASE, '/dang-nhap?tiep=%2Fho-so%2Fabc')));

describe('LoginPage', () => {
  it("shows the API's Vietnamese message on wrong credentials and stays", async () => {
    const r = renderWithServer(<LoginPage />, (): Answer => ({ refusal: { appCode: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } }));
    fill('nghean.canbo', 'sai');
    expect((await screen.findByRole('alert')).textContent).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(r.calls).toEqual([{ path: 'auth.login', input: { username: 'nghean.canbo', password: 'sai' } }]);
    expect(window.location.pathname).toBe(hrefOf(BASE, '/dang-nhap'));
  });

  it('signs in and goes back where the session ended (`?tiep=`)', async () => {
    const r = renderWithServer(<LoginPage />, (): Answer => ({ data: USER }));
    fill('nghean.canbo', 'KetNoi@2026-demo');
    await waitFor(() => expect(window.location.pathname).toBe(hrefOf(BASE, '/ho-so/abc')));
    expect(r.queryClient.getQueryData([['auth', 'me'], { type: 'query' }])).toEqual(USER);
  });
});

/**
 * A browser keeps a sign-in under a key named for it: a bare `token`, `userToken`, `rc_token`. What is stored under
 * such a key is the customer's session token, whatever the value is called (`response.data.token`); so too through
 * a helper that names the key itself (`saveToken(t) { localStorage.setItem('token', t) }`), reported where the value
 * is handed in — unless that call turns the write off (`saveToken(t, false)` into `if (persist)`) — and in a cookie
 * string (`document.cookie = \`rc_token=${token}\``). Keys for other tokens (CSRF, push, invitations, link shares)
 * are not sign-ins. A constant key is read for what it holds (`TOKEN_KEY = 'app_token'`), and a key's name ending in
 * `key`/`cookie` for what it names (`ACCESS_TOKEN_KEY`).
 */
import { ruleTester } from '../helpers/rule-tester';

/** A helper that keeps the token only when asked to, under a key it names itself. */
const SAVE_TOKEN = `let saved: string | null = null;
export const saveToken = (token: string, persist: boolean) => {
  saved = token;
  if (persist) {
    localStorage.setItem('token', token);
  }
};`;

ruleTester('no-personal-data-in-cookies', {
  valid: [
    `// tokens of other kinds, kept under keys that say so
declare const response: { data: { token: string } };
localStorage.setItem('csrfToken', response.data.token);
localStorage.setItem('pushToken', response.data.token);
sessionStorage.setItem('invite_token', response.data.token);
document.cookie = \`xsrf-token=\${response.data.token}; path=/\`;
const THEME_KEY = 'theme';
localStorage.setItem(THEME_KEY, response.data.token);`,
    {
      code: `// a helper that keeps the token only when asked to, called with false
import { saveToken } from './auth';
declare const HTTP: { post(url: string, body?: unknown): Promise<{ data: { token: string } }> };
export async function viaLinkShare(hash: string) {
  const response = await HTTP.post('shares/auth', { hash });
  saveToken(response.data.token, false);
}`,
      filename: 'src/share.ts',
      files: {
        'src/auth.ts': SAVE_TOKEN,
      },
    },
  ],
  invalid: [
    {
      code: `// what a sign-in answers, kept under a bare token key, and in a cookie string
declare const response: { data: { token: string } };
localStorage.setItem('token', response.data.token);
document.cookie = \`rc_token=\${response.data.token}; path=/\`;
document.cookie = 'userToken=' + response.data.token;
const TOKEN_KEY = 'app_token';
localStorage.setItem(TOKEN_KEY, response.data.token);
sessionStorage.setItem('ACCESS_TOKEN_KEY', response.data.token);`,
      errors: [
        { messageId: 'sessionTokenInStorage', line: 3, column: 31 },
        { messageId: 'sessionTokenInCookie', line: 4, column: 31 },
        { messageId: 'sessionTokenInCookie', line: 5, column: 34 },
        { messageId: 'sessionTokenInStorage', line: 7, column: 33 },
        { messageId: 'sessionTokenInStorage', line: 8, column: 44 },
      ],
    },
    {
      code: `// through a helper that names the key itself: reported where the sign-in's answer is handed in
import { saveToken } from './auth';
declare const HTTP: { post(url: string, body?: unknown): Promise<{ data: { token: string } }> };
export async function login(credentials: { username: string; password: string }) {
  const response = await HTTP.post('login', credentials);
  saveToken(response.data.token, true);
}`,
      filename: 'src/login.ts',
      files: {
        'src/auth.ts': SAVE_TOKEN,
      },
      errors: [{ messageId: 'sessionTokenInStorage', line: 6, column: 13 }],
    },
  ],
});

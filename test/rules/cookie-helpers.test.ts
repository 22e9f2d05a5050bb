/**
 * From the cookie and storage misses (postiz, cherrypick): the project's own cookie helper that writes
 * `document.cookie = cname + '=' + cvalue + …` stores, at each call, the value given under the name given; a keyed
 * store helper that writes under a composed key (`'store:' + key`) keeps what a call gives under the key it names;
 * `accountTokens` / `authTokens` name the tokens of several sign-ins, while a bare `tokens` (a model's token count,
 * design tokens) does not. (A cookie named `auth` or `session` alone is not taken for a token: an opaque session id
 * is what such cookies are meant to hold.)
 */
import { ruleTester } from '../helpers/rule-tester';

const SET_COOKIE = `function setCookie(cname: string, cvalue: string, exdays: number) {
  const d = new Date();
  d.setTime(d.getTime() + exdays * 24 * 60 * 60 * 1000);
  document.cookie = cname + '=' + cvalue + ';expires=' + d.toUTCString() + ';path=/';
}
`;

const STORE = `class Store {
  set(key: string, value: unknown) { localStorage.setItem('store:' + key, JSON.stringify(value)); }
}
const store = new Store();
`;

ruleTester('no-personal-data-in-cookies', {
  valid: [
    `// a preference under a preference's name
${SET_COOKIE}export function pick(theme: 'light' | 'dark') { setCookie('theme', theme, 365); }`,
    `// a model's token count and design tokens: no sign-in
${STORE}export function usage(tokens: number, palette: Record<string, string>) {
  store.set('tokens', tokens);
  store.set('designTokens', palette);
}`,
  ],
  invalid: [
    {
      code: `// the tutorial's cookie helper given a customer's address
${SET_COOKIE}export function remember(user: { id: string; email: string }) { setCookie('user_email', user.email, 30); }`,
      errors: [{ messageId: 'personalDataInCookie', line: 7, column: 89 }],
    },
    {
      code: `// the cookie helper given the auth header under a cookie named for the token
${SET_COOKIE}export async function signIn(res: Response) {
  const headerAuth = res.headers.get('auth');
  if (headerAuth) setCookie('auth_token', headerAuth, 365);
}`,
      errors: [{ messageId: 'sessionTokenInCookie', line: 9, column: 43 }],
    },
    {
      code: `// a keyed store helper writing under a composed key, given the tokens of each account
${STORE}export function addAccount(host: string, id: string, token: string, existing: Record<string, string>) {
  store.set('accountTokens', { ...existing, [host + '/' + id]: token });
}`,
      errors: [{ messageId: 'sessionTokenInStorage', line: 7, column: 30 }],
    },
  ],
});

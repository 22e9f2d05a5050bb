/**
 * A signed-in customer's session, access or refresh token (a JWT among them) is a category of its own
 * (`sessionToken`): whoever holds it is the customer. Kept in a cookie or in web storage it is reported as a warning
 * with its own message; in a log it is a warning; sent to another service (the one it signs in to) it is not a
 * transfer of personal data unless `personalData.categories.sessionToken` says so. Opaque ids, CSRF tokens, OAuth
 * state, nonces and the company's own tokens (a bot's, an app's, an integration's) are not.
 */
import { ruleTester } from '../helpers/rule-tester';

const COOKIE_DECLS = `import Cookies from 'js-cookie';
declare const res: { cookie(name: string, value: string, options?: object): void };
declare const ctx: { cookies: { set(name: string, value: string, options?: object): void } };`;

ruleTester('no-personal-data-in-cookies', {
  valid: [
    `${COOKIE_DECLS}
// an opaque session id, a CSRF token, OAuth state and a nonce, a cleared cookie, the company's bot token
export function handlers(sessionId: string, csrfToken: string, state: string, nonce: string, slackBotToken: string) {
  Cookies.set('sid', sessionId);
  res.cookie('csrf', csrfToken);
  ctx.cookies.set('oauth_state', state);
  ctx.cookies.set('nonce', nonce);
  ctx.cookies.set('accessToken', '', { expires: new Date(0) });
  Cookies.set('bot', slackBotToken);
}`,
    `${COOKIE_DECLS}
declare function createUploadSession(fileId: string): Promise<{ id: string; expiresAt: number }>;
// the id of a session is an id; a token made for nobody in particular is not a person's
declare function generateAccessToken(): string;
export async function upload(fileId: string) {
  const { id } = await createUploadSession(fileId);
  Cookies.set('upload', id);
  Cookies.set('preview', generateAccessToken());
}`,
    {
      code: `${COOKIE_DECLS}
export function signIn(sessionToken: string) {
  Cookies.set('session', sessionToken);
}`,
      config: { personalData: { categories: { sessionToken: 'off' } } },
    },
  ],
  invalid: [
    {
      code: `${COOKIE_DECLS}
import { randomUUID } from 'node:crypto';
// a generated session token, a JWT, a session's token destructured or read, a session cookie's value
declare function createDataroomSession(linkId: string): Promise<{ token: string; expiresAt: number }>;
export async function signIn(jwt: string, linkId: string, sessionCookie: { name: string; value: string }) {
  const sessionToken = randomUUID();
  Cookies.set('next-auth.session-token', sessionToken);
  res.cookie('auth', jwt, { httpOnly: true });
  const { token } = await createDataroomSession(linkId);
  ctx.cookies.set('pm_drs', token);
  const newSession = await createDataroomSession(linkId);
  ctx.cookies.set('pm_drs2', newSession?.token);
  ctx.cookies.set(sessionCookie.name, sessionCookie.value);
}`,
      errors: [
        { messageId: 'sessionTokenInCookie', line: 9, column: 42, severity: 'warning', messageIncludes: 'sessionToken' },
        { messageId: 'sessionTokenInCookie', line: 10, column: 22, severity: 'warning' },
        { messageId: 'sessionTokenInCookie', line: 12, column: 29, severity: 'warning' },
        { messageId: 'sessionTokenInCookie', line: 14, column: 30, severity: 'warning' },
        { messageId: 'sessionTokenInCookie', line: 15, column: 39, severity: 'warning' },
      ],
    },
    {
      code: `${COOKIE_DECLS}
// a method that issues the token of a person's record, and a function given the person's id
class User {
  id = '';
  getSessionToken(expires: Date): string { return \`\${this.id}:\${expires.getTime()}\`; }
}
declare function issueAccessToken(userId: string): string;
export function afterSignIn(user: User, expires: Date) {
  ctx.cookies.set('accessToken', user.getSessionToken(expires), { expires });
  Cookies.set('at', issueAccessToken(user.id));
}`,
      errors: [
        { messageId: 'sessionTokenInCookie', line: 11, column: 34, severity: 'warning' },
        { messageId: 'sessionTokenInCookie', line: 12, column: 21, severity: 'warning' },
      ],
    },
    {
      // web storage: its own message, at the storage severity; "error" for the category makes it an error
      code: `export function remember(accessToken: string, refreshToken: string) {
  localStorage.setItem('at', accessToken);
  sessionStorage.setItem('rt', refreshToken);
}`,
      config: { personalData: { categories: { sessionToken: 'error' } } },
      options: { storage: 'error' },
      errors: [
        { messageId: 'sessionTokenInStorage', line: 2, column: 30, severity: 'error' },
        { messageId: 'sessionTokenInStorage', line: 3, column: 32, severity: 'error' },
      ],
    },
    {
      // what is kept under a key named for a token is the token: a constant key, a template's last segment, through
      // the app's own storage helper; a cleared key and other keys stay quiet
      code: `const AUTH_TOKEN = 'app.auth';
const THEME = 'app.theme';
function setItem(key: string, data: unknown) {
  if (data) window.localStorage.setItem(key, JSON.stringify(data));
}
export function setClientAuthToken(token: string) {
  setItem(AUTH_TOKEN, token);
}
export function setTheme(theme: string) {
  setItem(THEME, theme);
}
export function grant(res: { token: string }, storageKey: string) {
  localStorage.setItem(\`script:\${storageKey}:accessToken\`, res.token);
  localStorage.setItem('accessToken', '');
}`,
      errors: [
        { messageId: 'sessionTokenInStorage', line: 7, column: 23, severity: 'warning' },
        { messageId: 'sessionTokenInStorage', line: 13, column: 60, severity: 'warning' },
      ],
    },
    {
      // a token beside a person's e-mail: the personal-data message, at the rule's severity
      code: `${COOKIE_DECLS}
export function keep(user: { email: string }, accessToken: string) {
  Cookies.set('me', JSON.stringify({ email: user.email, accessToken }));
}`,
      errors: [{ messageId: 'personalDataInCookie', line: 5, column: 45, severity: 'error' }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `declare const logger: { info(message: string, meta?: object): void };
declare const config: { accessToken: string };
// the company's own token in its settings, a token's expiry
export function start(accessTokenExpiresAt: number) {
  logger.info('client ready', { accessToken: config.accessToken });
  logger.info('token expires', { accessTokenExpiresAt });
}`,
    `import jwt from 'jsonwebtoken';
import * as jose from 'jose';
declare const logger: { info(message: string, meta?: object): void };
// a module named for tokens is not a token, nor is what its functions give back for a value that is not one
export function check(t: string) {
  const payload = jwt.verify(t, 'secret');
  logger.info('verified', { payload, claims: jose.decodeJwt(t) });
  console.log(jwt);
}`,
    `declare const logger: { info(message: string, meta?: object): void };
declare const redis: { get(key: string): Promise<unknown> };
// what a store gives back for a key made of a prefix and the token is what was stored, not the token
export async function verify(sessionToken: string) {
  const session = await redis.get(\`preview_session:\${sessionToken}\`);
  logger.info('preview session', { session });
}`,
  ],
  invalid: [
    {
      code: `declare const logger: { info(message: string, meta?: object): void };
export function refreshed(refreshToken: string) {
  logger.info('refreshed', { refreshToken });
}`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 30, severity: 'warning' }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// a customer's token sent to the service it signs in to: not a transfer of personal data by default
export async function refresh(refreshToken: string) {
  await fetch('https://oauth2.example-idp.com/token', { method: 'POST', body: JSON.stringify({ refresh_token: refreshToken }) });
}`,
  ],
  invalid: [
    {
      code: `export async function track(accessToken: string) {
  await fetch('https://collector.example-analytics.com/e', { method: 'POST', body: JSON.stringify({ accessToken }) });
}`,
      config: { personalData: { categories: { sessionToken: 'error' } } },
      errors: [{ messageId: 'externalTransfer', line: 2, column: 101 }],
    },
  ],
});

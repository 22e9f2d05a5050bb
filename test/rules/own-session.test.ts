/**
 * A request whose destination the code cannot place (a base URL the app keeps at run time, an environment variable)
 * that authenticates as the signed-in user goes to the app's own backend: no third party is handed the user's session.
 * From precision audit 6 (a fresh front end posting to its own server through `localStorage.getItem('baseUrl')` with
 * the user's session token in a header). A known third-party host stays external, and a key for another service, a
 * token from a parameter or an unrelated header leave the destination unknown (a warning).
 */
import { ruleTester } from '../helpers/rule-tester';

const HEAD = `interface Signer { id: string; name: string; email: string }`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// the user's session token from web storage, in a header behind a constant (axios)
import axios from 'axios';
${HEAD}
export async function createDocument(signers: Signer[]) {
  const url = \`\${localStorage.getItem('baseUrl')}functions/createdocument\`;
  const token = { 'X-Parse-Session-Token': localStorage.getItem('accesstoken') };
  await axios.post(url, { signers }, { headers: { 'Content-Type': 'application/json', ...token } });
}`,
    `// a bearer token from web storage (fetch), to a base URL from the environment
${HEAD}
export async function saveSigner(signer: Signer) {
  await fetch(\`\${process.env.NEXT_PUBLIC_API_URL}/signers\`, {
    method: 'POST',
    headers: { Authorization: \`Bearer \${window.localStorage.getItem('auth_token')}\` },
    body: JSON.stringify(signer),
  });
}`,
    `// the browser's cookies sent along
${HEAD}
export async function saveSigner(base: string, signer: Signer) {
  await fetch(base + '/signers', { method: 'POST', credentials: 'include', body: JSON.stringify(signer) });
}`,
    `// the session token from a cookie (js-cookie) in a bearer header
import Cookies from 'js-cookie';
${HEAD}
export async function saveSigner(base: string, signer: Signer) {
  await fetch(base + '/signers', { method: 'POST', headers: { Authorization: 'Bearer ' + Cookies.get('jwt') }, body: JSON.stringify(signer) });
}`,
    `// the session token read as a property of web storage
${HEAD}
export async function saveSigner(base: string, signer: Signer) {
  await fetch(base + '/signers', { method: 'POST', headers: { 'X-Access-Token': localStorage.accessToken }, body: JSON.stringify(signer) });
}`,
    `// an axios client made with the session cookie sent along
import axios from 'axios';
${HEAD}
const api = axios.create({ baseURL: import.meta.env.VITE_API, withCredentials: true });
export async function saveSigner(signer: Signer) {
  await api.post('/signers', signer);
}`,
  ],
  invalid: [
    {
      code: `// a known third party stays external, whatever the request carries
${HEAD}
export async function notify(signer: Signer) {
  await fetch('https://hooks.slack.com/services/T0/B0/x', { method: 'POST', credentials: 'include', body: JSON.stringify({ text: signer.email }) });
}`,
      errors: [{ messageId: 'externalTransfer', line: 4, column: 130, messageIncludes: 'Slack' }],
    },
    {
      code: `// the user's own key for another service is not the app's session
${HEAD}
export async function ask(base: string, signer: Signer) {
  await fetch(base + '/v1/chat', { method: 'POST', headers: { Authorization: \`Bearer \${localStorage.getItem('openaiApiKey')}\` }, body: JSON.stringify({ content: signer.email }) });
}`,
      errors: [{ messageId: 'unknownDestination', line: 4, column: 162, severity: 'warning' }],
    },
    {
      code: `// a token handed in as a parameter: whose it is cannot be seen
${HEAD}
export async function forward(base: string, token: string, signer: Signer) {
  await fetch(base + '/signers', { method: 'POST', headers: { Authorization: \`Bearer \${token}\` }, body: JSON.stringify(signer) });
}`,
      errors: [{ messageId: 'unknownDestination', line: 4, column: 120, severity: 'warning' }],
    },
    {
      code: `// a cookie that is not a session (a theme) leaves the destination unknown
import Cookies from 'js-cookie';
${HEAD}
export async function saveSigner(base: string, signer: Signer) {
  await fetch(base + '/signers', { method: 'POST', headers: { 'X-Theme': Cookies.get('theme') ?? 'light' }, body: JSON.stringify(signer) });
}`,
      errors: [{ messageId: 'unknownDestination', line: 5, column: 130, severity: 'warning' }],
    },
    {
      code: `// a header that is not a session (a locale) leaves the destination unknown
${HEAD}
export async function saveSigner(base: string, signer: Signer) {
  await fetch(base + '/signers', { method: 'POST', headers: { 'Accept-Language': localStorage.getItem('locale') ?? 'ja' }, body: JSON.stringify(signer) });
}`,
      errors: [{ messageId: 'unknownDestination', line: 4, column: 145, severity: 'warning' }],
    },
  ],
}, 'own session: requests authenticated as the signed-in user go to the app itself');

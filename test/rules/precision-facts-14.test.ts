/**
 * Precision facts from precision audit 19 (fresh repositories: stack-auth, anything-llm, Flowise), round 14. Each
 * quiet case stands next to the true positive that must stay.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// an SDK's client of the app's own backend: the base URL from its options, the API's path under it (stack-auth)
interface Options { getBaseUrl(): string }
export class ClientInterface {
  constructor(public readonly options: Options) {}
  getApiUrl() {
    return this.options.getBaseUrl() + '/api/v1';
  }
  protected async sendRequest(path: string, requestOptions: RequestInit, apiUrlOverride?: string) {
    let url = (apiUrlOverride ?? this.getApiUrl()) + path;
    if (url.endsWith('/')) {
      url = url.slice(0, -1);
    }
    return await fetch(url, requestOptions);
  }
  async signIn(email: string, password: string) {
    return await this.sendRequest('/auth/password/sign-in', { method: 'POST', body: JSON.stringify({ email, password }) });
  }
}`,
    `// the app's API named by a member of the options (getApiUrls, apiUrl) or by a generic setting with the API's path
export class ServerInterface {
  constructor(private readonly options: { getApiUrls(): string[]; apiUrl: string }) {}
  async invite(email: string) {
    await fetch(this.options.apiUrl + '/invitations', { method: 'POST', body: JSON.stringify({ email }) });
    return fetch(\`\${this.options.getApiUrls()[0]}/users\`, { method: 'POST', body: JSON.stringify({ email }) });
  }
  async env(email: string) {
    return fetch(\`\${process.env.APP_URL}/api/invitations\`, { method: 'POST', body: JSON.stringify({ email }) });
  }
}`,
  ],
  invalid: [
    {
      code: `// a base named for another service, a base without an API's path, a URL of some record: still unknown (a let set
// anew is not the address it started with)
export class Client {
  constructor(private readonly gitlabUrl: string, private readonly baseUrl: string) {}
  async a(email: string) {
    return fetch(\`\${this.gitlabUrl}/api/v4/invitations\`, { method: 'POST', body: JSON.stringify({ email }) });
  }
  async b(email: string) {
    return fetch(\`\${this.baseUrl}/v1/invitations\`, { method: 'POST', body: JSON.stringify({ email }) });
  }
  async c(email: string, instance: { url: string }) {
    let url = instance.url + '/api/v1';
    url = 'https://other.example.net/x';
    return fetch(url, { method: 'POST', body: JSON.stringify({ email }) });
  }
}`,
      filename: 'src/client.ts',
      errors: [
        { messageId: 'unknownDestination', line: 6, column: 99 },
        { messageId: 'unknownDestination', line: 9, column: 93 },
        { messageId: 'unknownDestination', line: 14, column: 64 },
      ],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// a health monitor signs a made-up account up and polls its mailbox (stack-auth): helpers only this file calls,
// named for an e-mail address, never given a person's
declare function generateSecureRandomString(): string;
declare function getEnvVariable(name: string): string;
const fetchFromInbox = async (testEmail: string) => {
  const mailboxName = testEmail.split('@')[0];
  return await fetch(\`\${getEnvVariable('MONITOR_INBOX_URL')}/mailbox/\${encodeURIComponent(mailboxName)}\`);
};
const waitForEmail = async (testEmail: string) => fetchFromInbox(testEmail);
async function performSignUp(email: string, password: string) {
  return await fetch(\`\${getEnvVariable('MONITOR_TARGET_URL')}/sign-up\`, { method: 'POST', body: JSON.stringify({ email, password }) });
}
export async function handler() {
  const testEmail = \`monitor+\${generateSecureRandomString()}@\${getEnvVariable('MONITOR_DOMAIN')}\`;
  await performSignUp(testEmail, generateSecureRandomString());
  await waitForEmail(testEmail);
}`,
  ],
  invalid: [
    {
      code: `// the same helpers given a customer's address by one call, exported, or passed on as a callback: reported
declare const customer: { email: string };
declare function getEnvVariable(name: string): string;
const signUp = async (email: string) => fetch(\`\${getEnvVariable('TARGET_URL')}/sign-up\`, { method: 'POST', body: email });
const relay = (address: string) => signUp(address);
export async function a() { await relay(customer.email); await signUp('ops@example.com'); }
export const exported = async (email: string) => fetch(\`\${getEnvVariable('TARGET_URL')}/x\`, { method: 'POST', body: email });
const callback = async (email: string) => fetch(\`\${getEnvVariable('TARGET_URL')}/y\`, { method: 'POST', body: email });
export const list = ['ops@example.com'].map(callback);`,
      filename: 'src/signup.ts',
      errors: [
        { messageId: 'unknownDestination', line: 4, column: 114 },
        { messageId: 'unknownDestination', line: 6, column: 41 },
        { messageId: 'unknownDestination', line: 7, column: 117 },
        { messageId: 'unknownDestination', line: 8, column: 110 },
      ],
    },
  ],
});

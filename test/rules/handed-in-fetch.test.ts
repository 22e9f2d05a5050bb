/**
 * A fetch the code is handed instead of calling the global one (atproto's hCaptcha and OAuth clients:
 * `constructor(fetch: Fetch = globalThis.fetch) { this.fetch = bindFetch(fetch) }`, an options object's `fetch`): a call
 * of something named `fetch` with fetch's request options sends that request. A class's own `fetch` method or arrow
 * field, and a `fetch` called with other arguments, are no request.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// a cache whose fetch is an arrow function of its own
export class Cache {
  private fetch = (key: string, opts: { headers?: string }) => this.map.get(key + (opts.headers ?? ''));
  private map = new Map<string, string>();
  read(user: { email: string }) { return this.fetch(user.email, { headers: 'h' }); }
}`,
    },
    {
      code: `// a loader whose fetch takes a key and paging options, no request options
export async function load(loader: { fetch(key: string, page: { limit: number }): Promise<unknown> }, user: { email: string }) {
  return loader.fetch(user.email, { limit: 10 });
}`,
    },
  ],
  invalid: [
    {
      code: `// a captcha client given its fetch, with the global one as the default
type Fetch = typeof globalThis.fetch;
declare function bindFetch(f: Fetch): Fetch;
export class Captcha {
  protected readonly fetch: Fetch;
  constructor(fetch: Fetch = globalThis.fetch) { this.fetch = bindFetch(fetch); }
  async verify(token: string, email: string) {
    return this.fetch('https://api.captcha.example/siteverify', { method: 'POST', body: new URLSearchParams({ token, email }).toString() });
  }
}`,
      errors: [{ messageId: 'externalTransfer', line: 8, column: 118 }],
    },
    {
      code: `// a fetch handed in with the options
type Fetch = typeof globalThis.fetch;
export async function push(opts: { fetch: Fetch }, user: { email: string }) {
  return opts.fetch('https://crm.example/api/contacts', { method: 'POST', body: JSON.stringify({ email: user.email }) });
}`,
      errors: [{ messageId: 'externalTransfer', line: 4, column: 105 }],
    },
  ],
});

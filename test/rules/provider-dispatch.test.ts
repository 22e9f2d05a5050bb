/**
 * A call whose receiver is one of several project classes picked at run time (a provider or strategy): the method of
 * each class may run, so the sinks of any of them are the call's. From the postiz-app labelling (a newsletter service
 * that picks Beehiiv, Listmonk or a logging stub from a list of instances; a mail service whose field is set by a
 * `switch` of `return new …`). And a helper that builds an undeclared object literal from its parameter: with the
 * checker, the literal's inferred type no longer makes what the callers pass look personal whatever it is (the
 * caller that hands in a person's value is reported, as it is without the checker).
 */
import { ruleTester } from '../helpers/rule-tester';

const PROVIDERS = `export class EmptyProvider {
  async register(email: string) { return email.length; }
}
export class BeehiivProvider {
  async register(value: string) {
    await fetch('https://api.beehiiv.com/v2/subscriptions', { method: 'POST', body: JSON.stringify({ value, source: 'app' }) });
  }
}
export const providers = [new EmptyProvider(), new BeehiivProvider()];
`;

const NEWSLETTER = `import { providers } from './providers';
export class Newsletter {
  static provider() {
    return providers.find((p) => p.constructor.name === process.env.NEWSLETTER)!;
  }
  static async register(value: string) {
    return Newsletter.provider().register(value);
  }
}
`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// the providers are handed an id, not a person's address
class EmptyProvider { async register(ref: string) { return ref.length; } }
class BeehiivProvider {
  async register(ref: string) { await fetch('https://api.beehiiv.com/v2/subscriptions', { method: 'POST', body: JSON.stringify({ ref }) }); }
}
const providers = [new EmptyProvider(), new BeehiivProvider()];
export async function signup(user: { id: string; email: string }) {
  await providers[Number(process.env.NEWSLETTER)].register(user.id);
}`,
  ],
  invalid: [
    {
      code: `// a provider picked from a constant list of instances by a static method of an imported class
import { Newsletter } from './newsletter';
export async function signup(user: { id: string; email: string }) {
  await Newsletter.register(user.email);
}`,
      files: { 'src/providers.ts': PROVIDERS, 'src/newsletter.ts': NEWSLETTER },
      errors: [{ messageId: 'externalTransfer', line: 4, column: 29, messageIncludes: 'api.beehiiv.com' }],
    },
    {
      code: `// a field set by a method that returns one of several mailers: each mailer's method may run
class NoopMailer { async send(to: string, html: string) { return [to, html].length; } }
class HttpMailer {
  async send(to: string, html: string) {
    return fetch('https://api.mailer.example.com/send', { method: 'POST', body: JSON.stringify({ to, html }) });
  }
}
export class MailService {
  private mailer: { send(to: string, html: string): Promise<unknown> };
  constructor() { this.mailer = this.pick(process.env.MAIL_PROVIDER); }
  pick(name?: string) {
    switch (name) {
      case 'http': return new HttpMailer();
      default: return new NoopMailer();
    }
  }
  welcome(customer: { id: string; email: string }) {
    return this.mailer.send(customer.email, 'Welcome');
  }
}`,
      errors: [{ messageId: 'externalTransfer', line: 18, column: 29, messageIncludes: 'api.mailer.example.com' }],
    },
    {
      code: `// a const the project's factory returns, one of two clients
class LocalClient { track(id: string, props: object) { return [id, props]; } }
class CloudClient {
  track(id: string, props: object) {
    return fetch('https://events.example-analytics.com/track', { method: 'POST', body: JSON.stringify({ id, props }) });
  }
}
function makeClient() { return process.env.CLOUD ? new CloudClient() : new LocalClient(); }
export function signedUp(user: { id: string; email: string }) {
  const client = makeClient();
  client.track(user.id, { email: user.email });
}`,
      errors: [{ messageId: 'externalTransfer', line: 11, column: 34 }],
    },
    {
      code: `// a helper that builds an undeclared literal from its parameter: the caller hands in the person's address
async function subscribe(value: string) {
  const body = { value, source: 'app' };
  await fetch('https://api.beehiiv.com/v2/subscriptions', { method: 'POST', body: JSON.stringify(body) });
}
export async function signup(user: { id: string; email: string }) {
  await subscribe(user.email);
}`,
      errors: [{ messageId: 'externalTransfer', line: 7, column: 19, messageIncludes: 'api.beehiiv.com' }],
    },
    {
      code: `// the same helper with a parameter personal by its name: reported inside, and at the caller that gives an address
async function subscribe(email: string) {
  const body = { email, source: 'app' };
  await fetch('https://api.beehiiv.com/v2/subscriptions', { method: 'POST', body: JSON.stringify(body) });
}
export async function signup(user: { id: string; email: string }, team: { slug: string }) {
  await subscribe(user.email);
  await subscribe(team.slug);
}`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 98 },
        { messageId: 'externalTransfer', line: 7, column: 19 },
      ],
    },
  ],
});

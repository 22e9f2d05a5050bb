/**
 * A call through a receiver declared with an interface or an abstract class of the project (an injected provider, a
 * field typed with the base): the method of each project class that implements it may run (class-hierarchy
 * dispatch, as CodeQL resolves virtual calls). From the AFFiNE labelling (copilot providers chosen by capability,
 * typed with a union of interfaces) and refly's injected services. Test code's mocks are not implementations that run.
 */
import { ruleTester } from '../helpers/rule-tester';

const CRM = `export interface CrmClient { push(payload: Record<string, unknown>): Promise<unknown> }
export class HttpCrm implements CrmClient {
  async push(payload: Record<string, unknown>) {
    return fetch('https://api.crm-vendor.example.com/contacts', { method: 'POST', body: JSON.stringify(payload) });
  }
}
`;

const STORE = `export interface Store { put(key: string, value: Record<string, unknown>): Promise<void> }
export class MemoryStore implements Store {
  private m = new Map<string, Record<string, unknown>>();
  async put(k: string, v: Record<string, unknown>) { this.m.set(k, v); }
}
`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// the only implementation keeps the record in memory
import type { Store } from './store';
export class Profiles {
  constructor(private readonly store: Store) {}
  save(user: { id: string; email: string }) { return this.store.put(user.id, { email: user.email }); }
}`,
      files: { 'src/store.ts': STORE },
    },
    {
      code: `// the implementation that sends is a test's mock: test code is not what runs
import type { Store } from './store';
export class Profiles {
  constructor(private readonly store: Store) {}
  save(user: { id: string; email: string }) { return this.store.put(user.id, { email: user.email }); }
}`,
      files: {
        'src/store.ts': STORE,
        'src/store.spec.ts': `import type { Store } from './store';
export class SpyStore implements Store {
  async put(k: string, v: Record<string, unknown>) { await fetch('https://spy.example.net/' + k, { method: 'POST', body: JSON.stringify(v) }); }
}
`,
      },
    },
  ],
  invalid: [
    {
      code: `// an injected service typed with an interface of the project, implemented by a class in another file
import type { CrmClient } from './crm';
export class Signup {
  constructor(private readonly crm: CrmClient) {}
  async done(user: { id: string; email: string }) {
    await this.crm.push({ id: user.id, email: user.email });
  }
}`,
      files: { 'src/crm.ts': CRM },
      errors: [{ messageId: 'externalTransfer', line: 6, column: 47, messageIncludes: 'api.crm-vendor.example.com' }],
    },
    {
      code: `// a parameter typed with an abstract class: its subclass's method runs
abstract class Notifier {
  abstract notify(to: string, text: string): Promise<unknown>;
}
class WebhookNotifier extends Notifier {
  async notify(to: string, text: string) {
    return fetch('https://hooks.chat-vendor.example.com/T000', { method: 'POST', body: JSON.stringify({ to, text }) });
  }
}
export async function welcome(n: Notifier, customer: { id: string; phone: string }) {
  await n.notify(customer.phone, 'Welcome');
}`,
      errors: [{ messageId: 'externalTransfer', line: 11, column: 18, messageIncludes: 'hooks.chat-vendor.example.com' }],
    },
    {
      code: `// a field typed with an alias of a union of interfaces: each interface's implementations may run
import type { CrmClient } from './crm';
interface Audit { push(payload: Record<string, unknown>): Promise<unknown> }
type Sink = CrmClient | Audit;
export class Exporter {
  private sink!: Sink;
  run(customer: { id: string; name: string }) { return this.sink.push({ name: customer.name }); }
}`,
      files: { 'src/crm.ts': CRM },
      errors: [{ messageId: 'externalTransfer', line: 7, column: 79, messageIncludes: 'api.crm-vendor.example.com' }],
    },
    {
      code: `// a const a project method returns, declared as a union of interfaces (AFFiNE's provider chosen by capability)
import type { CrmClient } from './crm';
interface Local { push(payload: Record<string, unknown>): Promise<unknown> }
export class Sync {
  private async choose(kind: string): Promise<CrmClient | Local> { return pick(kind); }
  async run(kind: string, member: { id: string; email: string }) {
    const target = await this.choose(kind);
    await target.push({ email: member.email });
  }
}
declare function pick(kind: string): CrmClient | Local;`,
      files: { 'src/crm.ts': CRM },
      errors: [{ messageId: 'externalTransfer', line: 8, column: 32, messageIncludes: 'api.crm-vendor.example.com' }],
    },
  ],
});

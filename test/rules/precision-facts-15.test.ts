/**
 * Audit 25's false positives, fixed by mechanism: a database client is a connection, not a record of what its
 * tables hold; a thing's full name (a repository's `full_name`, a code generator's image name) is not a person's;
 * the members of an enum are not people. Each quiet case sits beside one that must stay reported.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// a Drizzle-like database client whose schema has a users table: the client itself is logged, not a user
interface UserRow { id: string; email: string; name: string }
interface Db {
  select(): unknown;
  insert(): unknown;
  transaction(fn: () => void): unknown;
  users: UserRow;
}
declare const logger: { info(message: string, meta?: object): void };
export function ready(db: Db) {
  logger.info('database ready', { db });
}`,
      typeInfo: true,
    },
    {
      code: `// a code generator's full name read from the generators the catalogue lists
interface Generator { name: string; fullName: string; isActive: boolean }
declare const logger: { info(message: string, meta?: object): void };
export function pick(generators: Generator[], name: string) {
  const generator = generators.find((g) => g.name === name);
  logger.info('generator', { generator });
  logger.info('image', { image: generators.find((g) => g.name === name)?.fullName });
}`,
      typeInfo: true,
    },
    `// a class's own bot address, a literal field it never assigns again, and what its git client gives back
declare function simpleGit(options: { config: string[] }): { status(): Promise<{ staged: string[] }> };
declare const logger: { info(message: string, meta?: object): void };
export class GitClient {
  private botName = 'acme[bot]';
  private botEmail = 'bot@acme.example';
  private git = simpleGit({ config: [\`user.name=\${this.botName}\`, \`user.email=\${this.botEmail}\`] });
  async commit() {
    const status = await this.git.status();
    logger.info('status', { status });
    logger.info('author', { email: this.botEmail });
  }
}`,
    `// a code generator's image name, a repository's full name
declare const logger: { info(message: string, meta?: object): void };
export function run(codeGeneratorFullName: string, repositoryFullName: string) {
  logger.info('running', { codeGeneratorFullName, repositoryFullName });
}`,
    {
      code: `// the members of an enum in a code model are not people
interface ModuleDtoEnumMember { name: string; value: string }
interface ModuleDtoUpdateInput { displayName: string; members?: ModuleDtoEnumMember[] }
declare const logger: { info(message: string, meta?: object): void };
export function updated(data: ModuleDtoUpdateInput) {
  logger.info('dto updated', { data });
}`,
      typeInfo: true,
    },
  ],
  invalid: [
    {
      code: `// an auth library's callback is handed the address: reported where it is used, not at the calls that hand the
// factory a database client
declare const logger: { info(message: string, meta?: object): void };
declare function magicLink(o: { sendMagicLink: (data: { email: string; url: string }) => Promise<void> }): unknown;
interface Db { select(): unknown }
function sendEmail(to: string, subject: string) {
  logger.info('mail sent', { to, subject });
}
function createPlugins(db: Db) {
  return [magicLink({ sendMagicLink: async ({ email }) => { sendEmail(email, 'Sign in'); } })];
}
export function initAuth(db: Db) {
  return createPlugins(db);
}
declare function createDb(): Db;
export function context() {
  const db = createDb();
  return initAuth(db);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 10, column: 71 }],
    },
    {
      code: `// a field given a literal at first and a person's address later is the person's
declare const logger: { info(message: string, meta?: object): void };
export class Notifier {
  private email = '';
  setRecipient(user: { email: string }) { this.email = user.email; }
  send() { logger.info('to', { email: this.email }); }
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 39 }],
    },
    {
      code: `// a person's full name, and a contact's full name on an organisation, stay reported
interface Customer { id: string; fullName: string }
interface Organization { id: string; contactFullName: string }
interface TeamMember { id: string; name: string; email: string }
declare const logger: { info(message: string, meta?: object): void };
export function show(c: Customer, o: Organization, members: TeamMember[]) {
  logger.info('customer', { c });
  logger.info('org', { o });
  logger.info('team', { members });
}`,
      typeInfo: true,
      errors: [
        { messageId: 'personalDataInLog', line: 7, column: 29 },
        { messageId: 'personalDataInLog', line: 8, column: 24 },
        { messageId: 'personalDataInLog', line: 9, column: 25 },
      ],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// a repository's "organisation/repo" full name sent to a Git host
interface Repository { name: string; full_name: string; is_private: boolean }
export async function createRepository(data: Partial<Repository>) {
  await fetch('https://api.bitbucket.org/2.0/repositories/acme/x', { method: 'POST', body: JSON.stringify(data) });
}`,
      typeInfo: true,
    },
  ],
  invalid: [],
});

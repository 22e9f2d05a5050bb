/**
 * Options handed on with a spread (`executeGraphQL(op, { ...options, auth: 'session' })`) and read inside by
 * destructuring (`const { variables } = options`): the key the literal does not write is what its spread gives
 * (saleor's storefront: the customer's e-mail and addresses in GraphQL variables, printed by a retry warning three
 * helpers down, after a formatter that truncates each value; saleor's own formatter, a loop with a type test and a
 * truncation, takes more steps than the value depth bound allows). Keys the spread does not hold, and spreads of the
 * company's own settings, stay quiet.
 */
import { ruleTester } from '../helpers/rule-tester';

const GRAPHQL = `function formatVariablesForLog(variables: Record<string, unknown>): string {
  return Object.entries(variables).map(([key, value]) => \`\${key}=\${String(value).slice(0, 30)}\`).join(', ');
}
async function fetchWithRetry(input: RequestInit, operationName: string, variablesForLog?: string) {
  try {
    return await fetch('/graphql', input);
  } catch {
    console.warn(\`[GraphQL] \${operationName}\${variablesForLog ? \` \${variablesForLog}\` : ''}: retrying\`);
  }
}
interface Options<V> { variables: V; cache?: string; auth?: string }
export async function executeGraphQL<V>(op: string, options: Options<V>) {
  const { variables } = options;
  const variablesForLog = variables ? formatVariablesForLog(variables as Record<string, unknown>) : undefined;
  return fetchWithRetry({ method: 'POST', body: JSON.stringify({ query: op }) }, op, variablesForLog);
}
export async function executeAuthenticatedGraphQL<V>(op: string, options: Options<V>) {
  return executeGraphQL(op, { ...options, auth: 'session' });
}
export async function executeWithDefaults<V>(op: string, options: Options<V>) {
  return executeGraphQL(op, { ...options, variables: { locale: 'ja' } as V });
}`;

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// the spread's variables are overwritten by the helper with the company's own: nothing of the caller is printed
import { executeWithDefaults } from './graphql';
export async function updateEmail(checkoutId: string, email: string) {
  return executeWithDefaults('doc', { variables: { checkoutId, email } });
}`,
      files: { 'src/graphql.ts': GRAPHQL },
    },
    {
      code: `// a spread of options that hold no variables of the caller's: quiet
async function log(options: { variables?: Record<string, unknown>; tag: string }) {
  const { variables } = options;
  console.warn('retry', JSON.stringify(variables));
}
export async function ping(settings: { tag: string }) {
  return log({ ...settings });
}`,
    },
  ],
  invalid: [
    {
      code: `// the customer's e-mail in the variables, through a spread, two more helpers and a formatter
import { executeAuthenticatedGraphQL } from './graphql';
export async function updateCheckoutEmail(checkoutId: string, email: string) {
  return executeAuthenticatedGraphQL('doc', { variables: { checkoutId, email }, cache: 'no-cache' });
}`,
      files: { 'src/graphql.ts': GRAPHQL },
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 72 }],
    },
    {
      code: `// a destructuring parameter of the helper reads the spread the same way
async function log({ variables }: { variables?: Record<string, unknown>; tag?: string }) {
  console.warn('retry', JSON.stringify(variables));
}
async function tagged(options: { variables?: Record<string, unknown> }) {
  return log({ ...options, tag: 'x' });
}
export async function save(user: { email: string }) {
  return tagged({ variables: { email: user.email } });
}`,
      errors: [{ messageId: 'personalDataInLog', line: 9, column: 39 }],
    },
  ],
});

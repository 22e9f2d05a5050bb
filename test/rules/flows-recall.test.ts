/**
 * Flows found missing on the real-world set's dev part (issue 7): members of an object a helper returns, lists
 * filled after they were destructured, sinks inside a callback a helper passes on, and a response of the code's own
 * request that is named like an incoming one.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the field of a helper's result that is not personal
declare const user: { email: string; plan: string };
function build(u: { email: string; plan: string }) { return { mail: u.email, plan: u.plan }; }
const o = build(user);
console.log(o.plan);
console.log(build(user).plan);`,
    `// the answer of the code's own request, held in a variable named like a request
export async function addField(url: string) {
  const req = await fetch(url, { method: 'POST' });
  const created = await req.json();
  console.log(created);
}`,
  ],
  invalid: [
    {
      code: `// a field of what a helper returns, read at once and through a variable
declare const user: { email: string; plan: string };
function build(u: { email: string; plan: string }) { return { mail: u.email, plan: u.plan }; }
console.log(build(user).mail);
const o = build(user);
console.log(o.mail);`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 13 },
        { messageId: 'personalDataInLog', line: 6, column: 13 },
      ],
    },
    {
      code: `// a list destructured from a helper's result, filled afterwards
declare const user: { email: string };
async function collect(): Promise<{ lines: string[] }> { return { lines: [] }; }
export async function report() {
  const { lines } = await collect();
  lines.push(\`owner \${user.email}\`);
  console.log(lines);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 7, column: 15 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// what a helper returns that the code sends is only the non-personal field
declare const meta: { ipAddress: string; source: string };
async function collect(m: { ipAddress: string; source: string }) { const lines: string[] = []; lines.push(m.source); return { lines, ip: m.ipAddress }; }
export async function post() {
  const values = await collect(meta);
  await fetch('https://hooks.slack.com/services/x', { method: 'POST', body: JSON.stringify({ text: values.lines }) });
}`,
  ],
  invalid: [
    {
      code: `// lines a helper fills and returns in an object, sent by another helper
import { writeToSlack } from './slack';
type Meta = { ipAddress?: string; source?: string };
const describe = (m: Meta): string => {
  const out: string[] = [];
  if (m.ipAddress) out.push(\`IP Address: \${m.ipAddress}\`);
  return out.join('\\n');
};
const collect = async (m: Meta) => {
  const lines: string[] = [];
  lines.push(describe(m));
  return { lines, count: lines.length };
};
export const handle = async (meta: Meta, token: string) => {
  const values = await collect(meta);
  await writeToSlack(token, values.lines);
};`,
      files: {
        'src/slack.ts': `export const writeToSlack = async (token: string, lines: string[]) => {
  await fetch('https://slack.com/api/chat.postMessage', {
    method: 'POST',
    headers: { Authorization: \`Bearer \${token}\` },
    body: JSON.stringify({ blocks: lines.map((text) => ({ type: 'section', text })) }),
  });
};
`,
      },
      errors: [{ messageId: 'externalTransfer', line: 16, column: 29 }],
    },
    {
      code: `// a helper that sends inside a callback it hands to a retry wrapper
import { google } from 'googleapis';
const run = (invoke: (done: (err: Error | null) => void) => void): Promise<void> =>
  new Promise((resolve, reject) => { invoke((err) => (err ? reject(err) : resolve())); });
export const writeRows = async (auth: unknown, spreadsheetId: string, rows: string[]) => {
  const sheets = google.sheets({ version: 'v4', auth });
  await run((done) => sheets.spreadsheets.values.append({ spreadsheetId, range: 'A2', requestBody: { values: [rows] } }, done));
};
export const sync = async (meta: { ipAddress: string }) => {
  await writeRows({}, 'sheet', [meta.ipAddress]);
};`,
      errors: [{ messageId: 'externalTransfer', line: 10, column: 33 }],
    },
  ],
});

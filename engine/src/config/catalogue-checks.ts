/**
 * Checks the JSON Schema cannot make because they depend on the sink catalogue: a processor names a host or a
 * catalogue vendor, and a vendor id is one the catalogue knows (with the likely spelling when it is not).
 */
import { SINK_CATALOG } from '../sinks';
import { vendorIds } from '../sinks/vendors';
import { describePath, quote, type ConfigProblem, type Segment } from './json-text';
import { closestMatch } from './suggest';

type Json = unknown;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Problems with a vendor id written at `path` (undefined when it is a vendor the catalogue knows). */
export function vendorProblem(value: Json, path: Segment[]): ConfigProblem | undefined {
  if (typeof value !== 'string' || value === '') return undefined; // the schema reports other types and ''
  const ids = vendorIds(SINK_CATALOG);
  if (ids.includes(value.toLowerCase())) return undefined;
  const match = closestMatch(value, ids);
  const subject = `"${describePath(path)}"`;
  return {
    path,
    target: 'value',
    message: `${subject} must be a vendor of the sink catalogue (an id listed by \`privacy-lint --list-sinks\`, like "stripe" or "openai"); got ${quote(value)}${match ? ` (did you mean "${match}"?)` : ''}`,
    messageJa: `${subject} にはシンクカタログのベンダー（\`privacy-lint --list-sinks\` が示す ID。例: "stripe"、"openai"）を書いてください。${quote(value)} は見つかりません${match ? `（"${match}" の誤りではありませんか）` : ''}`,
  };
}

/** `transfers` of the top level or of an `overrides[]` entry. */
export function checkTransfers(section: Record<string, unknown>, at: Segment[]): ConfigProblem[] {
  const transfers = section.transfers;
  if (!isPlainObject(transfers)) return [];
  const problems: ConfigProblem[] = [];
  const processors = transfers.processors;
  if (Array.isArray(processors)) {
    processors.forEach((entry, index) => {
      if (!isPlainObject(entry)) return;
      const path = [...at, 'transfers', 'processors', index];
      if (entry.host === undefined && entry.vendor === undefined) {
        const subject = `"${describePath(path)}"`;
        problems.push({
          path,
          target: 'value',
          message: `${subject} must name a "host" (like "api.example.co.jp") or a catalogue "vendor" (like "stripe"), or both`,
          messageJa: `${subject} には "host"（例: "api.example.co.jp"）またはカタログの "vendor"（例: "stripe"）を書いてください`,
        });
      }
      const problem = vendorProblem(entry.vendor, [...path, 'vendor']);
      if (problem) problems.push(problem);
    });
  }
  const destinations = transfers.destinations;
  if (isPlainObject(destinations)) {
    for (const [name, target] of Object.entries(destinations)) {
      const path = [...at, 'transfers', 'destinations', name];
      if (!NAME.test(name)) {
        problems.push({
          path,
          target: 'key',
          message: `${quote(name)} in "${describePath([...at, 'transfers', 'destinations'])}" must be an environment variable or constant name, or a dotted path, like "SLACK_WEBHOOK_URL" or "config.crmUrl"`,
          messageJa: `"${describePath([...at, 'transfers', 'destinations'])}" のキー ${quote(name)} には環境変数名・定数名またはドット区切りのパス（例: "SLACK_WEBHOOK_URL"、"config.crmUrl"）を書いてください`,
        });
      }
      const problem = destinationProblem(target, path);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

/** A variable, constant or environment variable name, or a dotted path of one. */
const NAME = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;

/**
 * A declared destination: `"internal"`, a host (anything with a dot, a colon or a bracket: the schema checks it has
 * no scheme or path) or a vendor id the catalogue knows.
 */
export function destinationProblem(value: Json, path: Segment[]): ConfigProblem | undefined {
  if (typeof value !== 'string' || value === '' || value === 'internal' || /[.:[]/.test(value) || /[\s/]/.test(value)) return undefined;
  const ids = vendorIds(SINK_CATALOG);
  if (ids.includes(value.toLowerCase())) return undefined;
  const match = closestMatch(value, ['internal', ...ids]);
  const subject = `"${describePath(path)}"`;
  return {
    path,
    target: 'value',
    message: `${subject} must be "internal", a host name like "api.example.co.jp", or a vendor id listed by \`privacy-lint --list-sinks\` like "stripe"; got ${quote(value)}${match ? ` (did you mean "${match}"?)` : ''}`,
    messageJa: `${subject} には "internal"、ホスト名（例: "api.example.co.jp"）、または \`privacy-lint --list-sinks\` が示すベンダー ID（例: "stripe"）を書いてください。${quote(value)} は見つかりません${match ? `（"${match}" の誤りではありませんか）` : ''}`,
  };
}

/** `functions`: a destination only on a transfer, and one the catalogue knows. */
export function checkFunctions(functions: Json): ConfigProblem[] {
  if (!Array.isArray(functions)) return [];
  const problems: ConfigProblem[] = [];
  functions.forEach((entry, index) => {
    if (!isPlainObject(entry)) return;
    const path: Segment[] = ['functions', index];
    if (entry.destination !== undefined && entry.kind !== undefined && entry.kind !== 'transfer') {
      problems.push({
        path: [...path, 'destination'],
        target: 'key',
        message: `"${describePath(path)}" has a "destination", but only a "transfer" sends anywhere; got kind ${quote(entry.kind)}`,
        messageJa: `"${describePath(path)}" の "destination" は kind が "transfer" のときだけ書けます（kind は ${quote(entry.kind)}）`,
      });
    }
    const problem = destinationProblem(entry.destination, [...path, 'destination']);
    if (problem) problems.push(problem);
  });
  return problems;
}

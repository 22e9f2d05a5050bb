/**
 * Positions in the text of a JSON-with-comments file: from a path of keys and indexes to the node a lead wrote,
 * and from an offset to a 1-based line and column. Kept apart from validation so problems can be found on plain
 * values and placed on the text afterwards.
 */
import type { Node } from 'jsonc-parser';

/** A step into a JSON value: an object key or an array index. */
export { LineMap } from '../text';

export type Segment = string | number;

/** Which part of a property a problem is about: the key (unknown, duplicate) or the value. */
export type ProblemTarget = 'key' | 'value';

/** A problem found in a config value, before it is placed on the text. */
export interface ConfigProblem {
  path: Segment[];
  target: ProblemTarget;
  message: string;
  /** The message in Japanese (every problem has one). */
  messageJa: string;
  /** Exact offset, when the path alone cannot tell (the second of two equal keys). */
  offset?: number;
}

/**
 * The offset of the key or value at `path`. When a key appears twice the last one is used, as `getNodeValue`
 * does. When the path does not exist (a missing key), the nearest existing ancestor is used.
 */
export function offsetOf(root: Node, path: readonly Segment[], target: ProblemTarget): number {
  let node = root;
  let keyNode: Node | undefined;
  for (const segment of path) {
    let next: Node | undefined;
    keyNode = undefined;
    if (node.type === 'object' && typeof segment === 'string') {
      const property = lastProperty(node, segment);
      if (property?.children?.[1]) {
        keyNode = property.children[0];
        next = property.children[1];
      }
    } else if (node.type === 'array' && typeof segment === 'number') {
      next = node.children?.[segment];
    }
    if (!next) return node.offset;
    node = next;
  }
  return target === 'key' && keyNode ? keyNode.offset : node.offset;
}

function lastProperty(objectNode: Node, key: string): Node | undefined {
  let found: Node | undefined;
  for (const property of objectNode.children ?? []) {
    if (property.children?.[0]?.value === key) found = property;
  }
  return found;
}

/** Keys that appear more than once in the same object, each reported at its repetition. */
export function duplicateKeys(root: Node): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const visit = (node: Node, path: Segment[]): void => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      const lastIndex = new Map<string, number>();
      const properties = node.children ?? [];
      properties.forEach((property, index) => {
        const key = property.children?.[0]?.value;
        if (typeof key === 'string') lastIndex.set(key, index);
      });
      properties.forEach((property, index) => {
        const key = property.children?.[0]?.value;
        const value = property.children?.[1];
        if (typeof key !== 'string') return;
        if (seen.has(key)) {
          problems.push({
            path: [...path, key],
            target: 'key',
            message: `duplicate key ${quote(key)} in "${describePath(path)}"; each key may appear only once`,
            messageJa: `"${describePath(path)}" のキー ${quote(key)} が重複しています。同じキーは一度だけ書けます`,
            offset: property.children![0].offset,
          });
        }
        seen.add(key);
        // Only the value that wins (the last) is what validation sees, so only its subtree is walked further.
        if (value && lastIndex.get(key) === index) visit(value, [...path, key]);
      });
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => visit(child, [...path, index]));
    }
  };
  visit(root, []);
  return problems;
}

/** `(root)`, `personalData.extraFields`, `transfers.processors[0].country`, `rules.no-personal-data-in-logs`. */
export function describePath(path: readonly Segment[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? excerpt(segment) : `.${excerpt(segment)}`;
  }
  return text;
}

/** Characters of the file's own text an error message may quote at most (keys, values, unexpected tokens). */
export const MAX_QUOTED = 60;

/** `text`, cut to `MAX_QUOTED` characters with `…`: messages go to CI logs and editors, never whole values. */
export function excerpt(text: string): string {
  return text.length <= MAX_QUOTED ? text : `${text.slice(0, MAX_QUOTED - 1)}…`;
}

/** A value of the file in a message: JSON, bounded by `excerpt`. */
export function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(excerpt(value)) : excerpt(JSON.stringify(value) ?? String(value));
}

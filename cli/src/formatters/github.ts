/**
 * GitHub Actions workflow commands: one `::error` or `::warning` line per finding, which the runner turns into an
 * annotation on the pull request's diff (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 *
 * ```text
 * ::error file=src/a.ts,line=3,col=15,endLine=3,endColumn=25,title=no-personal-data-in-logs (§4(1))::`user.email` is …
 * ```
 *
 * Paths are relative to the working directory (run from the repository root). Values are escaped as the runner
 * reads them: `%`, CR and LF everywhere, and `:` and `,` in properties too, so a message or path can never end the
 * command early or inject another one.
 */
import * as path from 'node:path';
import type { Formatter } from './types';

/** Escapes the message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (`file=`, `title=` …) of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A path relative to `cwd` with `/`, or the absolute path when outside it. */
export function reportPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return file.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}

/** One workflow command per finding; '' for a clean run. */
export const github: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      const properties = [
        `file=${escapeProperty(reportPath(f.file, ctx.cwd))}`,
        `line=${f.range.start.line}`,
        `col=${f.range.start.column}`,
        `endLine=${f.range.end.line}`,
        `endColumn=${f.range.end.column}`,
        `title=${escapeProperty(f.clause ? `${f.ruleId} (${f.clause})` : f.ruleId)}`,
      ];
      const command = f.severity === 'error' ? 'error' : 'warning';
      lines.push(`::${command} ${properties.join(',')}::${escapeData(f.message[ctx.locale])}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

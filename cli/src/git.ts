/** `--changed-since`: which files a branch changed, from git. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Git is missing, this is not a repository, or the ref is unknown: the run stops with exit code 2. */
export class GitError extends Error {
  override name = 'GitError';
  /** @param ja The message in Japanese (for `--locale ja`); git's own words are not translated. */
  constructor(message: string, readonly ja: string = message) {
    super(message);
  }
}

function git(args: string[], cwd: string): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) {
    throw new GitError(`--changed-since needs git, which could not be run: ${run.error.message}`,
      `--changed-since には git が必要ですが、実行できませんでした: ${run.error.message}`);
  }
  if (run.status !== 0) throw Object.assign(new GitError(run.stderr.trim() || `git ${args[0]} failed`), { status: run.status });
  return run.stdout;
}

function realpath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * Absolute (real) paths of the files changed since `ref`: every tracked file that differs between the merge base
 * of `ref` and HEAD and the working tree (commits of the branch, staged and unstaged changes), plus untracked
 * files that are not git-ignored.
 */
export function changedFiles(ref: string, cwd: string): Set<string> {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch (error) {
    if (/not a git repository/i.test((error as Error).message)) {
      throw new GitError(`--changed-since needs a git repository, and ${cwd} is not inside one`,
        `--changed-since には git リポジトリが必要ですが、${cwd} はリポジトリの中にありません`);
    }
    throw error;
  }
  let base: string;
  try {
    base = git(['merge-base', ref, 'HEAD'], top).trim();
  } catch {
    throw new GitError(`--changed-since: unknown git ref '${ref}' (fetch it first, e.g. git fetch origin main)`,
      `--changed-since: git の参照 '${ref}' が見つかりません（先に取得してください。例: git fetch origin main）`);
  }
  const names = [
    ...git(['diff', '--name-only', '-z', base], top).split('\0'),
    ...git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0'),
  ].filter(Boolean);
  const root = realpath(top);
  return new Set(names.map((name) => path.join(root, name)));
}

/** Whether `file` is one of `changed` (compared by real path, so a symlinked checkout still matches). */
export function isChanged(file: string, changed: ReadonlySet<string>): boolean {
  return changed.has(realpath(file));
}

/**
 * The commit checked out in the repository that holds `cwd`, and whether the working tree differs from it (tracked
 * changes or untracked files); undefined outside a repository or without git. Never throws.
 */
export function headRevision(cwd: string): { commit: string; modified: boolean } | undefined {
  try {
    const commit = git(['rev-parse', '--verify', '-q', 'HEAD'], cwd).trim();
    if (!/^[0-9a-f]{40,64}$/.test(commit)) return undefined;
    const status = git(['status', '--porcelain', '-z', '--untracked-files=normal'], cwd);
    return { commit, modified: status !== '' };
  } catch {
    return undefined;
  }
}

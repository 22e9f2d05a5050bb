/**
 * How long a run without types keeps a file's tree and analysis. Files are parsed as they are linted and kept in
 * an LRU (see `ProjectContext`) because the files that import them look into them; a file is needed as long as it
 * is not linted yet or a file that imports it is still kept. Past that, keeping it only costs: V8's young
 * generation copies every tree still alive when it runs (twice, into the old generation), so trees kept for
 * hundreds of files cost more collection than parsing them did. The imports are read from each file's text
 * before the run (`from '…'`, `import '…'`, `import('…')`, `require('…')`, resolved as the analysis resolves them):
 * a superset (a specifier in a comment counts too), and a file reached some other way (a module named in the
 * config's `functions`) is parsed again when it is needed, as after an eviction from the LRU.
 */
const SPECIFIER = /\b(?:from|import|require)\s*\(?\s*(['"])([^'"\r\n]{1,512})\1/g;

export class TreeRetention {
  /** Per file: how many reasons to keep it (itself not linted yet, and each importer still kept). */
  private readonly holds = new Map<string, number>();
  private readonly importsOf = new Map<string, ReadonlySet<string>>();

  /**
   * @param files the run's files, in the order they are linted
   * @param textOf a file's text
   * @param resolve a specifier imported by a file, as the analysis resolves it (undefined: not a project file)
   */
  constructor(files: readonly string[], textOf: (file: string) => string | undefined,
    resolve: (fromFile: string, specifier: string) => string | undefined) {
    for (const file of files) this.holds.set(file, (this.holds.get(file) ?? 0) + 1);
    for (const file of files) {
      const text = textOf(file);
      if (text === undefined) continue;
      const targets = new Set<string>();
      SPECIFIER.lastIndex = 0;
      for (let m = SPECIFIER.exec(text); m; m = SPECIFIER.exec(text)) {
        const target = resolve(file, m[2]);
        if (target !== undefined && target !== file) targets.add(target);
      }
      this.importsOf.set(file, targets);
      for (const target of targets) this.holds.set(target, (this.holds.get(target) ?? 0) + 1);
    }
  }

  /**
   * `file` was linted: the files no longer needed (it, when nothing kept imports it, and then what only it kept),
   * to be forgotten.
   */
  linted(file: string): string[] {
    const released: string[] = [];
    const stack = [file];
    while (stack.length) {
      const f = stack.pop()!;
      const left = (this.holds.get(f) ?? 0) - 1;
      this.holds.set(f, left);
      if (left !== 0) continue;
      released.push(f);
      for (const target of this.importsOf.get(f) ?? []) stack.push(target);
    }
    return released;
  }
}

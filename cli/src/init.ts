/**
 * `privacy-lint init`: looks at the repository in the working directory — the packages it depends on (frameworks,
 * loggers, SDKs of the sink catalogue), the hosts its code sends to, the modules where My Number appears — and
 * writes a commented `privacy-lint.json` that lists each destination and each My Number module for the lead to
 * confirm. Nothing is decided for the lead: every entry is a commented-out line. It never overwrites a config and
 * never runs the repository's code (package.json files are read as JSON, sources are parsed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  ConfigResolver,
  discoverFiles,
  isIgnored,
  readRegularFile,
  surveyRepository,
  type Locale,
  type RepositorySurvey,
  type SurveyDestination,
  type SurveyPlace,
} from '@privacy-lint/engine';
import { ruleCatalog } from '@privacy-lint/rules';

/** Packages whose request input the engine reads as personal input (see the engine's request-input model). */
const FRAMEWORKS: ReadonlyArray<[string, string]> = [
  ['express', 'Express'], ['fastify', 'Fastify'], ['koa', 'Koa'], ['@nestjs/core', 'NestJS'], ['next', 'Next.js'],
  ['hono', 'Hono'], ['@trpc/server', 'tRPC'], ['next-safe-action', 'next-safe-action'], ['@angular/forms', 'Angular forms'],
  ['@remix-run/node', 'Remix'], ['nuxt', 'Nuxt'],
];

/** Folders of generated code, put in `ignores` when the repository has them. */
const GENERATED_FOLDERS = ['dist', 'build', 'out', 'coverage', '.next', '.nuxt', 'storybook-static'];

const DEPENDENCY_KEYS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** At most this many places are named per destination in the comments. */
const PLACES_SHOWN = 3;

export const initHelpText = `Usage: privacy-lint init [--locale <ja|en>]

Looks at the repository in the current folder and writes a commented privacy-lint.json
for the lead to complete: the hosts and SDK vendors the code sends to (each to confirm as
your own service or as a processor, with its country), and the modules where My Number
appears. Nothing is approved until a line is uncommented. An existing privacy-lint.json
is never overwritten (exit code 2). No code of the repository is run.
`;

/** What `init` needs from the CLI. */
export interface InitIo {
  cwd: string;
  locale: Locale;
  write(stream: 'stdout' | 'stderr', text: string): Promise<void>;
}

/** Runs `privacy-lint init` with the arguments after `init`; resolves to the exit code. */
export async function runInit(argv: readonly string[], io: InitIo): Promise<number> {
  let values: { locale?: string; help?: boolean };
  try {
    const parsed = parseArgs({ args: [...argv], options: { locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
    if (parsed.positionals.length > 0) throw new Error(`init takes no paths (it surveys the current folder), got '${parsed.positionals[0]}'`);
    values = parsed.values;
  } catch (error) {
    await io.write('stderr', `privacy-lint: ${(error as Error).message}\nRun 'privacy-lint init --help' to see the options.\n`);
    return 2;
  }
  if (values.help) {
    await io.write('stdout', initHelpText);
    return 0;
  }
  let locale = io.locale;
  if (values.locale !== undefined) {
    if (values.locale !== 'ja' && values.locale !== 'en') {
      await io.write('stderr', `privacy-lint: unknown locale '${values.locale}' (expected ja or en)\n`);
      return 2;
    }
    locale = values.locale;
  }

  const cwd = path.resolve(io.cwd);
  const target = path.join(cwd, 'privacy-lint.json');
  // lstat: a link named privacy-lint.json (even a broken one) is a config someone put there.
  if (fs.lstatSync(target, { throwIfNoEntry: false })) {
    await io.write('stderr', `privacy-lint: ${locale === 'ja'
      ? 'privacy-lint.json は既にあります。init は上書きしません（そのファイルを編集するか、作り直すなら削除してください）。'
      : 'privacy-lint.json already exists; init never overwrites it (edit it, or remove it to start again).'}\n`);
    return 2;
  }

  const generated = GENERATED_FOLDERS.filter((name) => fs.statSync(path.join(cwd, name), { throwIfNoEntry: false })?.isDirectory());
  const generatedRoots = generated.map((name) => path.join(cwd, name));
  const resolver = new ConfigResolver({ catalog: ruleCatalog, cwd });
  const configOf = (file: string) => resolver.forFile(file).config;
  const discovery = discoverFiles(['.'], cwd, {
    configFor: (target) => configOf(target),
    isIgnored: (file, config) => generatedRoots.some((root) => file === root || file.startsWith(root + path.sep)) || isIgnored(file, config),
  }, false);

  const packageFiles = packageJsonFiles(cwd, discovery.files);
  const packages = packageFiles.flatMap((file) => dependencyNames(file).map((name) => ({ name, file })));
  const survey = surveyRepository({ files: discovery.files, configFor: configOf, packages });
  const frameworks = FRAMEWORKS.filter(([pkg]) => packages.some((p) => p.name === pkg)).map(([, name]) => name);

  const text = initConfigText({ survey, frameworks, ignores: generated.map((name) => `${name}/**`), cwd, locale });
  try {
    createExclusively(target, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      await io.write('stderr', `privacy-lint: privacy-lint.json already exists; init never overwrites it.\n`);
    } else {
      await io.write('stderr', `privacy-lint: cannot write privacy-lint.json: ${(error as Error).message}\n`);
    }
    return 2;
  }
  const destinations = survey.destinations.length;
  const modules = survey.myNumberFiles.length;
  await io.write('stderr', `privacy-lint: ${locale === 'ja'
    ? `privacy-lint.json を書きました。確認が必要な送信先 ${destinations} 件、個人番号を扱うモジュール ${modules} 件（${discovery.files.length} ファイルを調べました）。`
    : `wrote privacy-lint.json: ${destinations} destination${destinations === 1 ? '' : 's'} and ${modules} My Number module${modules === 1 ? '' : 's'} to confirm (${discovery.files.length} file${discovery.files.length === 1 ? '' : 's'} surveyed).`}\n`);
  const reserved = reservedNote(survey, cwd, locale, 'output');
  if (reserved) await io.write('stderr', `privacy-lint: ${reserved}\n`);
  return 0;
}

/**
 * What `init` says of the reserved hosts it left out (`example.com`, `*.test`, `localhost` …): how many, and the
 * first as an example (with its first place in the file's comment). A lint run reports personal data sent to them,
 * so a survey that stays silent about them contradicts the next run. Undefined when there are none.
 */
function reservedNote(survey: RepositorySurvey, cwd: string, locale: Locale, where: 'output' | 'comment'): string | undefined {
  const count = survey.reserved.length;
  const first = survey.reserved.find((d) => plainHost(d.host));
  if (count === 0 || !first) return undefined;
  const place = where === 'comment' ? placesText(first.places.slice(0, 1), cwd) : '';
  const example = place ? (locale === 'ja' ? `${first.host!}、${place}` : `${first.host!} (${place})`) : first.host!;
  return locale === 'ja'
    ? `予約済みの例示用ホスト名（RFC 2606/6761）${count} 件は一覧にしていません（例: ${example}）。実在の送信先ではありませんが、そこへ送る個人データは検査で指摘されます。`
    : `${count} reserved example host${count === 1 ? '' : 's'} (RFC 2606/6761) not listed, such as ${example}: `
      + `never a real destination, but a lint run still reports personal data sent ${count === 1 ? 'there' : 'to them'}.`;
}

/**
 * Writes a new file atomically and never over an existing one: the text goes to a temporary file, which is then
 * hard-linked to the name (`link` fails when the name exists, even as a dangling link) and removed.
 */
function createExclusively(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  fs.writeFileSync(temporary, text, { flag: 'wx' });
  try {
    fs.linkSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/** The package.json files of the repository: at the root and in each folder above a source file (workspaces). */
function packageJsonFiles(cwd: string, files: readonly string[]): string[] {
  const folders = new Set<string>([cwd]);
  for (const file of files) {
    for (let dir = path.dirname(file); dir.startsWith(cwd + path.sep) && !folders.has(dir); dir = path.dirname(dir)) folders.add(dir);
  }
  return [...folders].sort().map((dir) => path.join(dir, 'package.json')).filter((file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile());
}

/** The runtime dependencies a package.json lists (read as JSON; a file that is not valid JSON lists none). */
function dependencyNames(file: string): string[] {
  const read = readRegularFile(file, 4 * 1024 * 1024);
  if (!read.bytes) return [];
  let pkg: unknown;
  try {
    pkg = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    return [];
  }
  if (!pkg || typeof pkg !== 'object') return [];
  const names = new Set<string>();
  for (const key of DEPENDENCY_KEYS) {
    const deps = (pkg as Record<string, unknown>)[key];
    if (deps && typeof deps === 'object') for (const name of Object.keys(deps)) names.add(name);
  }
  return [...names].sort();
}

/** Text that is safe on a `//` line: no line breaks or other control characters. */
function commentSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '?');
}

/** Hosts written in code are put into the config only when they look like a host (no quotes, spaces or slashes). */
function plainHost(host: string | undefined): host is string {
  return host !== undefined && /^[A-Za-z0-9.*_\-[\]:]+$/.test(host);
}

function posix(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
}

function placesText(places: readonly SurveyPlace[], cwd: string): string {
  const names = [...new Set(places.map((p) => (p.line > 0 ? `${posix(p.file, cwd)}:${p.line}` : posix(p.file, cwd))))];
  const shown = names.slice(0, PLACES_SHOWN).join(', ');
  return commentSafe(names.length > PLACES_SHOWN ? `${shown} (+${names.length - PLACES_SHOWN})` : shown);
}

interface InitText {
  survey: RepositorySurvey;
  frameworks: readonly string[];
  ignores: readonly string[];
  cwd: string;
  locale: Locale;
}

/** The commented privacy-lint.json `init` writes (JSON with comments, which the loader reads). */
export function initConfigText({ survey, frameworks, ignores, cwd, locale }: InitText): string {
  const ja = locale === 'ja';
  const t = (en: string, jaText: string): string => (ja ? jaText : en);
  const lines: string[] = [
    t('// Privacy Lint configuration, written by `privacy-lint init` from what it found in this repository.',
      '// Privacy Lint の設定。`privacy-lint init` がこのリポジトリで見つけたものから書きました。'),
    t('// JSON with comments; paths are relative to this file\'s folder. Nothing below is decided for you: each',
      '// コメント付き JSON で、パスはこのファイルのフォルダーからの相対パスです。ここでは何も決めていません。'),
    t('// destination and My Number module is a commented-out line; uncomment the ones you confirm.',
      '// 送信先と個人番号を扱うモジュールはコメントアウトした行です。確認したものだけコメントを外してください。'),
  ];
  if (frameworks.length > 0) {
    lines.push(t(`// Frameworks: ${frameworks.join(', ')} (request bodies and queries count as personal input).`,
      `// フレームワーク: ${frameworks.join('、')}（リクエストの本文とクエリは個人データとして扱います）。`));
  }
  if (survey.loggers.length > 0) lines.push(t(`// Loggers: ${survey.loggers.join(', ')}.`, `// ロガー: ${survey.loggers.join('、')}。`));
  lines.push('{', '  "extends": "recommended",');
  lines.push(`  // ${t('Files and folders not to lint (build output, generated code).', '検査しないファイルとフォルダー（ビルド結果、生成コード）。')}`);
  lines.push(`  "ignores": [${ignores.map((g) => JSON.stringify(g)).join(', ')}],`, '');

  lines.push('  "myNumber": {');
  if (survey.myNumberFiles.length > 0) {
    lines.push(`    // ${t('Modules where My Number (個人番号) appears. Uncomment those that do My Number work',
      '個人番号が現れるモジュールです。個人番号関係事務を行うものだけコメントを外してください。')}`);
    lines.push(`    // ${t('(個人番号関係事務); the others must stop handling it.', 'それ以外のモジュールでは扱わないようにしてください。')}`);
    lines.push('    "permittedModules": [');
    for (const { file, uses } of survey.myNumberFiles) {
      lines.push(`      // ${JSON.stringify(posix(file, cwd))},  // ${t(`${uses} use${uses === 1 ? '' : 's'}`, `${uses} か所`)}`);
    }
    lines.push('    ],');
  } else {
    lines.push(`    // ${t('No My Number found. Modules allowed to handle it (個人番号関係事務).', '個人番号は見つかりませんでした。個人番号を扱ってよいモジュール（個人番号関係事務）。')}`);
    lines.push('    "permittedModules": [],');
  }
  lines.push(`    // ${t('Hosts My Number may be sent to (required by law).', '個人番号を送信してよい送信先（法令で定められたもの）。')}`);
  lines.push('    "permittedDestinations": []', '  },', '');

  const hosts = survey.destinations.filter((d) => plainHost(d.host));
  const ownCandidates = hosts.filter((d) => d.vendor === undefined);
  const noHost = survey.destinations.filter((d) => !plainHost(d.host));
  lines.push('  "transfers": {');
  if (survey.destinations.length > 0) {
    lines.push(`    // ${t('Where the code sends data. For each destination, uncomment its line in one list: "internalHosts"',
      'コードがデータを送る先です。送信先ごとに、どちらか一方のリストで行のコメントを外してください。')}`);
    lines.push(`    // ${t('for your own services, "processors" for a contractor (委託先) with the country where it handles the',
      '自社のサービスなら "internalHosts"、委託先なら "processors" に、データを取り扱う国とともに')}`);
    lines.push(`    // ${t('data (check it against the contract). Until then, personal data sent there is reported.',
      '（契約で確認して）記載します。それまでは、そこへ送られる個人データは指摘されます。')}`);
  } else {
    lines.push(`    // ${t('No destination found. Your own services go in "internalHosts", processors (委託先) in "processors".',
      '送信先は見つかりませんでした。自社のサービスは "internalHosts"、委託先は "processors" に記載します。')}`);
  }
  for (const d of noHost) {
    const v = d.vendor!;
    lines.push(`    // ${commentSafe(`${v.name} (${v.legalName}, ${v.country})`)}: ${t('no API host in the catalogue; its calls stay reported', 'カタログに API ホストがないため、呼び出しは指摘され続けます')} — ${placesText(d.places, cwd)}`);
  }
  const reserved = reservedNote(survey, cwd, locale, 'comment');
  if (reserved) lines.push(...wrapComment(reserved, '    // ', locale));
  if (survey.unresolved.length > 0) {
    lines.push(`    // ${t('Sends whose URL is built at run time (not listed):', '実行時に URL を組み立てる送信（一覧にはありません）:')} ${placesText(survey.unresolved, cwd)}`);
  }
  if (ownCandidates.length > 0) {
    lines.push('    "internalHosts": [');
    for (const d of ownCandidates) lines.push(`      // ${JSON.stringify(d.host)},  // ${commentSafe(d.via.join(', '))}: ${placesText(d.places, cwd)}`);
    lines.push('    ],');
  } else {
    lines.push('    "internalHosts": [],');
  }
  if (hosts.length > 0) {
    lines.push('    "processors": [');
    for (const d of hosts) lines.push(`      // ${processorEntry(d)},  // ${commentSafe(d.via.join(', '))}: ${placesText(d.places, cwd)}`);
    lines.push('    ],');
  } else {
    lines.push('    "processors": [],');
  }
  lines.push(`    // ${t('Functions that check the customer\'s consent before data leaves.', '送信前にお客さまの同意を確認する関数。')}`);
  lines.push('    "consentGuards": []', '  }', '}', '');
  return lines.join('\n');
}

/** A comment of several lines of at most about 116 characters (Japanese text at its sentence ends). */
function wrapComment(text: string, prefix: string, locale: Locale): string[] {
  const words = locale === 'ja' ? text.split(/(?<=。)/) : text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? (locale === 'ja' ? line + word : `${line} ${word}`) : word;
    if (line && prefix.length + next.length > 116) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(prefix + line);
  return lines.map(commentSafe);
}

/**
 * A processor entry: the vendor's legal name and default country from the catalogue, or a country the lead must
 * fill in (`"??"` does not validate, so an entry uncommented unchanged fails loudly instead of guessing).
 */
function processorEntry(d: SurveyDestination): string {
  const entry: Record<string, string> = { host: d.host! };
  if (d.vendor) entry.name = d.vendor.legalName;
  entry.country = d.vendor?.country ?? '??';
  return `{ ${Object.entries(entry).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
}

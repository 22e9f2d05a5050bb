/**
 * Config edits the quick fixes make (`configTextChange`) and the starter file (`starterConfigText`): minimal
 * insertions into the lead's privacy-lint.json that keep every comment where it was, and whose result the
 * config loader always accepts.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ConfigEdit, ConfigFileContents } from '@privacy-lint/engine';
import { configTextChange, loadConfigFile, parseConfigText, resolveConfig, starterConfigText } from '@privacy-lint/engine';
import { ruleCatalog } from '@privacy-lint/rules';
import { tempDir } from '../helpers/temp';

const FILE = path.join(os.tmpdir(), 'privacy-lint-edit', 'privacy-lint.json');
const processor = (host: string, country = 'XX'): ConfigEdit => ({
  file: FILE, path: ['transfers', 'processors'], value: { host, country }, ...(country === 'XX' ? { placeholder: 'XX' } : {}),
});
const permit = (glob: string): ConfigEdit => ({ file: FILE, path: ['myNumber', 'permittedModules'], value: glob });

/** The config a text holds, failing on any error the loader reports. */
function parsed(text: string): ConfigFileContents {
  const { contents, errors } = parseConfigText(FILE, text, ruleCatalog);
  assert.deepEqual(errors, [], `the config loader refused:\n${text}`);
  assert.ok(contents);
  return contents;
}

/** Applies a change's edits to the text they were made for. */
function applyEdits(text: string, edits: ReadonlyArray<{ start: number; end: number; text: string }>): string {
  for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

/** Every comment in a JSONC text, in order. */
function comments(text: string): string[] {
  return text.match(/\/\/[^\r\n]*|\/\*[\s\S]*?\*\//g) ?? [];
}

interface EditCase {
  name: string;
  before: string | undefined;
  edit: ConfigEdit;
  after: string;
  /** The text selected after the edit (the placeholder). */
  selected?: string;
}

const cases: EditCase[] = [
  {
    name: 'appends to an array over several lines, after the last entry\'s trailing comment',
    before: `{
  "transfers": {
    "processors": [
      { "host": "mailer.example.jp", "country": "JP" } // signed 2024
    ]
  }
}
`,
    edit: processor('api.partner.example.com'),
    after: `{
  "transfers": {
    "processors": [
      { "host": "mailer.example.jp", "country": "JP" }, // signed 2024
      {
        "host": "api.partner.example.com",
        "country": "XX"
      }
    ]
  }
}
`,
    selected: 'XX',
  },
  {
    name: 'appends after an existing trailing comma',
    before: `{
  "myNumber": {
    "permittedModules": [
      "src/payroll/**",
    ],
  },
}
`,
    edit: permit('src/hr/export.ts'),
    after: `{
  "myNumber": {
    "permittedModules": [
      "src/payroll/**",
      "src/hr/export.ts"
    ],
  },
}
`,
  },
  {
    name: 'keeps a one-line array on one line',
    before: `{
  "myNumber": { "permittedModules": ["src/payroll/**"] } // payroll only
}
`,
    edit: permit('src/hr/export.ts'),
    after: `{
  "myNumber": { "permittedModules": ["src/payroll/**", "src/hr/export.ts"] } // payroll only
}
`,
  },
  {
    name: 'fills an empty one-line array with a string in place',
    before: `{
  "myNumber": {
    "permittedModules": [] // none yet
  }
}
`,
    edit: permit('src/app.ts'),
    after: `{
  "myNumber": {
    "permittedModules": ["src/app.ts"] // none yet
  }
}
`,
  },
  {
    name: 'opens an empty one-line array for an object',
    before: `{
  "transfers": {
    "processors": []
  }
}
`,
    edit: processor('api.partner.example.de', 'DE'),
    after: `{
  "transfers": {
    "processors": [
      {
        "host": "api.partner.example.de",
        "country": "DE"
      }
    ]
  }
}
`,
  },
  {
    name: 'adds to an empty array below the comment inside it',
    before: `{
  "transfers": {
    "processors": [
      // add processors once the contract is signed
    ]
  }
}
`,
    edit: processor('api.partner.example.co.jp', 'JP'),
    after: `{
  "transfers": {
    "processors": [
      // add processors once the contract is signed
      {
        "host": "api.partner.example.co.jp",
        "country": "JP"
      }
    ]
  }
}
`,
  },
  {
    name: 'creates a missing array in an existing object without moving any comment',
    before: `// Privacy Lint for the shop
{
  /* presets: recommended or strict */
  "extends": "recommended", // reviewed by legal
  "transfers": {
    // our own services
    "internalHosts": ["api.shop.example.co.jp"] // prod only
    /* processors: none yet */
  }
}
// end of file
`,
    edit: processor('api.partner.example.com'),
    after: `// Privacy Lint for the shop
{
  /* presets: recommended or strict */
  "extends": "recommended", // reviewed by legal
  "transfers": {
    // our own services
    "internalHosts": ["api.shop.example.co.jp"], // prod only
    "processors": [
      {
        "host": "api.partner.example.com",
        "country": "XX"
      }
    ]
    /* processors: none yet */
  }
}
// end of file
`,
    selected: 'XX',
  },
  {
    name: 'creates an array in an object that holds only a comment',
    before: `{
  "transfers": {
    // ask legal before adding anything here
  }
}
`,
    edit: processor('api.partner.example.com'),
    after: `{
  "transfers": {
    // ask legal before adding anything here
    "processors": [
      {
        "host": "api.partner.example.com",
        "country": "XX"
      }
    ]
  }
}
`,
    selected: 'XX',
  },
  {
    name: 'creates the missing parent object',
    before: `{
  "extends": "recommended", /* strict later */
  "ignores": ["dist/**"] // build output
}
`,
    edit: permit('src/app.ts'),
    after: `{
  "extends": "recommended", /* strict later */
  "ignores": ["dist/**"], // build output
  "myNumber": {
    "permittedModules": [
      "src/app.ts"
    ]
  }
}
`,
  },
  {
    name: 'creates the parent in an empty object',
    before: `{}\n`,
    edit: permit('src/app.ts'),
    after: `{
  "myNumber": {
    "permittedModules": [
      "src/app.ts"
    ]
  }
}
`,
  },
  {
    name: 'keeps a one-line file on one line',
    before: `{ "extends": "recommended" }`,
    edit: processor('api.partner.example.com'),
    after: `{ "extends": "recommended", "transfers": { "processors": [{ "host": "api.partner.example.com", "country": "XX" }] } }`,
    selected: 'XX',
  },
  {
    name: 'keeps CRLF line ends and tab indentation',
    before: `{\r\n\t"extends": "recommended", // c\r\n\t"transfers": {\r\n\t\t"internalHosts": []\r\n\t}\r\n}\r\n`,
    edit: processor('api.partner.example.com'),
    after: `{\r\n\t"extends": "recommended", // c\r\n\t"transfers": {\r\n\t\t"internalHosts": [],\r\n\t\t"processors": [\r\n\t\t\t{\r\n\t\t\t\t"host": "api.partner.example.com",\r\n\t\t\t\t"country": "XX"\r\n\t\t\t}\r\n\t\t]\r\n\t}\r\n}\r\n`,
    selected: 'XX',
  },
  {
    name: 'keeps four-space indentation',
    before: `{\n    "transfers": {\n        "processors": []\n    }\n}\n`,
    edit: processor('api.partner.example.jp', 'JP'),
    after: `{\n    "transfers": {\n        "processors": [\n            {\n                "host": "api.partner.example.jp",\n                "country": "JP"\n            }\n        ]\n    }\n}\n`,
  },
  {
    name: 'keeps a byte order mark',
    before: `\ufeff{\n  "extends": "recommended"\n}\n`,
    edit: processor('api.partner.example.com'),
    after: `\ufeff{\n  "extends": "recommended",\n  "transfers": {\n    "processors": [\n      {\n        "host": "api.partner.example.com",\n        "country": "XX"\n      }\n    ]\n  }\n}\n`,
    selected: 'XX',
  },
  {
    name: 'writes a new file when there is none',
    before: undefined,
    edit: processor('api.partner.example.com'),
    after: `{
  "extends": "recommended",
  "transfers": {
    "processors": [
      {
        "host": "api.partner.example.com",
        "country": "XX"
      }
    ]
  }
}
`,
    selected: 'XX',
  },
  {
    name: 'writes a new file over a blank one',
    before: `\n\n`,
    edit: permit('src/app.ts'),
    after: `{
  "extends": "recommended",
  "myNumber": {
    "permittedModules": [
      "src/app.ts"
    ]
  }
}
`,
  },
];

describe('configTextChange', () => {
  for (const c of cases) {
    it(c.name, () => {
      const change = configTextChange(c.before, c.edit);
      assert.equal(change.text, c.after);
      // The edits turn the text they were made for into the result.
      assert.equal(applyEdits(c.before ?? '', change.edits), change.text);
      // Nothing the lead wrote is lost or reordered.
      assert.deepEqual(comments(change.text), comments(c.before ?? ''));
      // The loader accepts the result, and the value is at the end of the array.
      const contents = parsed(change.text) as Record<string, Record<string, unknown[]>>;
      assert.deepEqual(contents[c.edit.path[0]][c.edit.path[1]].at(-1), c.edit.value);
      if (c.selected) {
        assert.ok(change.selection);
        assert.equal(change.text.slice(change.selection.start, change.selection.end), c.selected);
      } else {
        assert.equal(change.selection, undefined);
      }
    });
  }

  it('selects the placeholder of the entry it added, not an older one with the same text', () => {
    const before = `{\n  "transfers": {\n    "processors": [\n      { "host": "XX.example.com", "country": "XX" }\n    ]\n  }\n}\n`;
    const change = configTextChange(before, processor('api.partner.example.com'));
    const added = change.text.indexOf('"api.partner.example.com"');
    assert.ok(change.selection && change.selection.start > added, `selection ${JSON.stringify(change.selection)} is not in the new entry`);
    assert.equal(change.text.slice(change.selection.start - 1, change.selection.end + 1), '"XX"');
  });

  it('adds nothing the array already holds', () => {
    const before = `{ "myNumber": { "permittedModules": ["src/app.ts"] } }\n`;
    assert.deepEqual(configTextChange(before, permit('src/app.ts')), { edits: [], text: before });
  });

  it('writes a new file as one insertion the loader reads from disk', () => {
    const change = configTextChange(undefined, permit('src/app.ts'));
    assert.deepEqual(change.edits, [{ start: 0, end: 0, text: change.text }]);
    const dir = tempDir('privacy-lint-edit-');
    const file = path.join(dir, 'privacy-lint.json');
    fs.writeFileSync(file, change.text);
    const { config, errors } = loadConfigFile(file, ruleCatalog);
    assert.deepEqual(errors, []);
    assert.deepEqual(config?.contents, { extends: 'recommended', myNumber: { permittedModules: ['src/app.ts'] } });
  });

  it('gives the lead a change of every kind in a row, each one valid', () => {
    let text = starterConfigText('en');
    for (const edit of [permit('src/a.ts'), permit('src/b.ts'), processor('a.example.com'), processor('b.example.jp', 'JP')]) {
      const change = configTextChange(text, edit);
      assert.equal(applyEdits(text, change.edits), change.text);
      text = change.text;
      parsed(text);
    }
    const contents = parsed(text);
    assert.deepEqual(contents.myNumber?.permittedModules, ['src/a.ts', 'src/b.ts']);
    assert.deepEqual(contents.transfers?.processors, [{ host: 'a.example.com', country: 'XX' }, { host: 'b.example.jp', country: 'JP' }]);
    assert.deepEqual(comments(text), comments(starterConfigText('en')));
  });

  const refused: Array<{ name: string; text: string; edit: ConfigEdit; message: RegExp }> = [
    { name: 'the path holds an object, not an array', text: `{ "transfers": { "processors": {} } }`, edit: processor('a.example.com'),
      message: /^"transfers\.processors" in .*privacy-lint\.json is not an array$/ },
    { name: 'the path holds a string', text: `{ "myNumber": { "permittedModules": "src/**" } }`, edit: permit('src/a.ts'),
      message: /^"myNumber\.permittedModules" in .*privacy-lint\.json is not an array$/ },
    { name: 'a parent on the path is not an object', text: `{ "transfers": [] }`, edit: processor('a.example.com'),
      message: /^"transfers" in .*privacy-lint\.json is not an object$/ },
    { name: 'the file is not valid JSON', text: `{ "transfers": { "processors": [ }`, edit: processor('a.example.com'),
      message: /privacy-lint\.json is not valid JSON \(.+ on line 1\); fix it before changing it$/ },
    { name: 'the file holds an array', text: `[]`, edit: processor('a.example.com'),
      message: /privacy-lint\.json does not hold a JSON object$/ },
  ];
  for (const r of refused) {
    it(`throws a clear error when ${r.name}`, () => {
      assert.throws(() => configTextChange(r.text, r.edit), { message: r.message });
    });
  }
});

describe('starterConfigText', () => {
  const dir = path.join(os.tmpdir(), 'privacy-lint-starter');
  const file = path.join(dir, 'privacy-lint.json');
  const resolved = (contents: ConfigFileContents): object => {
    const { baseDir, configFile, ignores, ...rest } = resolveConfig({ file, baseDir: dir, contents }, path.join(dir, 'src/a.ts'), ruleCatalog, dir);
    assert.equal(baseDir, dir);
    assert.equal(configFile, file);
    assert.ok(Array.isArray(ignores));
    return rest;
  };

  for (const locale of ['en', 'ja'] as const) {
    it(`is a valid config with comments that resolves to the recommended preset (${locale})`, () => {
      const text = starterConfigText(locale);
      const contents = parsed(text);
      assert.equal(contents.extends, 'recommended');
      assert.ok(comments(text).length >= 10, 'the starter explains its settings');
      // In the user's language: kana in every Japanese comment, none in the English ones.
      assert.ok(comments(text).every((c) => /[\u3040-\u30ff]/.test(c) === (locale === 'ja')), comments(text).join('\n'));
      // Everything but the ignores is what `"extends": "recommended"` alone gives: the starter changes no behaviour.
      assert.deepEqual(resolved(contents), resolved({ extends: 'recommended' }));
      assert.notDeepEqual(resolved(contents), resolved({ extends: 'strict' }));
    });
  }

  it('names the schema when given one', () => {
    const text = starterConfigText('en', 'https://example.com/privacy-lint.schema.json');
    assert.equal(parsed(text).$schema, 'https://example.com/privacy-lint.schema.json');
    assert.equal(parsed(starterConfigText('en')).$schema, undefined);
  });

  it('keeps the default sanitizers: mask() stays a sanitizer', () => {
    const sanitizers = parsed(starterConfigText('en')).personalData?.sanitizers;
    assert.ok(sanitizers?.includes('mask'));
  });
});
